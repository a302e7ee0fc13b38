package fr.cdgrules.cucm.cotisation;

import fr.cdgrules.core.error.ConventionNotInForceException;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.membership.AnnualFeeRule;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.strata.StrataScale;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.core.timeline.InForce;
import fr.cdgrules.core.timeline.Timeline;
import fr.cdgrules.core.timeline.Version;
import fr.cdgrules.cucm.cost.HourlyUnitCost;
import fr.cdgrules.cucm.convention.FrameworkPeriod;
import fr.cdgrules.cucm.cost.UnitCosts;
import fr.cdgrules.cucm.CucmArticles;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The annual cotisation (art. 5 and annexe 2 (barème)) and the prepaid work it buys.
 *
 * <table>
 *   <caption>Barème (art. 5)</caption>
 *   <tr><th>Strate démographique</th><th>Cotisation</th><th>Jours prépayés (7 h/jour)</th></tr>
 *   <tr><td>De 1 à 999 habitants</td><td>210 €</td><td>1</td></tr>
 *   <tr><td>De 1000 à 2 499 habitants</td><td>420 €</td><td>2</td></tr>
 *   <tr><td>De 2 500 à 4 499 habitants</td><td>630 €</td><td>3</td></tr>
 *   <tr><td>De 4 500 à 9 999 habitants</td><td>840 €</td><td>4</td></tr>
 *   <tr><td>Au-delà de 10 000 habitants</td><td>1 050 €</td><td>5</td></tr>
 * </table>
 *
 * <ul>
 *   <li>Only the member communes of the CUCM may join (art. 3, "Toutes les communes de la CUCM");
 *       any other collectivity is not eligible, with that reason.
 *   <li>"Cette cotisation sera à acquitter tous les ans de façon forfaitaire quel que soit la date
 *       d'adhésion de la commune": the full amount is due every year, never prorated — including
 *       2024, although the convention ends on 30 June 2024 (art. 9).
 *   <li>"Pour l'année 2022 [...] aucune cotisation ne sera demandée aux communes": 0 € for 2022,
 *       hence no prepaid hours.
 *   <li>"Si toutefois aucun remplacement n'est sollicité dans l'année, le montant de la cotisation
 *       acquitté restera acquis à la CUCM sans remboursement possible": never refunded.
 *   <li>The cotisation buys "un nombre de jour de travail équivalent « payés d'avance »" that "variera
 *       en fonction du montant du cout horaire": prepaid hours = cotisation ÷ hourly unit cost of the
 *       year, exact (210 € at 30 €/h = 7 h; at 31.50 €/h = 20/3 h).
 *   <li>No year after the convention's last day (30 June 2024, art. 9, "non reconductible de façon
 *       tacite", or the last day a reconduction decided after the bilan sets, {@link FrameworkPeriod})
 *       has a cotisation: {@link ConventionNotInForceException}, since no commune could owe one.
 *   <li>A quote is what an adherent commune of the stratum owes (« les communes adhérentes devront
 *       s'acquitter »): the explanation says so; a commune owes it once it has adhered (art. 4).
 * </ul>
 *
 * <p>The scale is a date-versioned parameter whose first version is recorded as in force from
 * 1 January 2022: it is a scale of <em>annual</em> cotisations, looked up by budget year. Immutable
 * and thread-safe.
 */
public final class CotisationRule {
    /** The name of the parameter. */
    public static final String PARAMETER = "cucm.cotisation";

    /** The only year without cotisation (« Pour l'année 2022 »), parameter {@code exemptYear} of the descriptor. */
    public static final Year EXEMPT_YEAR = Year.of(fr.cdgrules.cucm.CucmParameters.whole("exemptYear"));

    private static final Timeline<StrataScale> BUNDLED = loadAndVerify();

    private final Timeline<StrataScale> scale;
    private final TenThousandReading reading;
    private final UnitCosts costs;
    private final AnnualFeeRule feeRule;

    private final FrameworkPeriod period;

    private CotisationRule(Timeline<StrataScale> scale, TenThousandReading reading, UnitCosts costs,
            FrameworkPeriod period) {
        this.reading = reading;
        this.costs = costs;
        this.period = period;
        this.scale = Timeline.of(scale.parameter(), scale.versions().stream()
                .map(v -> v.withValue(reading.apply(v.value())))
                .toList());
        this.feeRule = AnnualFeeRule.of("cucm", fr.cdgrules.cucm.CucmDescriptor.bundled().territory(), this.scale, CucmArticles.ART_5);
    }

    /**
     * @return the scale as bundled (parameter {@code cotisation} of {@code cucm.yaml}), in the text's wording,
     *     with 10 000 in the top stratum; its prepaid-days column was checked at load time
     */
    public static Timeline<StrataScale> bundledScale() {
        return BUNDLED;
    }

    /**
     * @param scale the scale, as bundled (top stratum from 10 000)
     * @param reading the reading of 10 000
     * @param costs the hourly unit costs
     * @return the rule
     */
    public static CotisationRule of(Timeline<StrataScale> scale, TenThousandReading reading, UnitCosts costs) {
        return of(scale, reading, costs, FrameworkPeriod.initial());
    }

    /**
     * @param scale the scale, as bundled (top stratum from 10 000)
     * @param reading the reading of 10 000
     * @param costs the hourly unit costs
     * @param period the framework convention's period of force, with its reconductions
     * @return the rule
     * @throws NullPointerException if an argument is null
     */
    public static CotisationRule of(Timeline<StrataScale> scale, TenThousandReading reading, UnitCosts costs,
            FrameworkPeriod period) {
        return new CotisationRule(Objects.requireNonNull(scale, "scale"), Objects.requireNonNull(reading, "reading"),
                Objects.requireNonNull(costs, "costs"), Objects.requireNonNull(period, "period"));
    }

    /**
     * @param reading the reading of 10 000
     * @param costs the hourly unit costs
     * @return the rule on the bundled scale
     */
    public static CotisationRule bundled(TenThousandReading reading, UnitCosts costs) {
        return of(BUNDLED, reading, costs);
    }

    /**
     * @param reading the reading of 10 000
     * @param costs the hourly unit costs
     * @param period the framework convention's period of force
     * @return the rule on the bundled scale
     */
    public static CotisationRule bundled(TenThousandReading reading, UnitCosts costs, FrameworkPeriod period) {
        return of(BUNDLED, reading, costs, period);
    }

    /** @return the framework convention's period of force the rule applies in */
    public FrameworkPeriod period() {
        return period;
    }

    /** @return the hourly unit costs */
    public UnitCosts costs() {
        return costs;
    }

    /** @return the scale under the reading chosen */
    public Timeline<StrataScale> scale() {
        return scale;
    }

    /** @return the reading of 10 000 */
    public TenThousandReading reading() {
        return reading;
    }

    /**
     * The cotisation of a collectivity for a budget year, with the prepaid hours it buys.
     *
     * @param commune the collectivity, with its population
     * @param year the budget year
     * @return the quote: not eligible outside the CUCM or outside the scale
     * @throws fr.cdgrules.core.error.NothingInForceException for a year before 2022
     * @throws ConventionNotInForceException for a year after the convention's last day (30 June 2024, or
     *     as reconducted)
     */
    public AnnualFeeQuote quote(Collectivity commune, Year year) {
        java.util.Objects.requireNonNull(commune, "commune");
        java.util.Objects.requireNonNull(year, "year");
        String subject = "cotisation of " + commune + " for " + year;
        Year lastYear = period.lastYear();
        if (year.isAfter(lastYear)) {
            // « conclue pour une durée de 2 ans non reconductible de façon tacite qui viendra à expiration à la
            // date du 30 juin 2024 »: no collectivity can owe a cotisation after the last year in force
            throw new ConventionNotInForceException("a cotisation for " + year + " (the framework convention is "
                    + "« non reconductible de façon tacite »" + (period.reconductions().isEmpty() ? ""
                    : "; reconducted until " + period.lastDay()) + ")", period.start(), period.lastDay(),
                    period.reconductions().isEmpty() ? CucmArticles.ART_9 : CucmArticles.ART_12);
        }
        AnnualFeeQuote quote = feeRule.quote(commune, year);
        if (!quote.eligible()) {
            return quote;
        }
        if (commune.population().inhabitants() == TenThousandReading.boundary(BUNDLED.forYear(year).value())) {
            quote = quote.plus(TraceStep.of("reading of the 10 000 boundary", CucmArticles.ANNEX_2_SCALE,
                    Map.of("reading", "TenThousandReading." + reading.name()),
                    "« De 4 500 à 9 999 habitants » / « Au-delà de 10 000 habitants »: 10 000 read in the "
                            + (reading == TenThousandReading.TOP_STRATUM ? "top" : "fourth") + " stratum"));
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("year", year.toString());
        if (year.equals(EXEMPT_YEAR)) {
            inputs.put("scale fee", quote.annualFee().orElseThrow().toDisplayString());
            quote = quote.withAnnualFee(Money.ZERO, TraceStep.of("no cotisation for " + EXEMPT_YEAR, CucmArticles.ART_5, inputs,
                    "0.00 €: « Pour l'année 2022, et en raison des périodes de formation et d'immersion à organiser "
                            + "pour l'agent remplaçant aucune cotisation ne sera demandée aux communes »"));
            return quote.withPrepaidHours(Hours.ZERO, TraceStep.of("prepaid work bought by the cotisation",
                    CucmArticles.ART_5, Map.of("cotisation", "0.00 €"), "0 h: no cotisation, no prepaid work in " + EXEMPT_YEAR));
        }
        quote = quote.plus(TraceStep.of("what an adherent commune of this stratum owes",
                List.of(CucmArticles.ART_4, CucmArticles.ANNEX_1, CucmArticles.ART_5), Map.of("stratum",
                        quote.stratum().map(fr.cdgrules.core.strata.Stratum::wording).orElse("")), List.of(),
                "the cotisation « dont les communes adhérentes devront s'acquitter tous les ans »: owed once the commune "
                        + "has adhered (deliberation of its council, then annex 1 signed); a commune that has not "
                        + "adhered owes nothing"));
        Money fee = quote.annualFee().orElseThrow();
        quote = quote.plus(TraceStep.of("cotisation due in full every year", List.of(CucmArticles.ART_5, CucmArticles.ANNEX_2_SCALE),
                inputs, List.of(), fee.toDisplayString() + " due for the whole of " + year + ", whatever the adhesion "
                        + "date (« tous les ans de façon forfaitaire quel que soit la date d'adhésion »), not refunded if "
                        + "no replacement is asked (« restera acquis à la CUCM sans remboursement possible »)"));
        InForce<HourlyUnitCost> cost = costs.forYear(year);
        Hours prepaid = fee.dividedBy(cost.value().hourlyRate());
        Map<String, String> prepaidInputs = new LinkedHashMap<>();
        prepaidInputs.put("cotisation", fee.toDisplayString());
        return quote.withPrepaidHours(prepaid, TraceStep.of("prepaid work bought by the cotisation",
                List.of(CucmArticles.ART_5), prepaidInputs, List.of(UnitCosts.use(cost)),
                fee + " € ÷ " + cost.value().hourlyRate() + " €/h = " + prepaid + " h « payées d'avance »; "
                        + UnitCosts.describe(cost)));
    }

    private static Timeline<StrataScale> loadAndVerify() {
        Timeline<StrataScale> scale = fr.cdgrules.cucm.CucmDescriptor.bundled().parameter("cotisation").scales();
        PrepaidDaysColumn column = PrepaidDaysColumn.bundled();
        Year costYear = Year.of(column.costYear());
        column.verify(scale.forYear(costYear).value(), UnitCosts.bundled().forYear(costYear).value().hourlyRate());
        return scale;
    }
}
