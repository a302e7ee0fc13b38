/**
 * Tariff simulation (a "reform" in OpenFisca's words): the annual fees of a set of communes under
 * the tariff in force and under a proposed one, per commune, per stratum and in total —
 * {@link fr.cdgrules.core.simulation.TariffSimulation}.
 */
package fr.cdgrules.core.simulation;
