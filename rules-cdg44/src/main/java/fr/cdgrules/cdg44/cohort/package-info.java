/** Training sessions per département: cohort size, order of admission, immersion before entry (art. 1, art. 2). *
 * <p>Unless otherwise noted, passing a null argument to any method of this package throws a
 * {@code NullPointerException} naming the parameter, before any rule is applied (as in {@code java.time}).
 */
package fr.cdgrules.cdg44.cohort;
