/**
 * The pack adhésion (art. 3.1): the annual adhesion by population stratum from the date-versioned
 * tariff, the eligibility ceiling ("moins de 3 500 habitants"), the adhesion for a civil year
 * (art. 4) and membership by civil year.
 */
package fr.cdgrules.cdg79.fee;
