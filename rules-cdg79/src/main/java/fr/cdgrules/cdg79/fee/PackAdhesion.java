package fr.cdgrules.cdg79.fee;

import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.cdg79.Cdg79Territory;
import fr.cdgrules.cdg79.adhesion.AdhesionDecision;
import fr.cdgrules.core.calendar.CalendarMonths;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.error.NotEligibleException;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.membership.AnnualFeeRule;
import fr.cdgrules.core.strata.StrataScale;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.core.timeline.Timeline;
import fr.cdgrules.core.timeline.Version;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The pack adhésion (art. 3.1): the annual adhesion of a commune of the Deux-Sèvres under the
 * eligibility ceiling, by population stratum, from a date-versioned tariff.
 *
 * <blockquote>"En contrepartie des services mentionnés aux articles 1 et 2, le CDG79 percevra de la
 * Collectivité une adhésion annuelle établie selon la strate de population, établie pour l'exercice
 * 2025 comme suit (les tarifs sont susceptibles d'évoluer par décision du Conseil d'administration)"
 * (000 art. 3.1)</blockquote>
 *
 * <p>The tariff is data (parameter {@code packFee} of {@code cdg79.yaml}: the 2025 table, source the deliberation
 * of the board of 9 December 2024), read as a core {@link Timeline}: the tariff of a budget year is
 * the one in force on 1 January; a later year without a new deliberation keeps the latest tariff
 * (a 2026 adhesion is priced with the 2025 tariff, as the Clessé deliberation, 001, shows:
 * "dont le forfait est fixé pour 2025 au tarif de 150 €"); a year before the first tariff is refused
 * with a {@link fr.cdgrules.core.error.NothingInForceException}.
 *
 * <p>The table keeps the text's wording ("Communes de 2 001 à 3 500 habitants"); the
 * {@link Ceiling3500Reading} then sets the last eligible population. Immutable and thread-safe.
 */
public final class PackAdhesion {
    /** The id of the rule module quotes are made under. */
    public static final String MODULE_ID = "cdg79";
    /**
     * The resource that held the published tariff.
     *
     * @deprecated the tariff is the parameter {@code packFee} of the module's descriptor, {@code cdg79.yaml}
     */
    @Deprecated
    public static final String TARIFF_RESOURCE = "pack-adhesion-tariff.json";

    private static final Timeline<StrataScale> PUBLISHED = load();
    private static final String CEILING_RULE = "eligibility ceiling of the pack: 'moins de 3 500 habitants' (préambule,"
            + " art. 2) against the table's 'Communes de 2 001 à 3 500 habitants' (art. 3.1)";

    private final Ceiling3500Reading reading;
    private final Timeline<StrataScale> published;
    private final Timeline<StrataScale> applied;
    private final AnnualFeeRule rule;
    private final List<fr.cdgrules.core.citation.Citation> ceilingCitations;

    private PackAdhesion(Ceiling3500Reading reading, Timeline<StrataScale> published) {
        this.reading = reading;
        java.util.Set<fr.cdgrules.core.citation.Citation> cites = new java.util.LinkedHashSet<>(reading.citations());
        cites.add(Cdg79Articles.FEE); // the table's reading cites art. 3.1 already: once
        this.ceilingCitations = List.copyOf(cites);
        this.published = published;
        List<Version<StrataScale>> capped = new ArrayList<>();
        for (Version<StrataScale> v : published.versions()) {
            capped.add(v.withValue(v.value().withCeiling(reading.lastEligible())));
        }
        this.applied = Timeline.of(published.parameter(), capped);
        this.rule = AnnualFeeRule.of(MODULE_ID, Cdg79Territory.DEUX_SEVRES, applied, Cdg79Articles.FEE);
    }

    /**
     * The pack priced with the published tariff.
     *
     * @param reading the reading of the 3 500 ceiling
     * @return the rule
     */
    public static PackAdhesion of(Ceiling3500Reading reading) {
        return of(reading, PUBLISHED);
    }

    /**
     * The pack priced with another tariff (e.g. the published one plus a later deliberation).
     *
     * @param reading the reading of the 3 500 ceiling
     * @param tariff the date-versioned table, in the text's wording
     * @return the rule
     * @throws InvalidInputException if the ceiling cannot be applied to a version of the table
     */
    public static PackAdhesion of(Ceiling3500Reading reading, Timeline<StrataScale> tariff) {
        return new PackAdhesion(Objects.requireNonNull(reading, "reading"), Objects.requireNonNull(tariff, "tariff"));
    }

    /** @return the tariff as published: the table of art. 3.1 in its own wording, by effective date */
    public static Timeline<StrataScale> publishedTariff() {
        return PUBLISHED;
    }

    private static Timeline<StrataScale> load() {
        return fr.cdgrules.cdg79.Cdg79Descriptor.bundled().parameter("packFee").scales();
    }

    /** @return the reading of the ceiling */
    public Ceiling3500Reading reading() {
        return reading;
    }

    /** @return the tariff this rule was given, in the text's wording */
    public Timeline<StrataScale> tariff() {
        return published;
    }

