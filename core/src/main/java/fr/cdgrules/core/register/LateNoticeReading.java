package fr.cdgrules.core.register;

/**
 * Reading of a register row whose notice was given too late for the renewal it aimed at (e.g. CDG79
 * art. 4 « moyennant le respect d'un préavis d'un mois avant la date de reconduction »). The texts
 * say what a late notice does not do (stop that renewal); they do not say the membership is void.
 *
 * <p>Default: {@link #KEEP_ROW}: the row is kept — the commune stays a member, the notice has only
 * the effect the convention gives it — and reported as a warning with its line and article.
 */
public enum LateNoticeReading {
    /** Default: keep the row, report a warning with the article. */
    KEEP_ROW,
    /** Set the row aside, as a refusal, until the register is corrected. */
    REJECT_ROW;

    /** @return {@link #KEEP_ROW} */
    public static LateNoticeReading defaultReading() {
        return KEEP_ROW;
    }
}
