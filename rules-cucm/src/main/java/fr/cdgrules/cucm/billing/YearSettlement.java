package fr.cdgrules.cucm.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.explain.ParameterUse;
import fr.cdgrules.core.ledger.PrepaidLedger;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import java.time.Year;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The hours of a mission within one budget year, split as billed: hours worked and RTT generated
 * (billable), the prepaid hours of the year used first, the rest billed at the year's unit cost;
 * hours of leave, training, travel (and RTT taken, unless billed as recorded) not billed.
 *
 * <p>Always: {@code prepaidUsed + billed = worked + rttBilled}, exactly.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableYearSettlement.class)
@JsonDeserialize(as = ImmutableYearSettlement.class)
public abstract class YearSettlement {
    YearSettlement() {}

    /** @return the budget year */
    @JsonProperty("year")
    public abstract Year year();

    /**
     * @return the hourly unit cost of the first hours billed in the year, with its version (when a
     *     revision takes effect within the year, {@link #portions()} holds each cost)
     */
    @JsonProperty("hourlyCost")
    public abstract ParameterUse hourlyCost();

    /** @return the cost of the first hours billed in the year (see {@link #portions()}) */
    @JsonProperty("hourlyRate")
    public abstract Money hourlyRate();

    /** @return true if any hour of the year is priced at a cost no revision covers: the amount is provisional */
    @JsonProperty("costProvisional")
    public abstract boolean costProvisional();

    /**
     * @return the hours billed, cost by cost, in date order: one portion per cost in force on the days
     *     worked; one invoice line each
     */
    @JsonProperty("portions")
    public abstract java.util.List<CostPortion> portions();

    /** @return hours of work recorded (activity WORK) */
    @JsonProperty("hoursWorked")
    public abstract Hours hoursWorked();

    /** @return RTT hours generated and billed (art. 6) */
    @JsonProperty("rttHoursBilled")
    public abstract Hours rttHoursBilled();

    /** @return hours recorded but not billed: leave, training, travel, RTT taken */
    @JsonProperty("hoursNotBilled")
    public abstract Hours hoursNotBilled();

    /** @return the year's cotisation */
    @JsonProperty("cotisation")
    public abstract Money cotisation();

    /** @return the prepaid hours the cotisation bought */
    @JsonProperty("prepaidGranted")
    public abstract Hours prepaidGranted();

    /** @return the prepaid hours used before this mission */
    @JsonProperty("prepaidAlreadyUsed")
    public abstract Hours prepaidAlreadyUsed();

    /** @return the prepaid hours this mission used */
    @JsonProperty("prepaidUsed")
    public abstract Hours prepaidUsed();

    /** @return the hours billed: worked + RTT billed − prepaid used */
    @JsonProperty("hoursBilled")
    public abstract Hours hoursBilled();

    /** @return the prepaid-hours ledger of the year after this mission */
    @JsonProperty("ledger")
    public abstract PrepaidLedger ledger();

    /** @return the billable hours: worked + RTT billed */
    public Hours hoursBillable() {
        return hoursWorked().plus(rttHoursBilled());
    }

    /**
     * @return the amount of the year: for each cost, hours billed × hourly rate rounded once to the cent,
     *     half up; summed exactly
     */
    public Money amount() {
        return Money.total(portions().stream().map(CostPortion::amount).toList());
    }

    /** @return the prepaid hours left in the year after this mission (forfeited when the year closes) */
    public Hours prepaidBalance() {
        return ledger().balance(year());
    }

    static YearSettlement of(Year year, java.util.List<CostPortion> portions, Hours hoursWorked,
            Hours rttHoursBilled, Hours hoursNotBilled, Money cotisation, Hours prepaidGranted,
            Hours prepaidAlreadyUsed, Hours prepaidUsed, Hours hoursBilled, PrepaidLedger ledger) {
        CostPortion first = portions.get(0);
        boolean provisional = portions.stream().anyMatch(CostPortion::provisional);
        return ImmutableYearSettlement.of(year, first.hourlyCost(), first.hourlyRate(), provisional, portions,
                hoursWorked, rttHoursBilled, hoursNotBilled, cotisation, prepaidGranted, prepaidAlreadyUsed,
                prepaidUsed, hoursBilled, ledger);
    }
}
