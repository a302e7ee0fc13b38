/**
 * The CUCM's year (art. 5): a year's replacement missions for several communes invoiced in date
 * order against one prepaid-hours ledger per commune and year, and one
 * {@link fr.cdgrules.cucm.year.YearStatement} per commune and year — {@link fr.cdgrules.cucm.year.CucmYear}.
 */
package fr.cdgrules.cucm.year;
