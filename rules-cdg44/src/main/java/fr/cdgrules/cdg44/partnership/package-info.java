/** The parties, the signatures and entry into force (art. 5), the three-year term and termination on notice (art. 7.3). *
 * <p>Unless otherwise noted, passing a null argument to any method of this package throws a
 * {@code NullPointerException} naming the parameter, before any rule is applied (as in {@code java.time}).
 */
package fr.cdgrules.cdg44.partnership;
