package fr.cdgrules.communes;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where the bundled commune data comes from: the vintage (millésime), the sources, the licence and
 * the SHA-256 of the input files and of the bundled file. The full text is the resource
 * {@code fr/cdgrules/communes/PROVENANCE.md} in this library's jar.
 *
 * <p>Immutable and thread-safe.
 */
public final class Provenance {
    static final Provenance BUNDLED = new Provenance(Year.of(2026),
            "@etalab/decoupage-administratif 6.0.0",
            List.of("INSEE, Code officiel géographique 2026 (communes, départements)",
                    "INSEE, populations légales (population municipale)",
                    "DGCL, liste des EPCI à fiscalité propre 2026"),
            "Licence Ouverte / Open Licence (Etalab)",
            "INSEE, DGCL, via Etalab decoupage-administratif 6.0.0",
            orderedMap("communes.json", "6cafec09b4e127d08edc47f366b28261bee70cca323fbfcb957dd169fcad9284",
                    "epci.json", "40758ace686311837c484da81c2a8ba00a9f356bc6210f3316c6b19daa4dc967",
                    "departements.json", "1ebe7e0ad0a49653c899087194344ec67f7115b728c4e1b98f741bd655b545e0"),
            Communes.DATA_FILE,
            "a55a832f9f31f61c555e7bc7d2e0a797a8ed826a46d2d1fb5433b48475a0038f");

    private final Year vintage;
    private final String sourcePackage;
    private final List<String> sources;
    private final String licence;
    private final String attribution;
    private final Map<String, String> inputSha256;
    private final String dataFile;
    private final String dataSha256;

    private Provenance(Year vintage, String sourcePackage, List<String> sources, String licence, String attribution,
            Map<String, String> inputSha256, String dataFile, String dataSha256) {
        this.vintage = vintage;
        this.sourcePackage = sourcePackage;
        this.sources = sources;
        this.licence = licence;
        this.attribution = attribution;
        this.inputSha256 = inputSha256;
        this.dataFile = dataFile;
        this.dataSha256 = dataSha256;
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** @return the vintage (millésime) of the data: 2026 */
    public Year vintage() {
        return vintage;
    }

    /** @return the package the input files come from, unchanged: {@code @etalab/decoupage-administratif 6.0.0} */
    public String sourcePackage() {
        return sourcePackage;
    }

    /** @return the primary sources that package names (INSEE, DGCL) */
    public List<String> sources() {
        return sources;
    }

    /** @return the licence of the data: Licence Ouverte / Open Licence (Etalab) */
    public String licence() {
        return licence;
    }

    /** @return the attribution the licence asks for */
    public String attribution() {
        return attribution;
    }

    /** @return the SHA-256 (lower-case hex) of each input file, by file name, in a fixed order */
    public Map<String, String> inputSha256() {
        return inputSha256;
    }

    /** @return the class-path resource of the bundled data, {@value Communes#DATA_FILE} */
    public String dataFile() {
        return dataFile;
    }

    /** @return the SHA-256 (lower-case hex) of the bundled data file */
    public String dataSha256() {
        return dataSha256;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Provenance p && vintage.equals(p.vintage) && sourcePackage.equals(p.sourcePackage)
                && sources.equals(p.sources) && licence.equals(p.licence) && attribution.equals(p.attribution)
                && inputSha256.equals(p.inputSha256) && dataFile.equals(p.dataFile) && dataSha256.equals(p.dataSha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(vintage, sourcePackage, sources, licence, attribution, inputSha256, dataFile, dataSha256);
    }

    /** @return the attribution and vintage, e.g. for a report's footer */
    @Override
    public String toString() {
        return attribution + " (" + vintage + "), " + licence;
    }
}
