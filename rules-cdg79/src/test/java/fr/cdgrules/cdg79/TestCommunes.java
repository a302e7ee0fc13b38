package fr.cdgrules.cdg79;

import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.population.PopulationBasis;
import fr.cdgrules.core.territory.Collectivity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Real communes for the tests, read from {@code communes-2026-sample.csv} (a few rows of the
 * INSEE/DGCL 2026 data via Etalab decoupage-administratif 6.0.0, Licence Ouverte; population
 * municipale 2026).
 */
public final class TestCommunes {
    /** The INSEE vintage of the sample. */
    public static final Year VINTAGE = Year.of(2026);

    private static final Map<String, Collectivity> BY_CODE = load();

    private TestCommunes() {}

    /** @return Clessé (79094), 923 inhabitants, CA du Bocage Bressuirais */
    public static Collectivity clesse() {
        return get("79094");
    }

    /** @return Aiffres (79003), 5 419 inhabitants, CA du Niortais */
    public static Collectivity aiffres() {
        return get("79003");
    }

    /** @return L'Aiguillon-la-Presqu'île (85001), Vendée */
    public static Collectivity aiguillon() {
        return get("85001");
    }

    /**
     * @param code an INSEE code of the sample
     * @return the commune
     */
    public static Collectivity get(String code) {
        Collectivity c = BY_CODE.get(code);
        if (c == null) {
            throw new IllegalArgumentException("not in the sample: " + code);
        }
        return c;
    }

    /**
     * @param inhabitants a population
     * @return Clessé with that population municipale 2026, for boundary tests
     */
    public static Collectivity clesseWith(long inhabitants) {
        return clesse().withPopulation(Population.of(inhabitants, PopulationBasis.MUNICIPALE, VINTAGE));
    }

    private static Map<String, Collectivity> load() {
        Map<String, Collectivity> map = new HashMap<>();
        try (InputStream in = TestCommunes.class.getResourceAsStream("communes-2026-sample.csv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",", -1);
                map.put(f[0], Collectivity.of(f[0], f[1], f[2], f[3].isEmpty() ? Optional.empty() : Optional.of(f[3]),
                        Population.of(Long.parseLong(f[4]), PopulationBasis.MUNICIPALE, VINTAGE)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
