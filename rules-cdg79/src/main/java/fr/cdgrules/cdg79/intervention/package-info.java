/**
 * The services of art. 1 and 2 and the hourly interventions of art. 3.2: which services the pack
 * includes and which are billed, the six months and two half-days of art. 2.3, the date-versioned
 * hourly rates (35 € member, 75 € non-member) and the bills.
 *
 * <p>Unless otherwise noted, passing a null argument to any method of this package throws a
 * {@code NullPointerException} naming the parameter, before any rule is applied (as in {@code java.time}).
 */
package fr.cdgrules.cdg79.intervention;
