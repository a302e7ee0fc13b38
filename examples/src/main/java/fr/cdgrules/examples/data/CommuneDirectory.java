package fr.cdgrules.examples.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The current communes of France from the bundled INSEE 2026 data
 * ({@code fr/cdgrules/examples/data/communes-2026.csv}: {@code code,name,department,epciSiren,population},
 * 34,969 rows; see its {@code PROVENANCE.md}), looked up by INSEE code, département or EPCI.
 *
 * <p>{@link #bundled()} reads the resource once, on first use, with a small RFC 4180 reader (no
 * library): about 35,000 rows in a few tens of milliseconds. Immutable and thread-safe once built.
 *
 * <p>Communes without a population (the data has six, in the Terres australes et antarctiques and
 * Clipperton) are kept: {@link Commune#population()} is empty and {@link Commune#collectivity()}
 * refuses them, naming the field; callers decide what that means (the command line quotes them as
 * not eligible, with that reason).
 */
public final class CommuneDirectory {
    /** The class-path resource of the bundled data. */
    public static final String RESOURCE = "/fr/cdgrules/examples/data/communes-2026.csv";

    /** The header the data must have. */
    public static final String HEADER = "code,name,department,epciSiren,population";

    private final Commune[] communes; // sorted by code

    private CommuneDirectory(Commune[] communes) {
        this.communes = communes;
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
        static final CommuneDirectory INSTANCE = load();

        private static CommuneDirectory load() {
            try (InputStream in = CommuneDirectory.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled commune data " + RESOURCE + " is missing");
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled commune data " + RESOURCE, e);
            }
        }
    }

    /**
     * Parses CSV text in the bundled format: the header {@value #HEADER}, then one commune a row;
     * fields quoted per RFC 4180 when needed; an empty {@code epciSiren} or {@code population} means none.
     *
     * @param csv the CSV text
     * @return the directory
     * @throws IllegalStateException if the header is not {@value #HEADER}, a row does not have five
     *     fields, a code is blank or repeated, or a population is not a whole number ≥ 0
     */
    public static CommuneDirectory parse(String csv) {
        CsvReader reader = new CsvReader(csv);
        List<String> header = reader.next();
        if (header == null || !String.join(",", header).equals(HEADER)) {
            throw new IllegalStateException("commune data: the header must be '" + HEADER + "', got " + header);
        }
        List<Commune> list = new ArrayList<>(35_000);
        List<String> row;
        while ((row = reader.next()) != null) {
            int line = reader.line();
            if (row.size() != 5) {
                throw new IllegalStateException("commune data, row " + line + ": 5 fields expected, got " + row.size());
            }
            String code = row.get(0);
            if (code.isBlank() || row.get(2).isBlank()) {
                throw new IllegalStateException("commune data, row " + line + ": code and department are required");
            }
            Optional<String> epci = row.get(3).isEmpty() ? Optional.empty() : Optional.of(row.get(3));
            OptionalLong population;
            if (row.get(4).isEmpty()) {
                population = OptionalLong.empty();
            } else {
                try {
                    population = OptionalLong.of(Long.parseLong(row.get(4)));
                } catch (NumberFormatException e) {
                    throw new IllegalStateException("commune data, row " + line + ": population '" + row.get(4)
                            + "' is not a whole number");
                }
                if (population.getAsLong() < 0) {
                    throw new IllegalStateException("commune data, row " + line + ": negative population");
                }
            }
            list.add(Commune.of(code, row.get(1), row.get(2), epci, population));
        }
        Commune[] array = list.toArray(new Commune[0]);
        Arrays.sort(array, Comparator.comparing(Commune::code));
        for (int i = 1; i < array.length; i++) {
            if (array[i].code().equals(array[i - 1].code())) {
                throw new IllegalStateException("commune data: code " + array[i].code() + " appears twice");
            }
        }
        return new CommuneDirectory(array);
    }

    /** @return the number of communes */
    public int size() {
        return communes.length;
    }

    /**
     * @param code an INSEE code, e.g. {@code 79094}
     * @return the commune, if the data has it
     */
    public Optional<Commune> find(String code) {
        int lo = 0;
        int hi = communes.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = communes[mid].code().compareTo(code);
            if (c == 0) {
                return Optional.of(communes[mid]);
            } else if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return Optional.empty();
    }

    /** @return every commune, sorted by INSEE code */
    public List<Commune> all() {
        return List.of(communes);
    }

    /**
     * @param department a département code, e.g. {@code 79}, {@code 2A}, {@code 971}
     * @return its communes, sorted by INSEE code; empty if none
     */
    public List<Commune> inDepartment(String department) {
        return Arrays.stream(communes).filter(c -> c.department().equals(department)).toList();
    }

    /**
     * @param siren the SIREN of an EPCI à fiscalité propre
     * @return its member communes, sorted by INSEE code; empty if none
     */
    public List<Commune> inEpci(String siren) {
        return Arrays.stream(communes).filter(c -> c.epciSiren().filter(siren::equals).isPresent()).toList();
    }

    /** A minimal RFC 4180 reader: comma separator, optional double quotes with "" inside, CRLF or LF. */
    static final class CsvReader {
        private final String text;
        private int pos;
        private int line;
        private int nextQuote; // position of the next double quote at or after pos, -1 if none

        CsvReader(String text) {
            this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            this.nextQuote = this.text.indexOf('"');
        }

        /** @return the line number (1-based) of the last record read */
        int line() {
            return line;
        }

        /** @return the next record's fields, or null at the end */
        List<String> next() {
            if (pos >= text.length()) {
                return null;
            }
            line++;
            // fast path: a line without quotes is split on commas
            int end = text.indexOf('\n', pos);
            int stop = end < 0 ? text.length() : end;
            if (nextQuote >= 0 && nextQuote < pos) {
                nextQuote = text.indexOf('"', pos);
            }
            if (nextQuote < 0 || nextQuote >= stop) {
                int lineEnd = stop > pos && text.charAt(stop - 1) == '\r' ? stop - 1 : stop;
                List<String> fields = new ArrayList<>(5);
                int from = pos;
                int comma;
                while ((comma = text.indexOf(',', from)) >= 0 && comma < lineEnd) {
                    fields.add(text.substring(from, comma));
                    from = comma + 1;
                }
                fields.add(text.substring(from, lineEnd));
                pos = end < 0 ? text.length() : end + 1;
                return fields;
            }
            List<String> fields = new ArrayList<>(5);
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            while (pos < text.length()) {
                char ch = text.charAt(pos++);
                if (quoted) {
                    if (ch == '"') {
                        if (pos < text.length() && text.charAt(pos) == '"') {
                            field.append('"');
                            pos++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        field.append(ch);
                    }
                } else if (ch == '"' && field.length() == 0) {
                    quoted = true;
                } else if (ch == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (ch == '\n' || ch == '\r') {
                    if (ch == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                        pos++;
                    }
                    break;
                } else {
                    field.append(ch);
                }
            }
            if (quoted) {
                throw new IllegalStateException("commune data, row " + line + ": unterminated quoted field");
            }
            fields.add(field.toString());
            return fields;
        }
    }
}
