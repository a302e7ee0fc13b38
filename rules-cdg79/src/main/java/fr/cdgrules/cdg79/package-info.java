/**
 * The CDG79 rule module: {@link fr.cdgrules.cdg79.Cdg79Rules} (entry point, under chosen
 * {@link fr.cdgrules.cdg79.Cdg79Readings}), {@link fr.cdgrules.cdg79.Cdg79Module} (the
 * {@code RuleModule} found by {@code ServiceLoader}), the articles cited and the territory served.
 *
 * <p>Unless otherwise noted, passing a null argument to any method of this package throws a
 * {@code NullPointerException} naming the parameter, before any rule is applied (as in {@code java.time}).
 */
package fr.cdgrules.cdg79;
