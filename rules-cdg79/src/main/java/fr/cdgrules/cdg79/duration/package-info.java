/**
 * Duration of the convention (art. 4): two years, renewable once tacitly "sauf dénonciation ...
 * moyennant le respect d'un préavis d'un mois avant la date de reconduction", no indemnity.
 *
 * <p>Unless otherwise noted, passing a null argument to any method of this package throws a
 * {@code NullPointerException} naming the parameter, before any rule is applied (as in {@code java.time}).
 */
package fr.cdgrules.cdg79.duration;
