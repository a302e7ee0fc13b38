/**
 * The pack adhésion (art. 3.1): the annual adhesion by population stratum from the date-versioned
 * tariff, the eligibility ceiling ("moins de 3 500 habitants"), the adhesion for a civil year
 * (art. 4) and membership by civil year.
 *
 * <p>Unless otherwise noted, passing a null argument to any method of this package throws a
 * {@code NullPointerException} naming the parameter, before any rule is applied (as in {@code java.time}).
 */
package fr.cdgrules.cdg79.fee;
