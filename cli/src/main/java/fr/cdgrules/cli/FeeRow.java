package fr.cdgrules.cli;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.explain.ParameterUse;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.module.AnnualFees;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.cli.data.Commune;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One commune's annual fee under one module, as the command line shows it: the module's
 * {@link AnnualFeeQuote}, or — for a commune the data gives no population — a "not eligible" row
 * saying so (after the territory check, which needs no population).
 */
final class FeeRow {
    /** The CSV header of {@code batch --format csv}: a contract for scripts. */
    static final String CSV_HEADER = "code,name,population,eligible,stratum,annualFee,prepaidHours";

    private final String module;
    private final Year year;
    private final Commune commune;
    private final OptionalLong population;
    private final boolean populationGiven;
    private final Optional<AnnualFeeQuote> quote;
    private final Optional<String> reason;
    private final List<Citation> citations;

    private FeeRow(String module, Year year, Commune commune, OptionalLong population, boolean populationGiven,
            Optional<AnnualFeeQuote> quote, Optional<String> reason, List<Citation> citations) {
        this.module = module;
        this.year = year;
        this.commune = commune;
        this.population = population;
        this.populationGiven = populationGiven;
        this.quote = quote;
        this.reason = reason;
        this.citations = citations;
    }

    /**
     * Quotes a commune.
     *
     * @param module the module
     * @param fees its annual-fee capability
     * @param commune the commune
     * @param givenPopulation a population given by the user, replacing the data's
     * @param year the budget year
     * @return the row
     * @throws fr.cdgrules.core.error.NothingInForceException if no tariff is in force that year
     */
    static FeeRow quote(RuleModule module, AnnualFees fees, Commune commune, OptionalLong givenPopulation, Year year) {
        OptionalLong population = givenPopulation.isPresent() ? givenPopulation : commune.population();
        if (population.isEmpty()) {
            // no population: the territory (which needs none) still decides first
            Collectivity placeholder = commune.withPopulation(0);
            if (!module.territory().contains(placeholder)) {
                return new FeeRow(module.id(), year, commune, population, false, Optional.empty(),
                        Optional.of(module.territory().outsideReason(placeholder)),
                        List.of(module.territory().citation()));
            }
            return new FeeRow(module.id(), year, commune, population, false, Optional.empty(),
                    Optional.of("no legal population: the INSEE 2026 data gives none for " + commune
                            + " (field population)"), List.of());
        }
        AnnualFeeQuote q = fees.quote(commune.withPopulation(population.getAsLong()), year);
        return new FeeRow(module.id(), year, commune, population, givenPopulation.isPresent(), Optional.of(q),
                q.reason(), q.citations());
    }

    String module() {
        return module;
    }

    Year year() {
        return year;
    }

    Commune commune() {
        return commune;
    }

    OptionalLong population() {
        return population;
    }

    boolean eligible() {
        return quote.isPresent() && quote.get().eligible(); // (plain code: a lambda costs a one-shot command its linking)
    }

    Optional<String> reason() {
        return reason;
    }

    Optional<String> stratum() {
        return quote.isPresent() && quote.get().stratum().isPresent()
                ? Optional.of(quote.get().stratum().get().wording()) : Optional.empty();
    }

    Optional<Money> annualFee() {
        return quote.isPresent() ? quote.get().annualFee() : Optional.empty();
    }

    Optional<Hours> prepaidHours() {
        return quote.isPresent() ? quote.get().prepaidHours() : Optional.empty();
    }

    Optional<ParameterUse> tariff() {
        return quote.isPresent() ? quote.get().tariff() : Optional.empty();
    }

    List<Citation> citations() {
        return citations;
    }

    Optional<AnnualFeeQuote> quote() {
        return quote;
    }

    /**
     * The JSON object of {@code quote --format json} (and of each element of {@code batch --format json}).
     *
     * @param explain true to add the full explanation
     * @return the fields, in order
     */
    Map<String, Object> toJson(boolean explain) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("module", module);
        m.put("year", year.getValue());
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("code", commune.code());
        c.put("name", commune.name());
        c.put("department", commune.department());
        c.put("epciSiren", commune.epciSiren().orElse(null));
        c.put("population", population.isPresent() ? population.getAsLong() : null);
        c.put("populationSource", population.isEmpty() ? null
                : populationGiven ? "given (--population)" : "INSEE 2026 population municipale");
        m.put("commune", c);
        m.put("eligible", eligible());
        reason.ifPresent(r -> m.put("reason", r));
        m.put("stratum", stratum().orElse(null));
        m.put("annualFee", annualFee().map(Money::toString).orElse(null));
        m.put("prepaidHours", prepaidHours().map(Hours::toString).orElse(null));
        m.put("tariff", tariff().map(FeeRow::tariffJson).orElse(null));
        m.put("citations", citations.stream().map(Citation::toString).toList());
        if (explain) {
            m.put("explanation", quote.map(AnnualFeeQuote::explanation).orElse(null));
        }
        return m;
    }

    private static Map<String, Object> tariffJson(ParameterUse t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parameter", t.parameter());
        m.put("effectiveFrom", t.effectiveFrom().toString());
        m.put("source", t.source().decision());
        m.put("citation", t.source().citation().toString());
        m.put("carriedForward", t.carriedForward());
        m.put("origin", t.origin().name());
        return m;
    }

    /** @return the CSV fields, in the order of {@link #CSV_HEADER} */
    List<String> toCsv() {
        return List.of(commune.code(), commune.name(),
                population.isPresent() ? Long.toString(population.getAsLong()) : "",
                Boolean.toString(eligible()),
                stratum().orElse(""),
                annualFee().map(Money::toString).orElse(""),
                prepaidHours().map(Hours::toString).orElse(""));
    }
}
