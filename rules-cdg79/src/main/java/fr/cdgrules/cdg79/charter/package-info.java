/**
 * Access to the collaborative platform (art. 1.3 and 1.4 of the convention and the annexed charter
 * of use): requests, decisions (default deny, every condition explained), roles granted.
 *
 * <p>Unless otherwise noted, passing a null argument to any method of this package throws a
 * {@code NullPointerException} naming the parameter, before any rule is applied (as in {@code java.time}).
 */
package fr.cdgrules.cdg79.charter;
