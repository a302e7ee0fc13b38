package fr.cdgrules.cdg62.convention;

import fr.cdgrules.cdg62.Cdg62Articles;
import fr.cdgrules.cdg62.Cdg62Descriptor;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.lifecycle.TerminationRule;
import java.time.Period;

/**
 * The duration clauses of the e-administration convention, as core {@link ConventionTerms}.
 *
 * <ul>
 *   <li>Art. 2 "DUREE ET RENOUVELLEMENT": "La présente convention est pour une durée de 5 ans du au"
 *       (dates left blank: the caller gives the start date) — five years from the start, the last
 *       day being the day before the fifth anniversary (1 January 2025 → 31 December 2029).
 *   <li>Art. 2: "La convention est renouvelable 1 fois par reconduction expresse" — at most one
 *       renewal, only by an express decision recorded before the renewal date; nothing renews by
 *       silence. The renewed term lasts five years ({@link RenewedTermReading#SAME_FIVE_YEARS}).
 *   <li>Art. 6 "RESILIATION" (the text numbers two articles "Article 6"; this one is cited
 *       {@code 004 art. 6 (résiliation)}): "Cette convention pourra être résiliée par l'une ou l'autre
 *       des parties en cas de non-respect des engagements prévus par la convention. La dénonciation
 *       sera réalisée par lettre recommandée avec accusé de réception. La convention prendra dès lors
 *       fin le 1er jour du mois suivant la notification. Dans tous les cas, aucune indemnisation ne
 *       sera effectuée en cas de résiliation." — effective the first day of the next calendar month
 *       ({@link MonthFollowingReading}), no indemnity, no formal notice (mise en demeure) required.
 *       The clause requires reasons ({@link TerminationRule#reasonsRequired()}): the only ground the
 *       text allows is « le non-respect des engagements », so every path that terminates — the module's
 *       {@link EAdministrationConvention#withTermination}, core's {@code Convention.withTermination} and
 *       {@code Convention.withNotice} on the terms the rule module gives, hence the command line's
 *       {@code deadlines cdg62 --notice-on} — refuses a termination that states no breach
 *       ({@code InvalidInputException} on {@code termination.reason} or {@code termination.breach},
 *       citing this article).
 * </ul>
 */
public final class Cdg62Terms {
    /**
     * Art. 2 "DUREE ET RENOUVELLEMENT".
     *
     * @deprecated use {@link Cdg62Articles#ART_2}
     */
    @Deprecated
    public static final Citation DURATION = Cdg62Articles.ART_2;

    /**
     * The second "Article 6", "RESILIATION".
     *
     * @deprecated use {@link Cdg62Articles#ART_6_TERMINATION}
     */
    @Deprecated
    public static final Citation TERMINATION = Cdg62Articles.ART_6_TERMINATION;

    /** The terms the descriptor declares ({@code cdg62.yaml}, {@code terms:}). */
    private static final ConventionTerms TERMS = Cdg62Descriptor.bundled().terms()
            .orElseThrow(() -> new IllegalStateException("cdg62.yaml declares no terms"));

    /** "une durée de 5 ans", as the descriptor declares it. */
    public static final Period TERM = TERMS.initialTerm();

    /** "renouvelable 1 fois", as the descriptor declares it. */
    public static final int MAX_RENEWALS = TERMS.renewal().maxRenewals();

    /** The reading of "le 1er jour du mois suivant la notification". */
    public static final MonthFollowingReading MONTH_FOLLOWING = MonthFollowingReading.NEXT_CALENDAR_MONTH;

    /** The reading of the length of the renewed term. */
    public static final RenewedTermReading RENEWED_TERM = RenewedTermReading.SAME_FIVE_YEARS;

    private Cdg62Terms() {}

    /** @return the duration, renewal and termination clauses, read from the descriptor */
    public static ConventionTerms terms() {
        return TERMS;
    }
}
