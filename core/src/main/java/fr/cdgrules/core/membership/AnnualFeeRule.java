package fr.cdgrules.core.membership;

import fr.cdgrules.core.limits.Limits;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.explain.ParameterUse;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.strata.StrataScale;
import fr.cdgrules.core.strata.Stratum;
import fr.cdgrules.core.strata.StratumLookup;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.core.territory.Territory;
import fr.cdgrules.core.timeline.InForce;
import fr.cdgrules.core.timeline.Timeline;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The common shape of an annual fee by population stratum: the collectivity must be in the
 * territory; the scale in force on 1 January of the year (a date-versioned tariff) gives the
 * stratum and the fee; a population outside the scale is not eligible. Rule modules build one from
 * their tariff data and adjust its result (prepaid hours, exempt years).
 */
public final class AnnualFeeRule {
    private final String module;
    private final Territory territory;
    private final Timeline<StrataScale> tariff;
    private final Citation feeArticle;
    private final List<Citation> territoryArticle;
    private final List<Citation> feeArticles;
    /**
     * The tariff of each budget year once looked up, by year minus {@link Limits#MIN_YEAR}: the version
     * in force on 1 January never changes for a given timeline. Filled racily; each entry is an
     * immutable value with final fields, so any thread sees it whole or not at all (then looks it up).
     */
    private final YearTariff[] byYear = new YearTariff[Limits.MAX_YEAR - Limits.MIN_YEAR + 1];

    /** The version in force for a budget year and the record of its use, shared by every quote of that year. */
    private record YearTariff(InForce<StrataScale> scale, ParameterUse use, Optional<ParameterUse> optionalUse,
            List<ParameterUse> uses) {}

    private AnnualFeeRule(String module, Territory territory, Timeline<StrataScale> tariff, Citation feeArticle) {
        this.module = module;
        this.territory = territory;
        this.tariff = tariff;
        this.feeArticle = feeArticle;
        this.territoryArticle = List.of(territory.citation());
        this.feeArticles = List.of(feeArticle);
    }

    private YearTariff tariffFor(Year year) {
        int i = year.getValue() - Limits.MIN_YEAR; // the year is within the limits, checked by quote
        YearTariff t = byYear[i];
        if (t == null) {
            InForce<StrataScale> scale = tariff.forYear(year); // nothing in force: thrown each time, never kept
            ParameterUse use = ParameterUse.of(scale, "scale of " + scale.version().effectiveFrom());
            t = new YearTariff(scale, use, Optional.of(use), List.of(use));
            byYear[i] = t;
        }
        return t;
    }

    /**
     * @param module the module id
     * @param territory the territory served
     * @param tariff the date-versioned scale
     * @param feeArticle the article setting the fee
     * @return the rule
     * @throws NullPointerException if an argument is null
     */
    public static AnnualFeeRule of(String module, Territory territory, Timeline<StrataScale> tariff, Citation feeArticle) {
        return new AnnualFeeRule(java.util.Objects.requireNonNull(module, "module"),
                java.util.Objects.requireNonNull(territory, "territory"), java.util.Objects.requireNonNull(tariff, "tariff"),
                java.util.Objects.requireNonNull(feeArticle, "feeArticle"));
    }

    /** @return the date-versioned scale */
    public Timeline<StrataScale> tariff() {
        return tariff;
    }

    /**
     * @param c the collectivity, with its population
     * @param year the budget year
     * @return the quote
     * @throws fr.cdgrules.core.error.NothingInForceException if no tariff is in force on 1 January of the year
     * @throws NullPointerException if an argument is null
     * @throws fr.cdgrules.core.error.InvalidInputException if the year is outside {@link Limits}
     */
    public AnnualFeeQuote quote(Collectivity c, Year year) {
        java.util.Objects.requireNonNull(c, "c");
        Limits.year("year", year);
        // the explanation (its steps and their words) is built only if it is read (Explanation.deferred)
        Supplier<String> subject = () -> "annual fee of " + c + " for " + year + " (" + module + ")";
        if (!territory.contains(c)) {
            String reason = territory.outsideReason(c);
            return AnnualFeeQuote.notEligible(module, year, c, reason, Optional.empty(), Explanation.deferred(subject,
                    () -> List.of(territoryStep(c, "not eligible: " + reason))));
        }
        YearTariff yearTariff = tariffFor(year);
        StratumLookup lookup = yearTariff.scale().value().lookup(c.population());
        if (!lookup.isEligible()) {
            String reason = "population outside the scale: " + lookup.reason().orElseThrow();
            return AnnualFeeQuote.notEligible(module, year, c, reason, yearTariff.optionalUse(), Explanation.deferred(subject,
                    () -> List.of(territoryStep(c, "within " + territory.description()),
                            feeStep(c, year, yearTariff, "not eligible: " + reason))));
        }
        Stratum s = lookup.orElseThrow();
        return AnnualFeeQuote.eligible(module, year, c, s, s.annualFee(), yearTariff.use(),
                Explanation.deferred(subject, () -> List.of(territoryStep(c, "within " + territory.description()),
                        feeStep(c, year, yearTariff, feeResult(s, yearTariff.scale())))));
    }

    private TraceStep territoryStep(Collectivity c, String result) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("commune", c.toString());
        m.put("department", c.department());
        m.put("epciSiren", c.epciSiren().orElse("none"));
        return TraceStep.of("territory served", territoryArticle, m, List.of(), result);
    }

    private TraceStep feeStep(Collectivity c, Year year, YearTariff yearTariff, String result) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("population", c.population().toString());
        m.put("year", year.toString());
        return TraceStep.of("annual fee by population stratum", feeArticles, m, yearTariff.uses(), result);
    }

    private static String feeResult(Stratum s, InForce<StrataScale> scale) {
        return "stratum '" + s.wording() + "' → " + s.annualFee().toDisplayString()
                + (scale.isCarriedForward()
                        ? " (tariff of " + scale.version().effectiveFrom().getYear() + " still in force: no later deliberation)"
                        : "");
    }
}
