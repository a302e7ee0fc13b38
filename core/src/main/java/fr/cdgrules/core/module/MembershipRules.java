package fr.cdgrules.core.module;

import fr.cdgrules.core.register.Admission;
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
}
