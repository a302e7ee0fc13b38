/**
 * The commune's decision to join the pack (délibération du conseil municipal « D'ADHERER, à compter
 * de l'exercice budgétaire N »): the date of the decision and the budget year joined, from which the
 * convention (art. 4) and the membership start.
 *
 * <p>Unless otherwise noted, passing a null argument to any method of this package throws a
 * {@code NullPointerException} naming the parameter, before any rule is applied (as in {@code java.time}).
 */
package fr.cdgrules.cdg79.adhesion;
