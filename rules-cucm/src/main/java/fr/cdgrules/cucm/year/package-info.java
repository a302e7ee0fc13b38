/**
 * The CUCM's year (art. 5): a year's replacement missions for several communes invoiced in date
 * order against one prepaid-hours ledger per commune and year, and one
 * {@link fr.cdgrules.cucm.year.YearStatement} per commune and year — {@link fr.cdgrules.cucm.year.CucmYear}.
 *
 * <p>Unless otherwise noted, passing a null argument to any method of this package throws a
 * {@code NullPointerException} naming the parameter, before any rule is applied (as in {@code java.time}).
 */
package fr.cdgrules.cucm.year;
