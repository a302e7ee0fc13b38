package fr.cdgrules.cdg62.assistance;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.finding.Findings;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.money.Hours;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The yearly compliance report of the assistance minimum (art. 3-3) at a date: one
 * {@link AssistanceYear} per year of the convention begun by that date, the readings used, and
 * warnings about logged sessions that could not be counted.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableAssistanceReport.class)
@JsonDeserialize(as = ImmutableAssistanceReport.class)
public abstract class AssistanceReport {
    AssistanceReport() {}

    /** @return the date of the report */
    @JsonProperty("asOf")
    public abstract LocalDate asOf();

    /** @return which years are counted */
    @JsonProperty("yearReading")
    public abstract AssistanceYearReading yearReading();

    /** @return what a partial year owes */
    @JsonProperty("partialYearReading")
    public abstract PartialYearReading partialYearReading();

    /** @return the years begun by the report date, in order */
    @JsonProperty("years")
    public abstract List<AssistanceYear> years();

    /** @return warnings (sessions outside the convention or after the report date, not counted) */
    @JsonProperty("findings")
    public abstract Findings findings();

    static AssistanceReport of(LocalDate asOf, AssistanceYearReading yearReading, PartialYearReading partial,
            List<AssistanceYear> years, Findings findings) {
        return ImmutableAssistanceReport.of(asOf, yearReading, partial, years, findings);
    }

    /** @return the hours due over the years reported */
    public Hours totalDue() {
        return years().stream().map(AssistanceYear::hoursDue).reduce(Hours.ZERO, Hours::plus);
    }

    /** @return the hours delivered over the years reported */
    public Hours totalDelivered() {
        return years().stream().map(AssistanceYear::hoursDelivered).reduce(Hours.ZERO, Hours::plus);
    }

    /**
     * @return the sum of the yearly shortfalls, including the year still running (what remains to
     *     deliver in it); a surplus of one year never offsets another
     */
    public Hours totalShortfall() {
        return years().stream().map(AssistanceYear::shortfall).reduce(Hours.ZERO, Hours::plus);
    }

    /** @return the shortfall of the closed years only: hours the CDG 62 owed and did not deliver */
    public Hours overdueShortfall() {
        return breaches().stream().map(AssistanceYear::shortfall).reduce(Hours.ZERO, Hours::plus);
    }

    /** @return the closed years whose minimum was not met */
    public List<AssistanceYear> breaches() {
        return years().stream().filter(y -> y.closed() && !y.isMet()).toList();
    }
}
