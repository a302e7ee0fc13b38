package fr.cdgrules.cdg62;

import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.territory.Collectivity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The few communes the tests use, read from a test resource (see its header for provenance). */
public final class TestCommunes {
    private static final Map<String, Collectivity> BY_CODE = load();

    private TestCommunes() {}

    /** @return Libercourt (62907), Pas-de-Calais */
    public static Collectivity libercourt() {
        return get("62907");
    }

    /** @return Arras (62041), Pas-de-Calais */
    public static Collectivity arras() {
        return get("62041");
    }

    /** @return Clessé (79094), Deux-Sèvres: outside the territory */
    public static Collectivity clesse() {
        return get("79094");
    }

    /**
     * @param code INSEE code
     * @return the commune
     */
    public static Collectivity get(String code) {
        Collectivity c = BY_CODE.get(code);
        if (c == null) {
            throw new IllegalArgumentException("no test commune " + code);
        }
        return c;
    }

    private static Map<String, Collectivity> load() {
        Map<String, Collectivity> map = new LinkedHashMap<>();
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
                String[] f = line.split(",");
                map.put(f[0], Collectivity.of(f[0], f[1], f[2], Optional.of(f[3]).filter(s -> !s.isEmpty()),
                        Population.of(Long.parseLong(f[4]), Year.of(2026))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
