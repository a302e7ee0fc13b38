/**
 * The bounds on input (supported dates and years, digits of amounts and hours, JSON and table sizes), checked before any arithmetic.
 *
 * <p>Unless otherwise noted, passing a null argument to any method of this package throws a
 * {@code NullPointerException} naming the parameter, before any rule is applied (as in {@code java.time}).
 */
package fr.cdgrules.core.limits;
