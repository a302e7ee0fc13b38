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
import fr.cdgrules.core.error.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rule module {@code cdg44}, found through {@link java.util.ServiceLoader}: the partnership
 * convention 2024-2027 of the Pays de la Loire cooperation (seed 002), under the default readings.
 * Immutable and thread-safe.
 *
 * <p>A multi-party partnership, not a priced membership: {@link #annualFees()} stays empty.
 * {@link #convention(java.time.LocalDate)} (inherited) applies {@link #conventionTerms()} to the start
 * given, which is the date of effect (the last of the four signatures, see {@link Cdg44Rules#entryIntoForce}).
 */
public final class Cdg44Module implements RuleModule {
    /** The id of the module. */
    public static final String ID = "cdg44";
    /** Seed 002, the partnership convention. */
    public static final SourceText SOURCE = SourceText.of("002", "002_2649ee19b8a53414.txt",
            "Convention de partenariat 2024-2027 — formation au métier de secrétaire général de mairie (coopération "
                    + "des centres de gestion des Pays de la Loire, CNFPT, Région des Pays de la Loire, FRAMEL)");

    /** The reading ids {@link #withReadings(Map)} accepts, as the README's readings table names them. */
    private static final List<String> READINGS = List.of("terminationCounting", "terminationMonthEnd", "cohortMinimum",
            "cohortCompletion", "immersionScope", "immersionLength", "agentRemuneration", "endOfRights", "committeeYear");

    private final Cdg44Rules rules;

    /** Creates the module under the default readings, as {@code ServiceLoader} does. */
    public Cdg44Module() {
        this(Cdg44Rules.defaults());
    }

    private Cdg44Module(Cdg44Rules rules) {
        this.rules = rules;
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
     * {@code {"terminationMonthEnd": "ROLL_TO_NEXT_MONTH"}}: the ids of the README's readings table
     * ({@code terminationCounting}, {@code terminationMonthEnd}, {@code cohortMinimum},
     * {@code cohortCompletion}, {@code immersionScope}, {@code immersionLength}, {@code agentRemuneration},
     * {@code endOfRights}, {@code committeeYear}).
     *
     * @param choices reading id → option id; readings not named keep this module's choice
     * @return the module under those readings
     * @throws InvalidInputException naming {@code readings.<id>} if a reading or an option is unknown
     * @throws NullPointerException if {@code choices} is null
     */
    @Override
    public Cdg44Module withReadings(Map<String, String> choices) {
        Objects.requireNonNull(choices, "choices");
        Cdg44Readings r = rules.readings();
        for (Map.Entry<String, String> e : choices.entrySet()) {
            String o = e.getValue();
            try {
                r = switch (e.getKey()) {
                    case "terminationCounting" -> r.withTerminationCounting(PeriodCounting.valueOf(o));
                    case "terminationMonthEnd" -> r.withTerminationMonthEnd(MonthEndRule.valueOf(o));
                    case "cohortMinimum" -> r.withCohortMinimum(CohortMinimumReading.valueOf(o));
                    case "cohortCompletion" -> r.withCohortCompletion(CohortCompletionReading.valueOf(o));
                    case "immersionScope" -> r.withImmersionScope(ImmersionScopeReading.valueOf(o));
                    case "immersionLength" -> r.withImmersionLength(ImmersionLengthReading.valueOf(o));
                    case "agentRemuneration" -> r.withAgentRemuneration(AgentRemunerationReading.valueOf(o));
                    case "endOfRights" -> r.withEndOfRights(EndOfRightsReading.valueOf(o));
                    case "committeeYear" -> r.withCommitteeYear(CommitteeYearReading.valueOf(o));
                    default -> throw new InvalidInputException("readings." + e.getKey(), null, "module cdg44 has no reading '"
                            + e.getKey() + "' (it has " + READINGS + ")");
                };
            } catch (IllegalArgumentException | NullPointerException x) {
                throw new InvalidInputException("readings." + e.getKey(), null, "reading '" + e.getKey() + "' has no option '"
                        + o + "'");
            }
        }
        return new Cdg44Module(rules.withReadings(r));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String issuingBody() {
        return "Centre de gestion de Loire-Atlantique (CDG44), coordonnateur de la coopération régionale des centres "
                + "de gestion des Pays de la Loire";
    }

    @Override
    public List<SourceText> sources() {
        return List.of(SOURCE);
    }

    @Override
    public Territory territory() {
        return Cdg44Rules.territory();
    }

    @Override
    public ConventionTerms conventionTerms() {
        return rules.conventionTerms();
    }

    /** @return the rules under this module's readings (the defaults for the loader's instance) */
    public Cdg44Rules rules() {
        return rules;
    }

    /** The bundled descriptor, read when first asked for (finding the module reads nothing). */
    private static final class Bundled {
        static final fr.cdgrules.core.descriptor.Descriptor DESCRIPTOR = loadDescriptor();
    }

    private static fr.cdgrules.core.descriptor.Descriptor loadDescriptor() {
        try (java.io.InputStream in = Cdg44Module.class.getResourceAsStream("cdg44.yaml")) {
            if (in == null) {
                throw new IllegalStateException("missing resource cdg44.yaml");
            }
            return fr.cdgrules.core.descriptor.DescriptorLoader.read("cdg44.yaml", in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** @return the bundled descriptor ({@code cdg44.yaml}): texts and articles, territory, terms, capabilities, test cases */
    @Override
    public java.util.Optional<fr.cdgrules.core.descriptor.Descriptor> descriptor() {
        return java.util.Optional.of(Bundled.DESCRIPTOR);
    }

    @Override
    public java.util.Set<fr.cdgrules.core.module.Capability> capabilities() {
        return java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(Bundled.DESCRIPTOR.capabilities()));
    }

    @Override
    public <T> java.util.Optional<T> capability(Class<T> type) {
        Object r = rules;
        return type.isInstance(r) ? java.util.Optional.of(type.cast(r)) : RuleModule.super.capability(type);
    }
}
