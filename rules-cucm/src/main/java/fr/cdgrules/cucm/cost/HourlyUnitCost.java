package fr.cdgrules.cucm.cost;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.cucm.CucmArticles;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The hourly unit cost of the service (coût unitaire de fonctionnement, art. 5) for a year, with the
 * structure-cost rate it was built with.
 *
 * <p>Art. 5: "Pour l'année 2022, ce cout est fixé à 30 € de l'heure. Il sera révisé tous les ans
 * notamment en fonction de l'évolution des traitements dans la fonction publique territoriale et de
 * l'évolution du montant des frais de structure de la CUCM (15,10 % pour l'année 2022)." The cost
 * covers "le cout salarial de l'agent, et [...] les frais de structure de la CUCM"; the rate of the
 * structure costs is recorded with the cost as an exact decimal percentage ({@code 15.10}), for
 * information: the unit cost itself is what is billed.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableHourlyUnitCost.class)
@JsonDeserialize(as = ImmutableHourlyUnitCost.class)
public abstract class HourlyUnitCost {
    HourlyUnitCost() {}

    /** @return the cost of one hour of the agent's work, e.g. 30.00 € for 2022 */
    @JsonProperty("hourlyRate")
    public abstract Money hourlyRate();

    /**
     * @return the structure-cost rate of the CUCM the cost includes, in percent, exact (15.10 for
     *     2022); empty when the decision setting the cost does not state it
     */
    @JsonProperty("structureCostRate")
    public abstract Optional<BigDecimal> structureCostRate();

    /**
     * @param hourlyRate the cost of one hour, positive
     * @param structureCostRate the structure-cost rate in percent, exact (e.g. {@code 15.10})
     * @return the unit cost
     * @throws InvalidInputException if the rate is not positive or the percentage negative
     */
    public static HourlyUnitCost of(Money hourlyRate, BigDecimal structureCostRate) {
        java.util.Objects.requireNonNull(structureCostRate, "structureCostRate");
        return ImmutableHourlyUnitCost.of(hourlyRate, Optional.of(structureCostRate));
    }

    /**
     * @param hourlyRate the cost of one hour, positive
     * @return the unit cost, structure-cost rate not stated
     */
    public static HourlyUnitCost of(Money hourlyRate) {
        return ImmutableHourlyUnitCost.of(hourlyRate, Optional.empty());
    }

    @Value.Check
    void check() {
        if (hourlyRate().signum() <= 0) {
            throw new InvalidInputException("hourlyUnitCost.hourlyRate", CucmArticles.ART_5,
                    "the hourly unit cost must be positive, got " + hourlyRate());
        }
        structureCostRate().ifPresent(r -> {
            if (r.signum() < 0) {
                throw new InvalidInputException("hourlyUnitCost.structureCostRate", CucmArticles.ART_5,
                        "a structure-cost rate cannot be negative, got " + r.toPlainString());
            }
        });
    }

    @Override
    public String toString() {
        return hourlyRate().toDisplayString() + "/h"
                + structureCostRate().map(r -> " (frais de structure " + r.toPlainString() + " %)").orElse("");
    }
}
