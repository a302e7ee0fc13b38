package fr.cdgrules.core.lifecycle;

import fr.cdgrules.core.limits.Limits;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.calendar.CalendarMonths;
import fr.cdgrules.core.calendar.MonthEndRule;
import fr.cdgrules.core.calendar.PeriodCounting;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.error.NoRuleAppliesException;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A termination clause: its kind, its period (notice period, or the cure period of a formal
 * notice), whether the letter must give reasons, whether an indemnity is due, and its article.
 *
 * <p>Dates: the effective date of a termination is the first day on which the convention is no
 * longer in force; the last day in force is the day before. A period that runs from a notification
 * (notice, cure) is counted under {@link #periodCounting()}, by default
 * {@link PeriodCounting#CIVIL_PROCEDURE}: a notice of three months notified on 30 November 2025
 * keeps the convention in force through 28 February 2026 and takes effect on 1 March 2026.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableTerminationRule.class)
@JsonDeserialize(as = ImmutableTerminationRule.class)
public abstract class TerminationRule {
    TerminationRule() {}

    /** @return the kind of termination */
    @JsonProperty("kind")
    public abstract TerminationKind kind();

    /** @return the notice period ({@link TerminationKind#AT_NOTICE_EXPIRY}) or cure period ({@link TerminationKind#FOR_FAULT}) */
    @JsonProperty("period")
    public abstract Optional<Period> period();

    /** @return how months are counted when the day does not exist in the target month */
    @JsonProperty("monthEndRule")
    public abstract MonthEndRule monthEndRule();

    /**
     * @return how a period that runs from the notification is counted; by default
     *     {@link PeriodCounting#CIVIL_PROCEDURE} (Code de procédure civile art. 641–642 by analogy)
     */
    @JsonProperty("periodCounting")
    @Value.Default
    public PeriodCounting periodCounting() {
        return PeriodCounting.CIVIL_PROCEDURE;
    }

    /** @return true if the letter must state its reasons ("dûment motivée") */
    @JsonProperty("reasonsRequired")
    public abstract boolean reasonsRequired();

    /** @return true if an indemnity is due; the four texts all say none is */
    @JsonProperty("indemnityDue")
    public abstract boolean indemnityDue();

    /** @return the article of the clause */
    @JsonProperty("citation")
    public abstract Citation citation();

    /**
     * @param notice the notice period
     * @param rule how months are counted at month end
     * @param citation the article
     * @return termination effective when the notice period has run, no indemnity
     */
    public static TerminationRule atNoticeExpiry(Period notice, MonthEndRule rule, Citation citation) {
        java.util.Objects.requireNonNull(notice, "notice");
        return ImmutableTerminationRule.of(TerminationKind.AT_NOTICE_EXPIRY, Optional.of(notice), rule,
                PeriodCounting.CIVIL_PROCEDURE, false, false, citation);
    }

    /**
     * @param citation the article
     * @return termination effective the first day of the month after notification, no indemnity
     */
    public static TerminationRule firstDayOfNextMonth(Citation citation) {
        return ImmutableTerminationRule.of(TerminationKind.FIRST_DAY_OF_NEXT_MONTH, Optional.empty(),
                MonthEndRule.CLAMP_TO_MONTH_END, PeriodCounting.CIVIL_PROCEDURE, false, false, citation);
    }

    /**
     * @param curePeriod the time a formal notice gives to comply
     * @param citation the article
     * @return termination for fault after formal notice, no indemnity
     */
    public static TerminationRule forFault(Period curePeriod, Citation citation) {
        java.util.Objects.requireNonNull(curePeriod, "curePeriod");
        return ImmutableTerminationRule.of(TerminationKind.FOR_FAULT, Optional.of(curePeriod),
                MonthEndRule.CLAMP_TO_MONTH_END, PeriodCounting.CIVIL_PROCEDURE, true, false, citation);
    }

    /**
     * @param citation the article
     * @return termination in the general interest by reasoned letter, effective on notification, no indemnity
     */
    public static TerminationRule generalInterest(Citation citation) {
        return ImmutableTerminationRule.of(TerminationKind.GENERAL_INTEREST, Optional.empty(),
                MonthEndRule.CLAMP_TO_MONTH_END, PeriodCounting.CIVIL_PROCEDURE, true, false, citation);
    }

    /**
     * @param rule another month-end rule
     * @return this clause counting months with that rule
     */
    public TerminationRule withMonthEndRule(MonthEndRule rule) {
        return ((ImmutableTerminationRule) this).withMonthEndRule(rule);
    }

    /**
     * @param due true if an indemnity is due on termination
     * @return this clause with that indemnity
     */
    public TerminationRule withIndemnityDue(boolean due) {
        return ((ImmutableTerminationRule) this).withIndemnityDue(due);
    }

    /**
     * @param counting how a period that runs from the notification is counted
     * @return this clause counting its period that way
     * @throws NullPointerException if {@code counting} is null
     */
    public TerminationRule withPeriodCounting(PeriodCounting counting) {
        return ((ImmutableTerminationRule) this).withPeriodCounting(java.util.Objects.requireNonNull(counting, "counting"));
    }

    /**
     * @param required true if the letter must state its reasons (e.g. the breach, for a termination
     *     allowed only "en cas de non-respect des engagements")
     * @return this clause with that requirement
     */
    public TerminationRule withReasonsRequired(boolean required) {
        return ((ImmutableTerminationRule) this).withReasonsRequired(required);
    }

    /**
     * The effective date of a termination notified on a date, for the kinds that need nothing
     * more than the notification.
     *
     * @param notifiedOn the date the letter was notified (received)
     * @return the first day the convention is no longer in force
     * @throws InvalidInputException if the date is outside the supported range
     * @throws NoRuleAppliesException for {@link TerminationKind#FOR_FAULT}, which needs a formal
     *     notice and a confirming letter (names this clause)
     */
    public LocalDate effectiveDate(LocalDate notifiedOn) {
        Limits.date("notifiedOn", notifiedOn);
        switch (kind()) {
            case AT_NOTICE_EXPIRY:
                return CalendarMonths.lastDayOfPeriod(notifiedOn, period().orElseThrow(), monthEndRule(),
                        periodCounting()).plusDays(1);
            case FIRST_DAY_OF_NEXT_MONTH:
                return CalendarMonths.firstDayOfNextMonth(notifiedOn);
            case GENERAL_INTEREST:
                return notifiedOn;
            default:
                throw new NoRuleAppliesException("a termination for fault notified on " + notifiedOn
                        + " (termination.kind): termination for fault needs a formal notice then a confirming letter",
                        List.of(citation()));
        }
    }

    /**
     * @param servedOn the date the formal notice was notified
     * @return the last day of the cure period, counted under {@link #periodCounting()} (by default the
     *     day bearing the same number {@code period} later); a confirming letter may follow from the next day
     */
    public LocalDate cureDeadline(LocalDate servedOn) {
        Limits.date("servedOn", servedOn);
        return CalendarMonths.lastDayOfPeriod(servedOn, period().orElseThrow(), monthEndRule(), periodCounting());
    }

    @Value.Check
    void check() {
        boolean needsPeriod = kind() == TerminationKind.AT_NOTICE_EXPIRY || kind() == TerminationKind.FOR_FAULT;
        if (needsPeriod != period().isPresent()) {
            throw new InvalidInputException("termination.period", citation(),
                    kind() + (needsPeriod ? " needs a period" : " takes no period"));
        }
    }
}
