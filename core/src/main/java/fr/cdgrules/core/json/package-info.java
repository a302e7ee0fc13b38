/**
 * The JSON form of the library's values (Jackson 3): strict reading and writing, errors in domain words.
 *
 * <p>Unless otherwise noted, passing a null argument to any method of this package throws a
 * {@code NullPointerException} naming the parameter, before any rule is applied (as in {@code java.time}).
 */
package fr.cdgrules.core.json;
