package fr.cdgrules.core.simulation;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.module.AnnualFees;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.territory.Collectivity;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The annual fees of a set of communes for one year under the tariff in force and under a proposed
 * one. A commune not eligible under a tariff pays 0 € under it.
 *
 * <p>Strata: a commune is counted in its stratum under the tariff in force (so that counts match
 * {@code batch}); a commune eligible only under the proposal is counted in its proposed stratum,
 * marked « (proposal only) ». Always: the total difference is the exact sum of the per-commune
 * differences, and of the per-stratum differences.
 */
public final class TariffSimulation {
    /** The suffix of a stratum where only the proposal makes communes eligible. */
    public static final String PROPOSAL_ONLY = " (proposal only)";

    private final Year year;
    private final List<CommuneChange> communes;

    private TariffSimulation(Year year, List<CommuneChange> communes) {
        this.year = year;
        this.communes = communes;
    }

    /**
     * @param communes the communes, with the populations to use
     * @param year the budget year
     * @param inForce the fee under the tariff in force
     * @param proposed the fee under the proposal
     * @return the simulation
     * @throws fr.cdgrules.core.error.NothingInForceException if a tariff has nothing in force that year
     * @throws NullPointerException if an argument is null, naming it
     */
    public static TariffSimulation of(List<Collectivity> communes, Year year, AnnualFees inForce, AnnualFees proposed) {
        Objects.requireNonNull(communes, "communes");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(inForce, "inForce");
        Objects.requireNonNull(proposed, "proposed");
        List<CommuneChange> out = new ArrayList<>(communes.size());
        for (Collectivity c : communes) {
            AnnualFeeQuote b = inForce.quote(c, year);
            AnnualFeeQuote a = proposed.quote(c, year);
            out.add(new CommuneChange(c.code(), c.name(), c.population().inhabitants(),
                    b.stratum().map(s -> s.wording()), b.annualFee().orElse(Money.ZERO),
                    a.stratum().map(s -> s.wording()), a.annualFee().orElse(Money.ZERO)));
        }
        return new TariffSimulation(year, List.copyOf(out));
    }

    /** @return the budget year */
    @JsonProperty("year")
    public Year year() {
        return year;
    }

    /** @return every commune simulated, in the order given */
    @JsonProperty("communes")
    public List<CommuneChange> communes() {
        return communes;
    }

    /** @return the communes whose fee changes */
    @JsonProperty("changes")
    public List<CommuneChange> changes() {
        return communes.stream().filter(CommuneChange::changes).toList();
    }

    /** @return the revenue per stratum, by increasing population */
    @JsonProperty("strata")
    public List<StratumRevenue> strata() {
        Map<String, List<CommuneChange>> by = new LinkedHashMap<>();
        communes.stream().sorted(Comparator.comparingLong(CommuneChange::population)).forEach(c -> {
            Optional<String> key = c.stratumBefore().or(() -> c.stratumAfter().map(s -> s + PROPOSAL_ONLY));
            key.ifPresent(k -> by.computeIfAbsent(k, x -> new ArrayList<>()).add(c));
        });
        List<StratumRevenue> out = new ArrayList<>();
        by.forEach((s, l) -> out.add(new StratumRevenue(s, l.size(),
                Money.total(l.stream().map(CommuneChange::before).toList()),
                Money.total(l.stream().map(CommuneChange::after).toList()))));
        return List.copyOf(out);
    }

    /** @return the revenue under the tariff in force */
    @JsonProperty("totalBefore")
    public Money totalBefore() {
        return Money.total(communes.stream().map(CommuneChange::before).toList());
    }

    /** @return the revenue under the proposal */
    @JsonProperty("totalAfter")
    public Money totalAfter() {
        return Money.total(communes.stream().map(CommuneChange::after).toList());
    }

    /** @return after − before */
    @JsonProperty("totalDifference")
    public Money totalDifference() {
        return totalAfter().minus(totalBefore());
    }

    /**
     * Two simulations are equal when they are for the same year and hold the same communes, in the same
     * order, with the same populations, strata and fees under each tariff. The two fee schedules that
     * produced them are not compared (services, kept by neither): two schedules giving the same fees give
     * equal simulations. The strata and totals follow from the communes.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof TariffSimulation other && year.equals(other.year) && communes.equals(other.communes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, communes);
    }

    @Override
    public String toString() {
        return "tariff simulation " + year + ": " + communes.size() + " communes, " + totalBefore().toDisplayString()
                + " → " + totalAfter().toDisplayString();
    }
}
