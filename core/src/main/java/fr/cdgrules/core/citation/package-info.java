/**
 * Citations of the source texts ({@code 000 art. 3.1}): every rule carries the article it applies.
 *
 * <p>Unless otherwise noted, passing a null argument to any method of this package throws a
 * {@code NullPointerException} naming the parameter, before any rule is applied (as in {@code java.time}).
 */
package fr.cdgrules.core.citation;
