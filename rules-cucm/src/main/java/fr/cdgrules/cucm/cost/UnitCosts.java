package fr.cdgrules.cucm.cost;

import fr.cdgrules.core.explain.ParameterUse;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.timeline.InForce;
import fr.cdgrules.core.timeline.Timeline;
import fr.cdgrules.core.timeline.Version;
import fr.cdgrules.cucm.CucmArticles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * The hourly unit costs of the service, year by year: a date-versioned parameter (art. 5: "fixé à
 * 30 € de l'heure [pour l'année 2022]. Il sera révisé tous les ans").
 *
 * <h2>Readings</h2>
 * <ul>
 *   <li>A revision takes effect on the date its decision gives ({@link Version#effectiveFrom()}),
 *       never moved to another date: each hour is priced at the cost in force on the day it was worked
 *       ({@link #at(LocalDate)}); a revision from 1 July 2024 prices the hours of 1 July 2024 on, those of
 *       30 June 2024 keep the earlier cost.
 *   <li>The prepaid hours a cotisation buys are counted at the cost of the budget year, the version in
 *       force on 1 January ({@link #forYear}), the day the grant is recorded.
 *       The bundled 2022 cost is recorded as in force from 1 January 2022, although the deliberation
 *       setting it is dated 30 June 2022 and no hour can be worked before 1 July 2022 (art. 9).
 *   <li>A cost is <em>provisional</em> on a day only when no revision covers that day: the version in
 *       force took effect in an earlier calendar year and is carried forward ({@link InForce#isCarriedForward()};
 *       "Il sera révisé tous les ans", "Les nouveaux coûts seront communiqués, tous les ans, aux
 *       communes adhérentes"). With a revision from 1 July 2024, 1 July 2024 on is final; 1 January to
 *       30 June 2024, still under the 2022 cost, is provisional.
 * </ul>
 *
 * <p>The bundled data (parameters {@code hourlyUnitCost} and {@code structureCostRate} of {@code cucm.yaml}) hold the 2022 cost only; a
 * caller records a revision with {@link #with(Version)}. Immutable and thread-safe.
 */
public final class UnitCosts {
    /** The name of the parameter. */
    public static final String PARAMETER = "cucm.hourly-unit-cost";

    private static final UnitCosts BUNDLED = of(fr.cdgrules.cucm.CucmDescriptor.bundled());

    private final Timeline<HourlyUnitCost> timeline;

    private UnitCosts(Timeline<HourlyUnitCost> timeline) {
        this.timeline = timeline;
    }

    /** @return the costs bundled with the module (2022: 30 €/h, frais de structure 15.10 %) */
    public static UnitCosts bundled() {
        return BUNDLED;
    }

    /**
     * @param timeline the costs, date-versioned
     * @return the costs
     */
    public static UnitCosts of(Timeline<HourlyUnitCost> timeline) {
        java.util.Objects.requireNonNull(timeline, "timeline");
        return new UnitCosts(Objects.requireNonNull(timeline, "timeline"));
    }

    /**
     * Records a revised cost (e.g. the cost the CUCM communicates for a new year).
     *
     * @param revision the new version, with its effective date and the decision setting it
     * @return these costs with the revision
     * @throws fr.cdgrules.core.error.InvalidInputException if a version already takes effect that day
     */
    public UnitCosts with(Version<HourlyUnitCost> revision) {
        java.util.Objects.requireNonNull(revision, "revision");
        return new UnitCosts(timeline.plus(revision));
    }

    /** @return the costs as a date-versioned parameter */
    public Timeline<HourlyUnitCost> timeline() {
        return timeline;
    }

    /**
     * @param year a budget year
     * @return the cost of that year (the version in force on 1 January), possibly carried forward
     * @throws fr.cdgrules.core.error.NothingInForceException before the first cost
     */
    public InForce<HourlyUnitCost> forYear(Year year) {
        return timeline.forYear(year);
    }

    /**
     * @param day a day of work
     * @return the cost in force that day (provisional when {@link InForce#isCarriedForward()})
     * @throws NullPointerException if {@code day} is null
     * @throws fr.cdgrules.core.error.NothingInForceException before the first cost
     */
    public InForce<HourlyUnitCost> at(LocalDate day) {
        return timeline.at(day);
    }

    /**
     * @param day a day of work
     * @return the hourly rate in force that day, as a parameter in force (for invoice lines)
     * @throws NullPointerException if {@code day} is null
     */
    public InForce<Money> rateAt(LocalDate day) {
        return timeline.at(day).map(HourlyUnitCost::hourlyRate);
    }

    /**
     * @param year a budget year
     * @return the hourly rate of that year, as a parameter in force (for invoice lines)
     * @throws fr.cdgrules.core.error.NothingInForceException before the first cost
     */
    public InForce<Money> rateForYear(Year year) {
        return timeline.forYear(year).map(HourlyUnitCost::hourlyRate);
    }

    /**
     * @param cost a cost in force
     * @return the record of its use in an explanation, saying when it is provisional
     */
    public static ParameterUse use(InForce<?> cost) {
        java.util.Objects.requireNonNull(cost, "cost");
        return ParameterUse.of(cost, cost.value() + (cost.isCarriedForward() ? " (provisional)" : ""));
    }

    /**
     * @param cost a cost in force
     * @return a sentence saying whether the cost is the one published for the year or carried forward
     */
    public static String describe(InForce<?> cost) {
        java.util.Objects.requireNonNull(cost, "cost");
        Year year = Year.from(cost.date());
        if (cost.isCarriedForward()) {
            return "PROVISIONAL: no revision covers " + cost.date() + " (none taking effect in " + year
                    + " on or before that day); the cost in force since "
                    + cost.version().effectiveFrom() + " is carried forward until the CUCM communicates the revised "
                    + "cost (" + CucmArticles.ART_5 + ": « Il sera révisé tous les ans »)";
        }
        return "unit cost in force on " + cost.date() + " since " + cost.version().effectiveFrom() + " ("
                + cost.version().source().decision() + ")";
    }

    /**
     * The costs of a CUCM descriptor: each version of {@code hourlyUnitCost}, with the
     * {@code structureCostRate} taking effect the same day when there is one (a revised cost may be
     * supplied without it).
     *
     * @param descriptor a CUCM descriptor (bundled, or with supplied versions)
     * @return its costs
     */
    public static UnitCosts of(fr.cdgrules.core.descriptor.Descriptor descriptor) {
        java.util.Objects.requireNonNull(descriptor, "descriptor");
        Timeline<BigDecimal> rates = descriptor.parameter("structureCostRate").numbers();
        Timeline<Money> costs = descriptor.parameter("hourlyUnitCost").amounts();
        java.util.List<Version<HourlyUnitCost>> list = new java.util.ArrayList<>();
        for (Version<Money> v : costs.versions()) {
            java.util.Optional<BigDecimal> rate = rates.versions().stream()
                    .filter(r -> r.effectiveFrom().equals(v.effectiveFrom())).map(Version::value).findFirst();
            list.add(v.withValue(rate.map(r -> HourlyUnitCost.of(v.value(), r)).orElseGet(() -> HourlyUnitCost.of(v.value()))));
        }
        return of(Timeline.of(PARAMETER, list));
    }

    @Override
    public String toString() {
        return timeline.toString();
    }
}
