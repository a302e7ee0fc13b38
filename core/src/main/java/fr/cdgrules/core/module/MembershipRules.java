package fr.cdgrules.core.module;

import fr.cdgrules.core.register.Admission;
import fr.cdgrules.core.register.LateNoticeReading;
import fr.cdgrules.core.register.RegisterRow;
import fr.cdgrules.core.territory.Collectivity;

/**
 * Capability: how a module reads a row of a membership register — territory, a joining date the
 * convention allows, a notice given in time — and the period of membership it gives. A module that
 * does not offer it is read by {@link fr.cdgrules.core.register.ConventionMembership}, from its
 * territory and its {@link RuleModule#convention convention}.
 */
@FunctionalInterface
public interface MembershipRules {
    /**
     * @param row the register row
     * @param commune the commune the row names, with its population
     * @return the member and its period, or the problems that set the row aside (each with the article)
     */
    Admission admit(RegisterRow row, Collectivity commune);

    /**
     * These rules under the caller's reading of a notice given too late to stop a renewal
     * ({@link fr.cdgrules.core.register.RegisterCheck} passes its own). Rules that do not read notices
     * this way return themselves, the default.
     *
     * @param lateNotice the reading of a late notice
     * @return the rules under that reading
     * @throws NullPointerException if {@code lateNotice} is null
     */
    default MembershipRules withLateNotice(LateNoticeReading lateNotice) {
        java.util.Objects.requireNonNull(lateNotice, "lateNotice");
        return this;
    }
}
