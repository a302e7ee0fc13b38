package fr.cdgrules.core.descriptor;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.limits.Limits;
import fr.cdgrules.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/** A node of the YAML tree with its path; every reader records an error at the path and returns null. */
final class Node {
    final JsonNode json;
    final String path;
    final Parse parse;

    Node(JsonNode json, String path, Parse parse) {
        this.json = json;
        this.path = path;
        this.parse = parse;
    }

    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    void error(String message) {
        parse.error(path, message);
    }

    /** Checks this is a mapping with only the allowed keys; false (error recorded) if not a mapping. */
    boolean keys(String... allowed) {
        if (json == null || !json.isObject()) {
            error("expected a mapping with keys " + Arrays.toString(allowed));
            return false;
        }
        Set<String> ok = Set.of(allowed);
        for (String k : json.propertyNames()) {
            if (!ok.contains(k)) {
                parse.error(child(k), "unknown key '" + k + "' (expected one of " + new TreeSet<>(ok) + ")");
            }
        }
        return true;
    }

    boolean has(String key) {
        return json != null && json.isObject() && json.get(key) != null && !json.get(key).isNull();
    }

    /**
     * {@code opt(key).orElse(null)} in plain code: the descriptor loader's paths avoid lambdas, whose
     * call sites cost a one-shot command their linking.
     */
    Node orNull(String key) {
        return has(key) ? new Node(json.get(key), child(key), parse) : null;
    }

    Optional<Node> opt(String key) {
        return has(key) ? Optional.of(new Node(json.get(key), child(key), parse)) : Optional.empty();
    }

    Node req(String key) {
        if (!has(key)) {
            error("missing '" + key + "'");
            return null;
        }
        return new Node(json.get(key), child(key), parse);
    }

    /**
     * Reports an error at the key's node when it is there, at this node otherwise (a value read earlier may
     * have been refused or be missing: reporting must never fail).
     */
    void errorAt(String key, String message) {
        if (has(key)) {
            new Node(json.get(key), child(key), parse).error(message);
        } else {
            error(message);
        }
    }

