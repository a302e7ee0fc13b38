package fr.cdgrules.cdg44;

import fr.cdgrules.cdg44.cohort.CohortRules;
import fr.cdgrules.cdg44.cohort.Department;
import fr.cdgrules.cdg44.financing.Financing;
import fr.cdgrules.cdg44.partnership.EntryIntoForce;
import fr.cdgrules.cdg44.partnership.Partnership;
import fr.cdgrules.cdg44.partnership.PartnershipTerms;
import fr.cdgrules.cdg44.partnership.Signatures;
import fr.cdgrules.cdg44.steering.SteeringCommittee;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.territory.Territory;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of the partnership convention 2024-2027 of the Pays de la Loire cooperation (seed 002,
 * coordinator CDG44), under a set of {@link Cdg44Readings}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Cdg44Rules rules = Cdg44Rules.defaults();
 * EntryIntoForce e = rules.entryIntoForce(Signatures.none()
 *         .with(Party.CDG_COORDINATION, LocalDate.of(2024, 12, 20)).with(Party.CNFPT, LocalDate.of(2025, 1, 6))
 *         .with(Party.REGION, LocalDate.of(2025, 1, 15)).with(Party.FRAMEL, LocalDate.of(2025, 1, 9)));
 * Partnership p = rules.partnership(e.effectiveOn().orElseThrow())       // 2025-01-15, until 2028-01-14
 *         .withNotice(Party.FRAMEL, LocalDate.of(2025, 11, 30));          // in force through 2026-02-28
 * CostAllocation a = rules.financing().whoPays(Cost.TRAVEL_COSTS, TraineeStatus.JOB_SEEKER_WITHOUT_ARE);
 * }</pre>
 */
public final class Cdg44Rules {
    private static final Cdg44Rules DEFAULTS = new Cdg44Rules(Cdg44Readings.defaults());

    private final Cdg44Readings readings;
    private final CohortRules cohorts;
    private final Financing financing;
    private final SteeringCommittee steeringCommittee;

    private Cdg44Rules(Cdg44Readings readings) {
        this.readings = Objects.requireNonNull(readings, "readings");
        this.cohorts = CohortRules.of(readings.cohortMinimum(), readings.cohortCompletion(), readings.immersionScope(),
                readings.immersionLength());
        this.financing = Financing.of(readings.agentRemuneration(), readings.endOfRights());
        this.steeringCommittee = SteeringCommittee.of(readings.committeeYear());
    }

    /** @return the rules under the default readings */
    public static Cdg44Rules defaults() {
        return DEFAULTS;
    }

    /**
     * These rules under other readings. The factory has the same name and shape in every module:
     * {@code Cdg44Rules.defaults().withReadings(readings)}. (Before 0.1.0 this was a static factory; a
     * static and an instance method cannot share one signature, so it became the instance method.)
     *
     * @param readings the readings chosen
     * @return the rules under them
     * @throws NullPointerException if {@code readings} is null
     */
    public Cdg44Rules withReadings(Cdg44Readings readings) {
        return new Cdg44Rules(readings);
    }

    /** @return the readings applied */
    public Cdg44Readings readings() {
        return readings;
    }

    /**
     * The territory of the cooperation: the five départements of the Pays de la Loire (art. 1: « sur
     * chacun des 5 départements »), as the descriptor declares it.
     *
     * @return 44, 49, 53, 72 and 85
     */
    public static Territory territory() {
        return Cdg44Descriptor.bundled().territory();
    }

    /**
     * @return the duration clauses: 3 years (art. 5), no renewal, termination at the expiry of a 3-month
     *     notice (art. 7.3) counted under the readings chosen
     */
    public ConventionTerms conventionTerms() {
        return PartnershipTerms.of(readings.terminationMonthEnd(), readings.terminationCounting());
    }

    /**
     * @param signatures the signatures gathered
     * @return whether and when the convention takes effect (the last of the four signatures)
     */
    public EntryIntoForce entryIntoForce(Signatures signatures) {
        java.util.Objects.requireNonNull(signatures, "signatures");
        return signatures.entryIntoForce();
    }

    /**
     * @param effectiveOn the date of effect
     * @return the convention from that date, its notice period counted under the readings chosen
     */
    public Partnership partnership(LocalDate effectiveOn) {
        java.util.Objects.requireNonNull(effectiveOn, "effectiveOn");
        return Partnership.of(effectiveOn, readings.terminationMonthEnd(), readings.terminationCounting());
    }

    /**
     * @param signatures the signatures gathered
     * @return the convention from the last of the four signatures; empty while one is missing
     */
    public Optional<Partnership> partnership(Signatures signatures) {
        java.util.Objects.requireNonNull(signatures, "signatures");
        return entryIntoForce(signatures).effectiveOn().map(this::partnership);
    }

    /** @return the cohort rules (art. 1, art. 2) */
    public CohortRules cohorts() {
        return cohorts;
    }

    /** @return who pays what (« Modalités financières », art. 2) */
    public Financing financing() {
        return financing;
    }

    /** @return the check of the steering committee's yearly meeting (art. 4) */
    public SteeringCommittee steeringCommittee() {
        return steeringCommittee;
    }
}
