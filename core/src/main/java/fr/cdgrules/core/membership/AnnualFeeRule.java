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

    private AnnualFeeRule(String module, Territory territory, Timeline<StrataScale> tariff, Citation feeArticle) {
        this.module = module;
        this.territory = territory;
        this.tariff = tariff;
        this.feeArticle = feeArticle;
    }

    /**
     * @param module the module id
     * @param territory the territory served
     * @param tariff the date-versioned scale
     * @param feeArticle the article setting the fee
     * @return the rule
     */
    public static AnnualFeeRule of(String module, Territory territory, Timeline<StrataScale> tariff, Citation feeArticle) {
        return new AnnualFeeRule(module, territory, tariff, feeArticle);
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
        // the words of the explanation are built only if it is read (Explanation, TraceStep.deferred)
        Supplier<String> subject = () -> "annual fee of " + c + " for " + year + " (" + module + ")";
        Supplier<Map<String, String>> where = () -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("commune", c.toString());
            m.put("department", c.department());
            m.put("epciSiren", c.epciSiren().orElse("none"));
            return m;
        };
        List<Citation> territoryArticle = List.of(territory.citation());
        if (!territory.contains(c)) {
            String reason = territory.outsideReason(c);
            return AnnualFeeQuote.notEligible(module, year, c, reason, Optional.empty(), Explanation.deferred(subject,
                    List.of(TraceStep.deferred("territory served", territoryArticle, where, List.of(),
                            () -> "not eligible: " + reason))));
        }
        TraceStep inTerritory = TraceStep.deferred("territory served", territoryArticle, where, List.of(),
                () -> "within " + territory.description());
        InForce<StrataScale> scale = tariff.forYear(year);
        ParameterUse use = ParameterUse.of(scale, "scale of " + scale.version().effectiveFrom());
        Supplier<Map<String, String>> inputs = () -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("population", c.population().toString());
            m.put("year", year.toString());
            return m;
        };
        StratumLookup lookup = scale.value().lookup(c.population());
        if (!lookup.isEligible()) {
            String reason = "population outside the scale: " + lookup.reason().orElseThrow();
            return AnnualFeeQuote.notEligible(module, year, c, reason, Optional.of(use), Explanation.deferred(subject,
                    List.of(inTerritory, TraceStep.deferred("annual fee by population stratum", List.of(feeArticle),
                            inputs, List.of(use), () -> "not eligible: " + reason))));
        }
        Stratum s = lookup.orElseThrow();
        TraceStep feeStep = TraceStep.deferred("annual fee by population stratum", List.of(feeArticle), inputs,
                List.of(use), () -> "stratum '" + s.wording() + "' → " + s.annualFee().toDisplayString()
                        + (scale.isCarriedForward()
                                ? " (tariff of " + scale.version().effectiveFrom().getYear()
                                        + " still in force: no later deliberation)"
                                : ""));
        return AnnualFeeQuote.eligible(module, year, c, s, s.annualFee(), use,
                Explanation.deferred(subject, List.of(inTerritory, feeStep)));
    }
}
