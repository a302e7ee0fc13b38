package fr.cdgrules.cucm.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.explain.ParameterUse;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import java.time.LocalDate;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The hours of a budget year billed at one hourly unit cost: each hour is priced at the cost in force
 * on the day it was worked (art. 5, « révisé tous les ans »; a revision takes effect on the date its
 * decision gives). One invoice line each: hours billed × cost, rounded once to the cent, half up.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCostPortion.class)
@JsonDeserialize(as = ImmutableCostPortion.class)
public abstract class CostPortion {
    CostPortion() {}

    /** @return the first day of the year billed at this cost */
    @JsonProperty("firstDay")
    public abstract LocalDate firstDay();

    /** @return the cost, with its version and decision */
    @JsonProperty("hourlyCost")
    public abstract ParameterUse hourlyCost();

    /** @return the cost of one hour */
    @JsonProperty("hourlyRate")
    public abstract Money hourlyRate();

    /** @return true if no revision covers these days: the cost is carried forward and provisional */
    @JsonProperty("provisional")
    public abstract boolean provisional();

    /** @return the hours billed at this cost */
    @JsonProperty("hoursBilled")
    public abstract Hours hoursBilled();

    static CostPortion of(LocalDate firstDay, ParameterUse hourlyCost, Money hourlyRate, boolean provisional,
            Hours hoursBilled) {
        return ImmutableCostPortion.of(firstDay, hourlyCost, hourlyRate, provisional, hoursBilled);
    }

    /** @return hours billed × hourly rate, rounded once to the cent, half up */
    public Money amount() {
        return hourlyRate().multipliedBy(hoursBilled());
    }
}
