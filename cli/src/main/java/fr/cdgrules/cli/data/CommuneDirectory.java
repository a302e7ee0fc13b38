package fr.cdgrules.cli.data;

import fr.cdgrules.communes.Communes;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The communes the command line works on: the bundled INSEE 2026 data of the
 * {@code cdg-rules-communes} library ({@link Communes}), looked up by INSEE code, département or EPCI.
 *
 * <p>Immutable (as seen from outside) and thread-safe. One commune asked by code reads only its row
 * of the data (see {@link Communes#find(String)}); the first listing converts them all.
 */
public final class CommuneDirectory {
    private final Communes data;
    private volatile Commune[] communes; // sorted by code, as Communes gives them; built on first need

    private CommuneDirectory(Communes data) {
        this.data = data;
    }

    /** @return every commune, converted on first use (idempotent, so a race only converts twice) */
    private Commune[] communes() {
        Commune[] c = communes;
        if (c == null) {
            c = data.all().stream().map(Commune::of).toArray(Commune[]::new);
            communes = c;
        }
        return c;
    }

    /**
     * The bundled INSEE 2026 communes, read on the first call.
     *
     * @return the directory
     * @throws IllegalStateException if the bundled resource is missing or malformed (a packaging bug)
     */
    public static CommuneDirectory bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final CommuneDirectory INSTANCE = of(Communes.bundled());
    }

    /**
     * @param communes communes of the communes library
     * @return the directory over them
     * @throws NullPointerException naming {@code communes} if it is null
     */
    public static CommuneDirectory of(Communes communes) {
        Objects.requireNonNull(communes, "communes");
        return new CommuneDirectory(communes);
    }

    /** @return the number of communes */
    public int size() {
        return data.size();
    }

    /**
     * @param code an INSEE code, e.g. {@code 79094}
     * @return the commune, if the data has it
     */
    public Optional<Commune> find(String code) {
        Objects.requireNonNull(code, "code");
        return data.find(code).map(Commune::of);
    }

    /** @return every commune, sorted by INSEE code */
    public List<Commune> all() {
        return List.of(communes());
    }

    /**
     * @param department a département code, e.g. {@code 79}, {@code 2A}, {@code 971}
     * @return its communes, sorted by INSEE code; empty if none
     */
    public List<Commune> inDepartment(String department) {
        Objects.requireNonNull(department, "department");
        return Arrays.stream(communes()).filter(c -> c.department().equals(department)).toList();
    }

    /**
     * @param siren the SIREN of an EPCI à fiscalité propre
     * @return its member communes, sorted by INSEE code; empty if none
     */
    public List<Commune> inEpci(String siren) {
        Objects.requireNonNull(siren, "siren");
        return Arrays.stream(communes()).filter(c -> c.epciSiren().filter(siren::equals).isPresent()).toList();
    }
}
