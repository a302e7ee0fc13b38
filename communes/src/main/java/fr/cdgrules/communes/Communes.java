package fr.cdgrules.communes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The current communes of France (communes actuelles) from the bundled INSEE 2026 data, looked up by
 * INSEE code, by département or by EPCI à fiscalité propre; the entry point of this library.
 *
 * <pre>{@code
 * Communes communes = Communes.bundled();                    // read once, on first use
 * Commune clesse = communes.find("79094").orElseThrow();     // Clessé, 79, SIREN 217900943, 923 inhabitants
 * List<Commune> deuxSevres = communes.inDepartment("79");    // sorted by INSEE code
 * List<Commune> cucm = communes.inEpci("247100290");         // the 34 members of the CU Le Creusot Montceau
 * communes.provenance().licence();                           // Licence Ouverte / Open Licence (Etalab)
 * }</pre>
 *
 * <p>The data is the resource {@value #DATA_FILE} ({@code code,name,department,siren,epciSiren,population},
 * 34,969 rows; see {@link #provenance()} and the {@code PROVENANCE.md} beside it). {@link #bundled()}
 * reads it once, on first use, and parses it whole with a small RFC 4180 reader (no library) when a
 * method first needs every row: about 35,000 rows in a few tens of milliseconds. Until then
 * {@link #find(String)} reads only the row of the code asked for (what a one-commune command line
 * needs), with the same result. Immutable (as seen from outside) and thread-safe.
 *
 * <p>Null policy: every method throws {@link NullPointerException} naming the parameter when given
 * {@code null}. An unknown INSEE code gives {@link Optional#empty()}; an unknown département or EPCI
 * gives an empty list. Communes without a population (the data has six, in the Terres australes et
 * antarctiques and Clipperton) are kept, with {@link Commune#population()} empty; callers decide
 * what that means.
 */
public final class Communes {
    /** The class-path resource of the bundled data (in this library's package). */
    public static final String DATA_FILE = "fr/cdgrules/communes/communes-2026.csv";

    /** The header the data must have. */
    public static final String HEADER = "code,name,department,siren,epciSiren,population";

    private static final int FIELDS = 6;

    /** The UTF-8 CSV data to parse whole on first need (bundled data), or null when built from parsed rows. */
    private final byte[] data;
    private volatile Commune[] communes; // sorted by code; null until the text is parsed whole

    private Communes(Commune[] communes) {
        this.data = null;
        this.communes = communes;
    }

    private Communes(byte[] data) {
        this.data = data;
    }

    /** @return communes over UTF-8 CSV data in the bundled format, parsed whole only when first needed (tests; not copied) */
    static Communes lazy(byte[] data) {
        return new Communes(Objects.requireNonNull(data, "data"));
    }

    /** @return every commune, sorted by code: the text parsed whole on first use (idempotent, so a race only parses twice) */
    private Commune[] communes() {
        Commune[] c = communes;
        if (c == null) {
            c = parse(new String(data, StandardCharsets.UTF_8)).communes;
            communes = c;
        }
        return c;
    }

    /**
     * The bundled INSEE 2026 communes, read on the first call.
     *
     * @return the communes
     * @throws IllegalStateException if the bundled resource is missing or malformed (a packaging bug)
     */
    public static Communes bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final Communes INSTANCE = load();

        private static Communes load() {
            try (InputStream in = Communes.class.getResourceAsStream("/" + DATA_FILE)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled commune data " + DATA_FILE + " is missing");
                }
                // parsed whole on first need: find(code) alone reads only that commune's row
                return new Communes(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled commune data " + DATA_FILE, e);
            }
        }
    }

    /**
     * Parses CSV text in the bundled format: the header {@value #HEADER}, then one commune a row;
     * fields quoted per RFC 4180 when needed; an empty {@code siren}, {@code epciSiren} or
     * {@code population} means none.
     *
     * @param csv the CSV text
     * @return the communes
     * @throws NullPointerException naming {@code csv} if it is null
     * @throws IllegalStateException if the header is not {@value #HEADER}, a row does not have six
     *     fields, a code is blank or repeated, or a population is not a whole number ≥ 0
     */
    public static Communes parse(String csv) {
        Objects.requireNonNull(csv, "csv");
        CsvReader reader = new CsvReader(csv);
        List<String> header = reader.next();
        if (header == null || !String.join(",", header).equals(HEADER)) {
            throw new IllegalStateException("commune data: the header must be '" + HEADER + "', got " + header);
        }
        List<Commune> list = new ArrayList<>(35_000);
        List<String> row;
        while ((row = reader.next()) != null) {
            list.add(commune(row, reader.line()));
        }
        Commune[] array = list.toArray(new Commune[0]);
        Arrays.sort(array, Comparator.comparing(Commune::code));
        for (int i = 1; i < array.length; i++) {
            if (array[i].code().equals(array[i - 1].code())) {
                throw new IllegalStateException("commune data: code " + array[i].code() + " appears twice");
            }
        }
        return new Communes(array);
    }

    /** One row of the data as a commune, checked as {@link #parse(String)} documents. */
    private static Commune commune(List<String> row, int line) {
        if (row.size() != FIELDS) {
            throw new IllegalStateException("commune data, row " + line + ": " + FIELDS + " fields expected, got "
                    + row.size());
        }
        String code = row.get(0);
        if (code.isBlank() || row.get(2).isBlank()) {
            throw new IllegalStateException("commune data, row " + line + ": code and department are required");
        }
        Optional<String> siren = optional(row.get(3));
        Optional<String> epci = optional(row.get(4));
        String populationText = row.get(5);
        OptionalLong population;
        if (populationText.isEmpty()) {
            population = OptionalLong.empty();
        } else {
            try {
                population = OptionalLong.of(Long.parseLong(populationText));
            } catch (NumberFormatException e) {
                throw new IllegalStateException("commune data, row " + line + ": population '" + populationText
                        + "' is not a whole number");
            }
            if (population.getAsLong() < 0) {
                throw new IllegalStateException("commune data, row " + line + ": negative population");
            }
        }
        return Commune.of(code, row.get(1), row.get(2), siren, epci, population);
    }

    private static Optional<String> optional(String field) {
        return field.isEmpty() ? Optional.empty() : Optional.of(field);
    }

    /** @return the vintage (millésime) of the bundled data: 2026 */
    public Year vintage() {
        return Provenance.BUNDLED.vintage();
    }

    /** @return where the bundled data comes from: sources, licence, SHA-256 of the inputs and of the data */
    public Provenance provenance() {
        return Provenance.BUNDLED;
    }

    /** @return the number of communes */
    public int size() {
        return communes().length;
    }

    /**
     * The commune with this INSEE code.
     *
     * @param code an INSEE code, e.g. {@code 79094}
     * @return the commune, or empty if the data has no current commune with that code
     * @throws NullPointerException naming {@code code} if it is null
     */
    public Optional<Commune> find(String code) {
        Objects.requireNonNull(code, "code");
        Commune[] communes = this.communes;
        if (communes == null && data != null) {
            Optional<Commune> row = findRow(code);
            if (row != null) {
                return row;
            }
            communes = communes();
        }
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

    /**
     * Before the data is parsed whole: the commune of this code read from its own row alone, found by a
     * binary search over the rows (the bundled rows are sorted by code, which is their first field,
     * never quoted there).
     *
     * @return the commune, or null to fall back to the whole parse: a code not found this way (unknown,
     *     or rows out of order), a code that would need quoting, or a malformed row (whose error the
     *     whole parse reports)
     */
    private Optional<Commune> findRow(String code) {
        if (code.isEmpty() || code.indexOf(',') >= 0 || code.indexOf('"') >= 0 || code.indexOf('\n') >= 0
                || code.indexOf('\r') >= 0) {
            return null;
        }
        byte[] key = code.getBytes(StandardCharsets.UTF_8);
        byte[] d = data;
        int lo = 0; // start of the first row after the header
        while (lo < d.length && d[lo] != '\n') {
            lo++;
        }
        lo++;
        int hi = d.length; // lo and hi: starts of rows (or the end)
        while (lo < hi) {
            int start = (lo + hi) >>> 1;
            while (start > lo && d[start - 1] != '\n') {
                start--;
            }
            int end = start;
            while (end < d.length && d[end] != '\n') {
                end++;
            }
            int c = compareCode(d, start, end, key);
            if (c == 0) {
                try {
                    List<String> row = new CsvReader(new String(d, start, end - start, StandardCharsets.UTF_8)).next();
                    return Optional.of(commune(row, 0));
                } catch (IllegalStateException e) {
                    return null;
                }
            } else if (c < 0) {
                lo = end + 1;
            } else {
                hi = start;
            }
        }
        return null;
    }

    /** Compares the first field of the row {@code [start, end)} with the key, byte by byte (unsigned). */
    private static int compareCode(byte[] d, int start, int end, byte[] key) {
        int i = 0;
        for (int p = start; ; p++, i++) {
            boolean rowEnds = p >= end || d[p] == ',' || d[p] == '\r';
            if (rowEnds || i == key.length) {
                return rowEnds ? (i == key.length ? 0 : -1) : 1;
            }
            int diff = (d[p] & 0xff) - (key[i] & 0xff);
            if (diff != 0) {
                return diff;
            }
        }
    }

    /** @return every commune, sorted by INSEE code */
    public List<Commune> all() {
        return List.of(communes());
    }

    /**
     * The communes of a département.
     *
     * @param department a département code, e.g. {@code 79}, {@code 2A}, {@code 971}
     * @return its communes, sorted by INSEE code; empty if none
     * @throws NullPointerException naming {@code department} if it is null
     */
    public List<Commune> inDepartment(String department) {
        Objects.requireNonNull(department, "department");
        return Arrays.stream(communes()).filter(c -> c.department().equals(department)).toList();
    }

    /**
     * The member communes of an EPCI à fiscalité propre.
     *
     * @param siren the SIREN of an EPCI à fiscalité propre, e.g. {@code 247100290}
     * @return its member communes, sorted by INSEE code; empty if none
     * @throws NullPointerException naming {@code siren} if it is null
     */
    public List<Commune> inEpci(String siren) {
        Objects.requireNonNull(siren, "siren");
        return Arrays.stream(communes()).filter(c -> c.epciSiren().filter(siren::equals).isPresent()).toList();
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