    /** @return the tariff as applied: each version capped at the ceiling of the reading */
    public Timeline<StrataScale> appliedTariff() {
        return applied;
    }

    /**
     * The annual adhesion of a commune for a budget year (exercice).
     *
     * @param commune the commune, with its population (basis and vintage explicit)
     * @param year the budget year
     * @return the quote: eligible with stratum, fee and tariff version, or not eligible with the
     *     reason (outside the Deux-Sèvres, or not under the ceiling)
     * @throws fr.cdgrules.core.error.NothingInForceException if no tariff is in force on 1 January of the year
     */
    public AnnualFeeQuote quote(Collectivity commune, Year year) {
        Objects.requireNonNull(commune, "commune");
        Objects.requireNonNull(year, "year");
        AnnualFeeQuote q = rule.quote(commune, year);
        if (q.tariff().isEmpty()) {
            return q; // outside the territory: the tariff was never consulted
        }
        boolean under = reading.isUnderCeiling(commune.population());
        if (q.eligible()) {
            return q.plusDeferred(() -> ceilingStep(commune, under)); // made only if the explanation is read
        }
        if (!under) {
            TraceStep ceiling = ceilingStep(commune, under);
            String reason = commune + " has " + commune.population().inhabitants()
                    + " inhabitants: the pack is for 'communes de moins de 3 500 habitants' and the last eligible"
                    + " population is " + reading.lastEligible() + " under the reading " + reading.name();
            return AnnualFeeQuote.notEligible(MODULE_ID, year, commune, reason, q.tariff(),
                    q.explanation().plus(ceiling));
        }
        return q;
    }

    private TraceStep ceilingStep(Collectivity commune, boolean under) {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("population", commune.population().toString());
        inputs.put("reading", reading.name());
        return TraceStep.of(CEILING_RULE, ceilingCitations, inputs, List.of(),
                reading.describe() + (under ? " → under the ceiling" : " → not under the ceiling"));
    }

    /**
     * The adhesion decided on a date: valid for the whole civil year of that date, at the full
     * annual fee of that year, whatever the month (art. 4, no proration).
     *
     * @param commune the commune
     * @param adhesionDate the date of the adhesion (e.g. the council's deliberation)
     * @return the adhesion, its membership period and its fee
     * @throws fr.cdgrules.core.error.NothingInForceException if no tariff is in force that year
     */
    public Adhesion adhesionOn(Collectivity commune, LocalDate adhesionDate) {
        Objects.requireNonNull(adhesionDate, "adhesionDate");
        return adhesion(commune, Year.from(adhesionDate), adhesionDate);
    }

    /**
     * The adhesion for a budget year decided on a date ("à compter de l'exercice budgétaire 2026",
     * 001): valid for that whole civil year, full fee.
     *
     * @param commune the commune
     * @param year the budget year joined
     * @param decidedOn the date of the decision, not after the end of that year
     * @return the adhesion
     * @throws NotEligibleException if the decision is dated after the year it joins: an adhesion takes
     *     effect « à compter de l'exercice budgétaire » of its decision, never for a past year (art. 4)
     */
    public Adhesion adhesionFor(Collectivity commune, Year year, LocalDate decidedOn) {
        java.util.Objects.requireNonNull(year, "year");
        Objects.requireNonNull(decidedOn, "decidedOn");
        if (decidedOn.getYear() > year.getValue()) {
            throw new NotEligibleException("an adhesion for " + year + " (adhesion.decidedOn)",
                    "an adhesion decided on " + decidedOn + " cannot join the past year " + year, Cdg79Articles.DURATION);
        }
        return adhesion(commune, year, decidedOn);
    }

    /**
     * The adhesion a decision to join gives for its first budget year (« à compter de l'exercice
     * budgétaire » N, 001): valid for that whole civil year, full fee.
     *
     * @param commune the commune
     * @param decision the decision, with the budget year joined
     * @return the adhesion for the year joined
     * @throws fr.cdgrules.core.error.NothingInForceException if no tariff is in force that year
     * @throws NullPointerException if an argument is null
     */
    public Adhesion adhesionFor(Collectivity commune, AdhesionDecision decision) {
        Objects.requireNonNull(decision, "decision");
        return adhesionFor(commune, decision.joiningYear(), decision.decisionDate());
    }

    private Adhesion adhesion(Collectivity commune, Year year, LocalDate decidedOn) {
        AnnualFeeQuote q = quote(commune, year);
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("adhesionDate", decidedOn.toString());
        inputs.put("year", year.toString());
        String result = q.eligible()
                ? "membership for the civil year " + CalendarMonths.civilYear(year) + " at the full annual fee "
                        + q.annualFee().orElseThrow().toDisplayString() + ", whatever the month of adhesion (no proration)"
                : "no membership: " + q.reason().orElseThrow();
        TraceStep civilYear = TraceStep.of("adhesion valid for a civil year: 'L'adhésion est valable pour une année"
                + " civile, quel que soit le mois d'adhésion de la collectivité'", Cdg79Articles.DURATION, inputs, result);
        return Adhesion.of(commune, decidedOn, year, CalendarMonths.civilYear(year), q.plus(civilYear));
    }
}
