/**
 * The bundled INSEE 2026 communes: {@link fr.cdgrules.communes.Communes} (look up by INSEE code,
 * list by département or EPCI, vintage and provenance) and {@link fr.cdgrules.communes.Commune}.
 */
package fr.cdgrules.communes;
