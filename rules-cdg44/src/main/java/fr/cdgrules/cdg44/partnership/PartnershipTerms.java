package fr.cdgrules.cdg44.partnership;

import fr.cdgrules.cdg44.Cdg44Articles;
import fr.cdgrules.cdg44.Cdg44Descriptor;
import fr.cdgrules.core.calendar.MonthEndRule;
import fr.cdgrules.core.calendar.PeriodCounting;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.lifecycle.TerminationRule;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * The duration clauses of the convention (art. 5 and 7.3), as core {@link ConventionTerms}: those the
 * descriptor declares ({@code cdg44.yaml}, {@code terms:}), with the readings of the notice's counting
 * applied to its termination clause.
 *
 * <ul>
 *   <li>Art. 5: « La présente convention prend effet à sa date de signature par les parties pour une
 *       durée de 3 ans. » — initial term {@code P3Y}; no renewal ({@link RenewalReading#NO_RENEWAL}).
 *   <li>Art. 7.3: « La Convention peut être dénoncée avant le terme contractuel par l'une ou l'autre
 *       des Parties par notification écrite moyennant le respect d'un préavis de 3 mois. » — core
 *       {@link TerminationRule#atNoticeExpiry} with {@code P3M}, counted by default as French procedural
 *       counting ({@link PeriodCounting#CIVIL_PROCEDURE}, Code de procédure civile art. 641–642 by
 *       analogy): the notice runs from the notification and expires at the end of the day bearing the
 *       same number three months later (the last day of that month when there is none); the convention
 *       is in force through that day. Notified on 30 November 2025: in force through 28 February 2026,
 *       effective (first day no longer in force) 1 March 2026; notified on 30 November 2027: in force
 *       through 29 February 2028. The earlier reading, {@link PeriodCounting#EXPIRY_DAY_EXCLUDED}, stays
 *       selectable.
 * </ul>
 */
public final class PartnershipTerms {
    /**
     * Art. 5 — Durée.
     *
     * @deprecated use {@link Cdg44Articles#ART_5}
     */
    @Deprecated
    public static final Citation ART_5 = Cdg44Articles.ART_5;
    /**
     * Art. 7.3 — Résiliation.
     *
     * @deprecated use {@link Cdg44Articles#ART_7_3}
     */
    @Deprecated
    public static final Citation ART_7_3 = Cdg44Articles.ART_7_3;
    /** The terms the descriptor declares ({@code cdg44.yaml}, {@code terms:}), before the readings apply. */
    private static final ConventionTerms DECLARED = Cdg44Descriptor.bundled().terms()
            .orElseThrow(() -> new IllegalStateException("cdg44.yaml declares no terms"));
    /** « pour une durée de 3 ans » (art. 5), as the descriptor declares it. */
    public static final Period TERM = DECLARED.initialTerm();
    /** « un préavis de 3 mois » (art. 7.3), as the descriptor declares it. */
    public static final Period NOTICE = DECLARED.terminations().get(0).period()
            .orElseThrow(() -> new IllegalStateException("cdg44.yaml declares no notice period"));

    private PartnershipTerms() {}

    /**
     * @param monthEnd how « 3 mois » counts from a day that the third month lacks (30 November)
     * @param counting how the notice period's expiry day is counted
     * @return the terms: three years, no renewal, termination at the expiry of a three-month notice
     * @throws NullPointerException if an argument is null
     */
    public static ConventionTerms of(MonthEndRule monthEnd, PeriodCounting counting) {
        Objects.requireNonNull(monthEnd, "monthEnd");
        Objects.requireNonNull(counting, "counting");
        return ConventionTerms.of(DECLARED.initialTerm(), DECLARED.termCitation(), DECLARED.renewal(),
                DECLARED.terminations().stream().map(t -> t.withMonthEndRule(monthEnd).withPeriodCounting(counting))
                        .toList());
    }

    /**
     * @param monthEnd how « 3 mois » counts from a day that the third month lacks (30 November)
     * @return the terms under the default {@link PeriodCounting#CIVIL_PROCEDURE}
     */
    public static ConventionTerms of(MonthEndRule monthEnd) {
        return of(monthEnd, PeriodCounting.CIVIL_PROCEDURE);
    }

    /** @return the terms under the defaults, {@link MonthEndRule#CLAMP_TO_MONTH_END} and {@link PeriodCounting#CIVIL_PROCEDURE} */
    public static ConventionTerms defaults() {
        return of(MonthEndRule.CLAMP_TO_MONTH_END, PeriodCounting.CIVIL_PROCEDURE);
    }
}
