/**
 * The year's fee run (émission des titres de recettes): from a checked membership register, one
 * titre line per member owing a fee that year, the communes owing nothing listed apart with the
 * reason, totals per stratum and overall — {@link fr.cdgrules.core.feerun.FeeRun}.
 *
 * <p>Unless otherwise noted, passing a null argument to any method of this package throws a
 * {@code NullPointerException} naming the parameter, before any rule is applied (as in {@code java.time}).
 */
package fr.cdgrules.core.feerun;
