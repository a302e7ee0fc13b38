package fr.cdgrules.cdg44;

import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.SourceText;
import fr.cdgrules.core.territory.Territory;
import fr.cdgrules.cdg44.cohort.CohortCompletionReading;
import fr.cdgrules.cdg44.cohort.CohortMinimumReading;
import fr.cdgrules.cdg44.cohort.ImmersionLengthReading;
import fr.cdgrules.cdg44.cohort.ImmersionScopeReading;
import fr.cdgrules.cdg44.financing.AgentRemunerationReading;
import fr.cdgrules.cdg44.financing.EndOfRightsReading;
import fr.cdgrules.cdg44.steering.CommitteeYearReading;
import fr.cdgrules.core.calendar.MonthEndRule;
import fr.cdgrules.core.calendar.PeriodCounting;
import fr.cdgrules.core.descriptor.Descriptor;
import fr.cdgrules.core.descriptor.ReadingChoices;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.Capability;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.function.BiFunction;

/**
 * The rule module {@code cdg44}, found through {@link java.util.ServiceLoader}: the partnership
 * convention 2024-2027 of the Pays de la Loire cooperation (seed 002), under the default readings.
 * Immutable and thread-safe.
 *
 * <p>A multi-party partnership, not a priced membership: {@link #annualFees()} stays empty.
 * {@link #convention(java.time.LocalDate)} (inherited) applies {@link #conventionTerms()} to the start
 * given, which is the date of effect (the last of the four signatures, see {@link Cdg44Rules#entryIntoForce}).
 * The body, texts and territory are those of the bundled descriptor ({@link Cdg44Descriptor}), the terms
 * its terms under this module's readings.
 */
public final class Cdg44Module implements RuleModule {
    /** The id of the module. */
    public static final String ID = "cdg44";
    /**
     * Seed 002, the partnership convention, as the descriptor declares it (its first source; a test pins
     * the two equal). Written out here so that creating the module does not read the descriptor.
     */
    public static final SourceText SOURCE = SourceText.of("002", "002_2649ee19b8a53414.txt",
            "Convention de partenariat 2024-2027 — formation au métier de secrétaire général de mairie "
                    + "(coopération des centres de gestion des Pays de la Loire, CNFPT, Région des Pays de la Loire, FRAMEL)");

    /** The rules given to {@link #of(Cdg44Rules)}, or null for the default rules (made on first use). */
    private final Cdg44Rules given;

    /**
     * Creates the module under the default readings, as {@code ServiceLoader} does. Cheap: the descriptor
     * and the rules are read on first use, so that loading every module costs a one-shot command only the
     * module it uses.
     */
    public Cdg44Module() {
        this.given = null;
    }

    private Cdg44Module(Cdg44Rules rules) {
        this.given = rules;
    }

    /** The default rules, made when first asked for. */
    private static final class Defaults {
        static final Cdg44Rules RULES = Cdg44Rules.defaults();
    }

    /** How each reading the descriptor declares applies to {@link Cdg44Readings}, by reading id (made on first use). */
    private static final class Readings {
        static final Map<String, BiFunction<Cdg44Readings, String, Cdg44Readings>> SETTERS = readingSetters();
    }

    private static Map<String, BiFunction<Cdg44Readings, String, Cdg44Readings>> readingSetters() {
        Map<String, BiFunction<Cdg44Readings, String, Cdg44Readings>> m = new LinkedHashMap<>();
        m.put("terminationCounting", (r, o) -> r.withTerminationCounting(PeriodCounting.valueOf(o)));
        m.put("terminationMonthEnd", (r, o) -> r.withTerminationMonthEnd(MonthEndRule.valueOf(o)));
        m.put("cohortMinimum", (r, o) -> r.withCohortMinimum(CohortMinimumReading.valueOf(o)));
        m.put("cohortCompletion", (r, o) -> r.withCohortCompletion(CohortCompletionReading.valueOf(o)));
        m.put("immersionScope", (r, o) -> r.withImmersionScope(ImmersionScopeReading.valueOf(o)));
        m.put("immersionLength", (r, o) -> r.withImmersionLength(ImmersionLengthReading.valueOf(o)));
        m.put("agentRemuneration", (r, o) -> r.withAgentRemuneration(AgentRemunerationReading.valueOf(o)));
        m.put("endOfRights", (r, o) -> r.withEndOfRights(EndOfRightsReading.valueOf(o)));
        m.put("committeeYear", (r, o) -> r.withCommitteeYear(CommitteeYearReading.valueOf(o)));
        return Map.copyOf(m);
    }

    /**
     * @param rules the rules (readings) the module exposes
     * @return the module
     * @throws NullPointerException if {@code rules} is null
     */
    public static Cdg44Module of(Cdg44Rules rules) {
        return new Cdg44Module(Objects.requireNonNull(rules, "rules"));
    }

    /**
     * The module under other readings, chosen by reading id and option id (the enum constant), e.g.
     * {@code {"terminationMonthEnd": "ROLL_TO_NEXT_MONTH"}}: exactly the readings the descriptor
     * declares, the ids of the README's readings table ({@code terminationCounting},
     * {@code terminationMonthEnd}, {@code cohortMinimum}, {@code cohortCompletion}, {@code immersionScope},
     * {@code immersionLength}, {@code agentRemuneration}, {@code endOfRights}, {@code committeeYear}).
     *
     * @param choices reading id → option id; readings not named keep this module's choice
     * @return the module under those readings
     * @throws InvalidInputException naming {@code readings.<id>} if a reading or an option is unknown
     * @throws NullPointerException if {@code choices} is null
     */
    @Override
    public Cdg44Module withReadings(Map<String, String> choices) {
        Objects.requireNonNull(choices, "choices");
        Cdg44Rules rules = rules();
        return new Cdg44Module(rules.withReadings(
                ReadingChoices.apply(Cdg44Descriptor.bundled(), rules.readings(), choices, Readings.SETTERS)));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String issuingBody() {
        return Cdg44Descriptor.bundled().body();
    }

    @Override
    public List<SourceText> sources() {
        return Cdg44Descriptor.bundled().sources();
    }

    @Override
    public Territory territory() {
        return Cdg44Descriptor.bundled().territory();
    }

    @Override
    public ConventionTerms conventionTerms() {
        return rules().conventionTerms();
    }

    /** @return the rules under this module's readings (the defaults for the loader's instance) */
    public Cdg44Rules rules() {
        return given != null ? given : Defaults.RULES;
    }

    /** @return the bundled descriptor ({@code cdg44.yaml}) */
    @Override
    public Optional<Descriptor> descriptor() {
        return Optional.of(Cdg44Descriptor.bundled());
    }

    @Override
    public Set<Capability> capabilities() {
        return java.util.Collections.unmodifiableSet(EnumSet.copyOf(Cdg44Descriptor.bundled().capabilities()));
    }

    @Override
    public <T> Optional<T> capability(Class<T> type) {
        Object r = rules();
        return type.isInstance(r) ? Optional.of(type.cast(r)) : RuleModule.super.capability(type);
    }
}
