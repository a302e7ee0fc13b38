package fr.cdgrules.cdg44.partnership;

import fr.cdgrules.core.calendar.MonthEndRule;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.lifecycle.RenewalPolicy;
import fr.cdgrules.core.lifecycle.TerminationRule;
import java.time.Period;
import java.util.List;

/**
 * The duration clauses of the convention (art. 5 and 7.3), as core {@link ConventionTerms}.
 *
 * <ul>
 *   <li>Art. 5: « La présente convention prend effet à sa date de signature par les parties pour une
 *       durée de 3 ans. » — initial term {@code P3Y}; no renewal ({@link RenewalReading#NO_RENEWAL}).
 *   <li>Art. 7.3: « La Convention peut être dénoncée avant le terme contractuel par l'une ou l'autre
 *       des Parties par notification écrite moyennant le respect d'un préavis de 3 mois. » — core
 *       {@link TerminationRule#atNoticeExpiry} with {@code P3M}. The effective date is core's: the
 *       first day no longer in force, notice date + 3 calendar months.
 * </ul>
 */
public final class PartnershipTerms {
    /** Art. 5 — Durée. */
    public static final Citation ART_5 = Citation.of("002", "art. 5");
    /** Art. 7.3 — Résiliation. */
    public static final Citation ART_7_3 = Citation.of("002", "art. 7.3");
    /** « pour une durée de 3 ans » (art. 5). */
    public static final Period TERM = Period.ofYears(3);
    /** « un préavis de 3 mois » (art. 7.3). */
    public static final Period NOTICE = Period.ofMonths(3);

    private PartnershipTerms() {}

    /**
     * @param monthEnd how « 3 mois » counts from a day that the third month lacks (30 November)
     * @return the terms: three years, no renewal, termination at the expiry of a three-month notice
     */
    public static ConventionTerms of(MonthEndRule monthEnd) {
        return ConventionTerms.of(TERM, ART_5, RenewalPolicy.none(ART_5),
                List.of(TerminationRule.atNoticeExpiry(NOTICE, monthEnd, ART_7_3)));
    }

    /** @return the terms under the default {@link MonthEndRule#CLAMP_TO_MONTH_END} */
    public static ConventionTerms defaults() {
        return of(MonthEndRule.CLAMP_TO_MONTH_END);
    }
}
