package fr.cdgrules.cdg44.partnership;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.calendar.MonthEndRule;
import fr.cdgrules.core.calendar.PeriodCounting;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.notice.TerminationNotice;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A termination by notice (art. 7.3, « dénoncée … par notification écrite moyennant le respect d'un
 * préavis de 3 mois »): the written notice a signatory gave (a core {@link TerminationNotice}, the
 * input) and the date it takes effect (computed).
 *
 * <p>{@link #effectiveOn()} is core's convention: the first day on which the convention is no longer
 * in force; the last day in force is the day before. The three months are counted under
 * {@link #periodCounting()} and {@link #monthEndRule()}. Notified 30 November 2025:
 * <ul>
 *   <li>{@link PeriodCounting#CIVIL_PROCEDURE} (default) with {@link MonthEndRule#CLAMP_TO_MONTH_END}
 *       (default): last day in force 28 February 2026, effective 1 March 2026 (notified 30 November
 *       2027: last day 29 February 2028);
 *   <li>{@link PeriodCounting#EXPIRY_DAY_EXCLUDED} with {@link MonthEndRule#CLAMP_TO_MONTH_END}: effective
 *       28 February 2026 (last day in force 27 February), the reading before 0.2;
 *   <li>{@link PeriodCounting#EXPIRY_DAY_EXCLUDED} with {@link MonthEndRule#ROLL_TO_NEXT_MONTH}: effective
 *       1 March 2026 (last day 28 February);
 *   <li>{@link PeriodCounting#CIVIL_PROCEDURE} with {@link MonthEndRule#ROLL_TO_NEXT_MONTH}: the missing
 *       30 February rolls to 1 March, the last day in force; effective 2 March 2026.
 * </ul>
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableTerminationByNotice.class)
@JsonDeserialize(as = ImmutableTerminationByNotice.class)
public abstract class TerminationByNotice {
    TerminationByNotice() {}

    /** @return the notice as the signatory gave it */
    @JsonProperty("notice")
    public abstract TerminationNotice<Party> notice();

    /** @return the signatory that gave notice */
    public Party party() {
        return notice().givenBy();
    }

    /** @return the date the written notice was notified */
    public LocalDate notifiedOn() {
        return notice().notifiedOn();
    }

    /** @return the first day the convention is no longer in force (notice date + 3 calendar months) */
    @JsonProperty("effectiveOn")
    public abstract LocalDate effectiveOn();

    /** @return how the months were counted */
    @JsonProperty("monthEndRule")
    public abstract MonthEndRule monthEndRule();

    /** @return how the expiry day of the notice was counted; {@link PeriodCounting#CIVIL_PROCEDURE} when absent from JSON */
    @JsonProperty("periodCounting")
    @Value.Default
    public PeriodCounting periodCounting() {
        return PeriodCounting.CIVIL_PROCEDURE;
    }

    /** @return art. 7.3 */
    @JsonProperty("citation")
    public abstract Citation citation();

    static TerminationByNotice of(TerminationNotice<Party> notice, LocalDate effectiveOn, MonthEndRule rule,
            PeriodCounting counting, Citation citation) {
        return ImmutableTerminationByNotice.of(notice, effectiveOn, rule, counting, citation);
    }

    /** @return the last day in force, the day before {@link #effectiveOn()} */
    public LocalDate lastDayInForce() {
        return effectiveOn().minusDays(1);
    }

    /** @return how the effective date was found */
    public Explanation explanation() {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("party", party().label());
        inputs.put("notifiedOn", notifiedOn().toString());
        inputs.put("notice", PartnershipTerms.NOTICE.toString());
        inputs.put("monthEndRule", monthEndRule().name());
        inputs.put("periodCounting", periodCounting().name());
        String counting = periodCounting() == PeriodCounting.CIVIL_PROCEDURE
                ? "the notice runs from the notification and expires at the end of the day bearing the same number 3 "
                        + "months later, or the last day of that month when there is none (Code de procédure civile "
                        + "art. 641-642 by analogy); the convention is in force through that day"
                : "the day bearing the same number 3 months later is the first day no longer in force";
        return Explanation.of("termination notified by " + party().label() + " on " + notifiedOn(),
                TraceStep.of("notice of 3 calendar months (« préavis de 3 mois »): " + counting
                        + "; the notice ends the convention for all parties ("
                        + NoticeScopeReading.ENDS_THE_CONVENTION_FOR_ALL_PARTIES + ")", citation(), inputs,
                        "effective " + effectiveOn() + ", last day in force " + lastDayInForce()));
    }
}
