package fr.cdgrules.cdg44.partnership;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.calendar.MonthEndRule;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A written notice of termination by a signatory (art. 7.3, « dénoncée … par notification écrite
 * moyennant le respect d'un préavis de 3 mois ») and the date it takes effect.
 *
 * <p>{@link #effectiveOn()} is core's convention: the first day on which the convention is no longer
 * in force, the notice date plus three calendar months counted under {@link #monthEndRule()}; the
 * last day in force is the day before. Notified 30 November 2025: effective 28 February 2026 (last
 * day in force 27 February) under {@link MonthEndRule#CLAMP_TO_MONTH_END}, 1 March 2026 (last day
 * 28 February) under {@link MonthEndRule#ROLL_TO_NEXT_MONTH}.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableTerminationNotice.class)
@JsonDeserialize(as = ImmutableTerminationNotice.class)
public abstract class TerminationNotice {
    TerminationNotice() {}

    /** @return the signatory that gave notice */
    @JsonProperty("party")
    public abstract Party party();

    /** @return the date the written notice was notified */
    @JsonProperty("notifiedOn")
    public abstract LocalDate notifiedOn();

    /** @return the first day the convention is no longer in force (notice date + 3 calendar months) */
    @JsonProperty("effectiveOn")
    public abstract LocalDate effectiveOn();

    /** @return how the months were counted */
    @JsonProperty("monthEndRule")
    public abstract MonthEndRule monthEndRule();

    /** @return art. 7.3 */
    @JsonProperty("citation")
    public abstract Citation citation();

    static TerminationNotice of(Party party, LocalDate notifiedOn, LocalDate effectiveOn, MonthEndRule rule,
            Citation citation) {
        return ImmutableTerminationNotice.of(party, notifiedOn, effectiveOn, rule, citation);
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
        return Explanation.of("termination notified by " + party().label() + " on " + notifiedOn(),
                TraceStep.of("notice of 3 calendar months (« préavis de 3 mois »); the effective date is the first day "
                        + "no longer in force; the notice ends the convention for all parties ("
                        + NoticeScopeReading.ENDS_THE_CONVENTION_FOR_ALL_PARTIES + ")", citation(), inputs,
                        "effective " + effectiveOn() + ", last day in force " + lastDayInForce()));
    }
}
