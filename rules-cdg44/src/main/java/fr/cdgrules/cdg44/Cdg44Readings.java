package fr.cdgrules.cdg44;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.cdg44.cohort.CohortCompletionReading;
import fr.cdgrules.cdg44.cohort.CohortMinimumReading;
import fr.cdgrules.cdg44.cohort.ImmersionLengthReading;
import fr.cdgrules.cdg44.cohort.ImmersionScopeReading;
import fr.cdgrules.cdg44.financing.AgentRemunerationReading;
import fr.cdgrules.cdg44.financing.EndOfRightsReading;
import fr.cdgrules.cdg44.steering.CommitteeYearReading;
import fr.cdgrules.core.calendar.MonthEndRule;
import fr.cdgrules.core.calendar.PeriodCounting;
import fr.cdgrules.core.module.ValueStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The readings a caller may choose where seed 002 is ambiguous, each documented on its enum with the
 * text's words. {@link #defaults()} is what the {@link Cdg44Module} found by {@code ServiceLoader} uses.
 *
 * <p>Fixed readings, not selectable (one reading only, documented on their enums):
 * {@link fr.cdgrules.cdg44.partnership.EntryIntoForceReading},
 * {@link fr.cdgrules.cdg44.partnership.RenewalReading},
 * {@link fr.cdgrules.cdg44.partnership.NoticeScopeReading}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCdg44Readings.class)
@JsonDeserialize(as = ImmutableCdg44Readings.class)
public abstract class Cdg44Readings {
    Cdg44Readings() {}

    /**
     * @return how « un préavis de 3 mois » (art. 7.3) counts from a day the third month lacks; default
     *     {@link MonthEndRule#CLAMP_TO_MONTH_END} (30 November → 28 or 29 February), or
     *     {@link MonthEndRule#ROLL_TO_NEXT_MONTH} (→ 1 March)
     */
    @JsonProperty("terminationMonthEnd")
    public abstract MonthEndRule terminationMonthEnd();

    /**
     * @return how « un préavis de 3 mois » (art. 7.3), which runs from the written notification, is
     *     counted; default {@link PeriodCounting#CIVIL_PROCEDURE} (Code de procédure civile art. 641–642
     *     by analogy: notified on 30 November 2025, in force through 28 February 2026, no longer in force
     *     on 1 March 2026), or {@link PeriodCounting#EXPIRY_DAY_EXCLUDED} (the reading before 0.2: no
     *     longer in force from 28 February 2026)
     */
    @JsonProperty("terminationCounting")
    @Value.Default
    public PeriodCounting terminationCounting() {
        return PeriodCounting.CIVIL_PROCEDURE;
    }

    /** @return how binding « un minimum de 12 » is (art. 1); default {@link CohortMinimumReading#REFUSE_BELOW_MINIMUM} */
    @JsonProperty("cohortMinimum")
    public abstract CohortMinimumReading cohortMinimum();

    /** @return up to where agents in retraining « complètent » a session (art. 1); default {@link CohortCompletionReading#FILL_TO_MAXIMUM} */
    @JsonProperty("cohortCompletion")
    public abstract CohortCompletionReading cohortCompletion();

    /** @return who needs the 2-or-3-day immersion (art. 2); default {@link ImmersionScopeReading#REGION_AGENTS_ONLY} */
    @JsonProperty("immersionScope")
    public abstract ImmersionScopeReading immersionScope();

    /**
     * @return what an immersion of another length than 2 or 3 days does (art. 2); default
     *     {@link ImmersionLengthReading#OUTCOME_DECIDES_WITH_FINDING}
     */
    @JsonProperty("immersionLength")
    @Value.Default
    public ImmersionLengthReading immersionLength() {
        return ImmersionLengthReading.OUTCOME_DECIDES_WITH_FINDING;
    }

    /** @return whose remuneration the Région pays among agents (art. 2); default {@link AgentRemunerationReading#REGION_OWN_AGENTS_ONLY} */
    @JsonProperty("agentRemuneration")
    public abstract AgentRemunerationReading agentRemuneration();

    /** @return what the Région takes over at the end of ARE rights; default {@link EndOfRightsReading#AS_JOB_SEEKER_WITHOUT_ARE} */
    @JsonProperty("endOfRights")
    public abstract EndOfRightsReading endOfRights();

    /** @return which years « au moins une fois par an » counts (art. 4); default {@link CommitteeYearReading#CONVENTION_YEARS} */
    @JsonProperty("committeeYear")
    public abstract CommitteeYearReading committeeYear();

    /** @return every reading at its default */
    public static Cdg44Readings defaults() {
        return ImmutableCdg44Readings.of(MonthEndRule.CLAMP_TO_MONTH_END, PeriodCounting.CIVIL_PROCEDURE,
                CohortMinimumReading.REFUSE_BELOW_MINIMUM,
                CohortCompletionReading.FILL_TO_MAXIMUM, ImmersionScopeReading.REGION_AGENTS_ONLY,
                ImmersionLengthReading.OUTCOME_DECIDES_WITH_FINDING,
                AgentRemunerationReading.REGION_OWN_AGENTS_ONLY, EndOfRightsReading.AS_JOB_SEEKER_WITHOUT_ARE,
                CommitteeYearReading.CONVENTION_YEARS);
    }

    // The with… methods are implemented by the generated ImmutableCdg44Readings, whose own with… methods override
    // them (null-checked there): a body here could never run.

    /**
     * @param rule the month-end rule of the notice period
     * @return these readings with it
     */
    public abstract Cdg44Readings withTerminationMonthEnd(MonthEndRule rule);

    /**
     * @param counting how the notice period is counted
     * @return these readings with it
     * @throws NullPointerException if {@code counting} is null
     */
    public abstract Cdg44Readings withTerminationCounting(PeriodCounting counting);

    /**
     * @param reading the reading of the minimum cohort
     * @return these readings with it
     */
    public abstract Cdg44Readings withCohortMinimum(CohortMinimumReading reading);

    /**
     * @param reading the reading of « complétée »
     * @return these readings with it
     */
    public abstract Cdg44Readings withCohortCompletion(CohortCompletionReading reading);

    /**
     * @param reading who needs the immersion
     * @return these readings with it
     */
    public abstract Cdg44Readings withImmersionScope(ImmersionScopeReading reading);

    /**
     * @param reading what an immersion of another length than 2 or 3 days does
     * @return these readings with it
     */
    public abstract Cdg44Readings withImmersionLength(ImmersionLengthReading reading);

    /**
     * @param reading whose remuneration the Région pays
     * @return these readings with it
     */
    public abstract Cdg44Readings withAgentRemuneration(AgentRemunerationReading reading);

    /**
     * @param reading what the Région takes over at the end of ARE rights
     * @return these readings with it
     */
    public abstract Cdg44Readings withEndOfRights(EndOfRightsReading reading);

    /**
     * @param reading which years the committee check counts
     * @return these readings with it
     */
    public abstract Cdg44Readings withCommitteeYear(CommitteeYearReading reading);
}
