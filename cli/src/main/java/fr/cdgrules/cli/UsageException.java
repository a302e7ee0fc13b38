package fr.cdgrules.cli;

/** A usage error found by a command after parsing (exit code {@value ExitCodes#USAGE}). */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message one line saying what is wrong and, where it helps, what to do */
    public UsageException(String message) {
        super(message);
    }
}
