/**
 * Tariff simulation (a "reform" in OpenFisca's words): the annual fees of a set of communes under
 * the tariff in force and under a proposed one, per commune, per stratum and in total —
 * {@link fr.cdgrules.core.simulation.TariffSimulation}.
 *
 * <p>Unless otherwise noted, passing a null argument to any method of this package throws a
 * {@code NullPointerException} naming the parameter, before any rule is applied (as in {@code java.time}).
 */
package fr.cdgrules.core.simulation;