    List<Node> list(String key, boolean required) {
        Node n = required ? req(key) : opt(key).orElse(null);
        if (n == null) {
            return List.of();
        }
        if (!n.json.isArray()) {
            n.error("expected a list");
            return List.of();
        }
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < n.json.size(); i++) {
            out.add(new Node(n.json.get(i), n.path + "[" + i + "]", parse));
        }
        return out;
    }

    List<Map.Entry<String, Node>> entries() {
        List<Map.Entry<String, Node>> out = new ArrayList<>();
        if (json == null || !json.isObject()) {
            error("expected a mapping");
            return out;
        }
        for (String k : json.propertyNames()) {
            out.add(Map.entry(k, new Node(json.get(k), child(k), parse)));
        }
        return out;
    }

    String scalar() {
        if (json == null || json.isContainer() || json.isNull()) {
            error("expected a single value");
            return null;
        }
        return json.asString().strip();
    }

    String str(String key, boolean required) {
        Node n = required ? req(key) : opt(key).orElse(null);
        return n == null ? null : n.scalar();
    }

    LocalDate date(String key, boolean required) {
        Node n = required ? req(key) : opt(key).orElse(null);
        return n == null ? null : n.asDate();
    }

    LocalDate asDate() {
        String s = scalar();
        if (s == null) {
            return null;
        }
        try {
            LocalDate d = isoDate(s);
            if (d.isBefore(Limits.MIN_DATE) || d.isAfter(Limits.MAX_DATE)) {
                error("'" + s + "' is outside the supported dates, " + Limits.MIN_DATE + " to " + Limits.MAX_DATE);
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            error("'" + s + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    /**
     * {@code LocalDate.parse(s)}: the same dates and the same refusals. The common form YYYY-MM-DD is
     * read by hand, since {@code DateTimeFormatter}'s first use costs a one-shot command milliseconds.
     *
     * @throws DateTimeParseException if {@code s} is not a date (as {@code LocalDate.parse} throws it)
     */
    static LocalDate isoDate(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            // ten characters with '-' at 4 and 7: java.time takes them only as YYYY-MM-DD in ASCII digits
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 7);
            int day = digits(s, 8, 10);
            if (year < 0 || month < 0 || day < 0) {
                throw new DateTimeParseException("Text '" + s + "' could not be parsed", s, 0);
            }
            try {
                return LocalDate.of(year, month, day);
            } catch (java.time.DateTimeException e) {
                throw new DateTimeParseException(e.getMessage(), s, 0, e);
            }
        }
        return LocalDate.parse(s); // any other form, accepted or refused as java.time does
    }

    /** @return the number written by the ASCII digits of {@code s} from {@code from} to {@code to}, or -1 */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    Period period(String key, boolean required) {
        Node n = required ? req(key) : opt(key).orElse(null);
        if (n == null) {
            return null;
        }
        String s = n.scalar();
        if (s == null) {
            return null;
        }
        try {
            Period p = Period.parse(s);
            if (p.isNegative() || p.isZero()) {
                n.error("a period must be positive, got " + s);
                return null;
            }
            return p;
        } catch (DateTimeParseException e) {
            n.error("'" + s + "' is not a period (ISO 8601, e.g. P3M, P2Y)");
            return null;
        }
    }

    BigDecimal asDecimal() {
        String s = scalar();
        if (s == null) {
            return null;
        }
        if (s.length() > Limits.MAX_NUMBER_TEXT) {
            // bounded before parsing: "1e-999999999" would otherwise exhaust memory when printed
            error("a number is written in at most " + Limits.MAX_NUMBER_TEXT + " characters, got " + s.length());
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(s);
            if (d.precision() > Limits.MAX_DIGITS || Math.abs(d.scale()) > Limits.MAX_SCALE) {
                error("'" + s + "' has more than " + Limits.MAX_DIGITS + " significant digits or " + Limits.MAX_SCALE
                        + " decimals");
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            error("'" + s + "' is not a number");
            return null;
        }
    }

    Money asMoney() {
        BigDecimal d = asDecimal();
        if (d == null) {
            return null;
        }
        try {
            Money m = Money.of(d);
            if (m.isNegative()) {
                error("an amount cannot be negative, got " + s(d));
                return null;
            }
            return m;
        } catch (InvalidInputException | ArithmeticException e) {
            error("'" + s(d) + "' is not an amount in euros to the cent");
            return null;
        }
    }

    Long asWhole() {
        BigDecimal d = asDecimal();
        if (d == null) {
            return null;
        }
        try {
            long v = d.longValueExact();
            if (v < 0) {
                error("expected a whole number ≥ 0, got " + v);
                return null;
            }
            return v;
        } catch (ArithmeticException e) {
            error("expected a whole number, got " + s(d));
            return null;
        }
    }

    private static String s(BigDecimal d) {
        return d.toPlainString();
    }

    Boolean bool(String key) {
        Node n = opt(key).orElse(null);
        if (n == null) {
            return false;
        }
        String s = n.scalar();
        if ("true".equals(s)) {
            return true;
        }
        if ("false".equals(s)) {
            return false;
        }
        n.error("expected true or false, got '" + s + "'");
        return false;
    }

    /** Reads a citation and checks it names a declared article; records who cites it. */
    Citation citation(String key, boolean required, String user) {
        Node n = required ? req(key) : opt(key).orElse(null);
        return n == null ? null : n.asCitation(user);
    }

    Citation asCitation(String user) {
        String s = scalar();
        if (s == null) {
            return null;
        }
        Citation c;
        try {
            c = Citation.parse(s);
        } catch (InvalidInputException e) {
            error("'" + s + "' is not a citation ('<text id> <article>', e.g. '000 art. 3.1')");
            return null;
        }
        if (!parse.declared.contains(c)) {
            error("cites " + c + ", which is not a declared article");
            return null;
        }
        parse.cite(c, user);
        return c;
    }

    List<Citation> citations(String key, boolean required, String user) {
        List<Citation> out = new ArrayList<>();
        for (Node n : list(key, required)) {
            Citation c = n.asCitation(user);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        for (Node n : list(key, false)) {
            String s = n.scalar();
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }
}
