/**
 * The Pays de la Loire cooperation (seed 002, coordinator CDG44): entry point {@link fr.cdgrules.cdg44.Cdg44Rules},
 * readings {@link fr.cdgrules.cdg44.Cdg44Readings}, rule module {@link fr.cdgrules.cdg44.Cdg44Module}.
 */
package fr.cdgrules.cdg44;
