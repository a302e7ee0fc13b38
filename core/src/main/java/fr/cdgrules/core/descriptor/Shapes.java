package fr.cdgrules.core.descriptor;

/**
 * The shapes a descriptor's identifiers must have, checked character by character: the same answers as
 * the regular expressions in each method's documentation (pinned by a property test), without compiling
 * one, which costs a one-shot command milliseconds (the whole of {@code java.util.regex} is loaded then).
 */
final class Shapes {
    private Shapes() {}

    /** @return whether {@code s} matches {@code [a-z][a-z0-9-]*} (a module id) */
    static boolean moduleId(String s) {
        if (s.isEmpty() || !lower(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!lower(c) && !digit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    /**
     * @return whether {@code s} matches {@code ([a-zA-Z_][a-zA-Z0-9_]*\.)+[A-Z][a-zA-Z0-9_]*} (a Java class
     *     in a package, its simple name capitalised)
     */
    static boolean qualifiedClassName(String s) {
        int dot = s.lastIndexOf('.');
        if (dot < 0 || dot == s.length() - 1 || !upper(s.charAt(dot + 1)) || !identifierRest(s, dot + 2, s.length())) {
            return false;
        }
        int start = 0;
        while (start <= dot) {
            int end = s.indexOf('.', start);
            if (end == start || !identifierStart(s.charAt(start)) || !identifierRest(s, start + 1, end)) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    /** @return whether {@code s} is {@code count} ASCII digits, {@code \d{count}} */
    static boolean digits(String s, int count) {
        if (s.length() != count) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (!digit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean identifierStart(char c) {
        return lower(c) || upper(c) || c == '_';
    }

    private static boolean identifierRest(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!identifierStart(c) && !digit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean lower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
