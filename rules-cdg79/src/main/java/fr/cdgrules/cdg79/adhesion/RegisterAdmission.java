package fr.cdgrules.cdg79.adhesion;

import fr.cdgrules.cdg79.duration.AdhesionConvention;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.module.MembershipRules;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.SourceText;
import fr.cdgrules.core.register.Admission;
import fr.cdgrules.core.register.ConventionMembership;
import fr.cdgrules.core.register.LateNoticeReading;
import fr.cdgrules.core.register.RegisterRow;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.core.territory.Territory;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How the CDG79 reads a row of a membership register (core's {@link MembershipRules}, found by
 * {@code capability(MembershipRules.class)} and used by {@code RegisterCheck} and
 * {@code cdg-rules fees cdg79 --register}): the row is the commune's {@link AdhesionDecision} (decision
 * date, budget year joined, « à compter de l'exercice budgétaire N », 001), and the convention starts
 * where the module's {@link fr.cdgrules.cdg79.duration.ConventionStartReading} places it
 * ({@link AdhesionConvention#start(AdhesionDecision)}). The rest is core's reading of a row
 * ({@link ConventionMembership}): territory, a year joined not before the decision, a notice recorded
 * on the convention, the end.
 *
 * <p>Under the default reading ({@code FIRST_DAY_OF_CIVIL_YEAR}) membership starts on 1 January of the
 * year joined, as core's generic reading does; under {@code DATE_OF_SIGNATURE} a commune that decides
 * on 23 April 2026 to join from 2026 is a member from that day, and its two years and their renewal
 * run from it. Immutable and thread-safe.
 */
public final class RegisterAdmission implements MembershipRules {
    private final RuleModule module;
    private final AdhesionConvention duration;
    private final LateNoticeReading lateNotice;

    private RegisterAdmission(RuleModule module, AdhesionConvention duration, LateNoticeReading lateNotice) {
        this.module = module;
        this.duration = duration;
        this.lateNotice = lateNotice;
    }

    /**
     * @param module the CDG79 module (its territory, texts and terms)
     * @param duration the duration clauses with the start reading
     * @param lateNotice the reading of a notice given too late to stop the renewal
     * @return the rules
     * @throws NullPointerException if an argument is null
     */
    public static RegisterAdmission of(RuleModule module, AdhesionConvention duration, LateNoticeReading lateNotice) {
        return new RegisterAdmission(Objects.requireNonNull(module, "module"), Objects.requireNonNull(duration, "duration"),
                Objects.requireNonNull(lateNotice, "lateNotice"));
    }

    /** @return the start reading applied to each row */
    public AdhesionConvention duration() {
        return duration;
    }

    @Override
    public RegisterAdmission withLateNotice(LateNoticeReading reading) {
        return new RegisterAdmission(module, duration, Objects.requireNonNull(reading, "reading"));
    }

    @Override
    public Admission admit(RegisterRow row, Collectivity commune) {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(commune, "commune");
        return ConventionMembership.of(new DecisionPlaced(module, duration, row), lateNotice).admit(row, commune);
    }

    @Override
    public String toString() {
        return "register admission of cdg79 (start reading " + duration.startReading() + ", late notice " + lateNotice + ")";
    }

    /**
     * The module as one row sees it: its convention is the one the row's decision starts; everything
     * else is the module's. Package-private for its tests.
     */
    static final class DecisionPlaced implements RuleModule {
        private final RuleModule module;
        private final AdhesionConvention duration;
        private final RegisterRow row;

        DecisionPlaced(RuleModule module, AdhesionConvention duration, RegisterRow row) {
            this.module = module;
            this.duration = duration;
            this.row = row;
        }

        @Override
        public String id() {
            return module.id();
        }

        @Override
        public String issuingBody() {
            return module.issuingBody();
        }

        @Override
        public List<SourceText> sources() {
            return module.sources();
        }

        @Override
        public Territory territory() {
            return module.territory();
        }

        @Override
        public ConventionTerms conventionTerms() {
            return duration.terms();
        }

        /**
         * @param start the first day of the budget year joined, as core asks (core refuses a row joining a
         *     past year before asking)
         * @return the convention the row's decision starts, under the start reading
         * @throws fr.cdgrules.core.error.InvalidInputException naming {@code joiningYear} for a row joining a
         *     year before its decision
         */
        @Override
        public Convention convention(LocalDate start) {
            return duration.start(AdhesionDecision.of(row.decisionDate(), row.joiningYear())).convention();
        }
    }
}
