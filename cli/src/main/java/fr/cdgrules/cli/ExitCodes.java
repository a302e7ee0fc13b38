package fr.cdgrules.cli;

/**
 * The exit codes of {@code cdg-rules}, a contract for scripts.
 *
 * <table>
 *   <caption>Exit codes</caption>
 *   <tr><th>code</th><th>meaning</th><th>raised by</th></tr>
 *   <tr><td>0</td><td>done (including a commune quoted as not eligible)</td><td></td></tr>
 *   <tr><td>1</td><td>a bug of cdg-rules</td><td>any other exception</td></tr>
 *   <tr><td>2</td><td>usage error: unknown command, option or module; malformed value; unreadable or
 *       malformed input file; an input a rule refuses as such</td>
 *       <td>picocli's parameter errors, {@link UsageException},
 *       {@link fr.cdgrules.core.error.UnknownRuleModuleException},
 *       {@link fr.cdgrules.core.error.InvalidInputException}</td></tr>
 *   <tr><td>3</td><td>the rules refuse: nothing in force that year, unknown commune, module without
 *       that capability (not priced, no billing, no charter), no rule applies, rules conflict</td>
 *       <td>{@link RefusedException}, {@link fr.cdgrules.core.error.NothingInForceException},
 *       {@link fr.cdgrules.core.error.NoRuleAppliesException},
 *       {@link fr.cdgrules.core.error.RuleConflictException},
 *       {@link fr.cdgrules.core.error.NotEligibleException},
 *       {@link fr.cdgrules.core.error.ConventionNotInForceException}</td></tr>
 *   <tr><td>74</td><td>the output could not be written (disk full, closed pipe): nothing reliable
 *       was written</td><td>standard output in error after the command</td></tr>
 * </table>
 */
public final class ExitCodes {
    /** Done. */
    public static final int OK = 0;
    /** A bug of cdg-rules (an unexpected exception). */
    public static final int BUG = 1;
    /** A usage error: unknown command, option or module, malformed value, bad input file. */
    public static final int USAGE = 2;
    /** The rules refuse: nothing in force, unknown commune, module without the capability. */
    public static final int REFUSED = 3;

    /** The output could not be written (disk full, closed pipe); {@code EX_IOERR} of sysexits. */
    public static final int OUTPUT_FAILED = 74;

    private ExitCodes() {}
}
