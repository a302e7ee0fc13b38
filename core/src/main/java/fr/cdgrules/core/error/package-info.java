/**
 * The typed errors: invalid input naming the field, and refusals by the rules naming the article.
 *
 * <p>Unless otherwise noted, passing a null argument to any method of this package throws a
 * {@code NullPointerException} naming the parameter, before any rule is applied (as in {@code java.time}).
 */
package fr.cdgrules.core.error;
