/**
 * The Pays de la Loire cooperation (seed 002, coordinator CDG44): entry point {@link fr.cdgrules.cdg44.Cdg44Rules},
 * readings {@link fr.cdgrules.cdg44.Cdg44Readings}, rule module {@link fr.cdgrules.cdg44.Cdg44Module}.
 *
 * <p>Unless otherwise noted, passing a null argument to any method of this package throws a
 * {@code NullPointerException} naming the parameter, before any rule is applied (as in {@code java.time}).
 */
package fr.cdgrules.cdg44;
