package fr.cdgrules.cli;

/**
 * The shapes of a plain quote's arguments and of an INSEE code, checked character by character: the
 * same answers as the regular expressions in each method's documentation (pinned by a property test),
 * without compiling one, which costs a one-shot command milliseconds.
 */
final class ArgumentShapes {
    private ArgumentShapes() {}

    /** @return whether {@code s} matches {@code [A-Za-z0-9][A-Za-z0-9-]*} (a module id or commune code as the plain quote takes it) */
    static boolean plainValue(String s) {
        if (s.isEmpty() || !letterOrDigit(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!letterOrDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** @return whether {@code s} is four ASCII digits, {@code \d{4}} */
    static boolean fourDigits(String s) {
        return s.length() == 4 && digits(s, 0, 4);
    }

    /** @return whether {@code s} matches {@code \d{5}|2[AB]\d{3}} (an INSEE commune code, Corsica's included) */
    static boolean inseeCode(String s) {
        return s.length() == 5 && (digits(s, 0, 5)
                || s.charAt(0) == '2' && (s.charAt(1) == 'A' || s.charAt(1) == 'B') && digits(s, 2, 5));
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }
}
