package fr.cdgrules.cli;

/**
 * A request the rules or the data cannot answer (exit code {@value ExitCodes#REFUSED}): an unknown
 * commune, a module that sets no annual fee, a module without the capability asked for.
 */
public final class RefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message one line saying what was refused and why */
    public RefusedException(String message) {
        super(message);
    }
}
