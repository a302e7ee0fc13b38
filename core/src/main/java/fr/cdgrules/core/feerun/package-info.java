/**
 * The year's fee run (émission des titres de recettes): from a checked membership register, one
 * titre line per member owing a fee that year, the communes owing nothing listed apart with the
 * reason, totals per stratum and overall — {@link fr.cdgrules.core.feerun.FeeRun}.
 */
package fr.cdgrules.core.feerun;
