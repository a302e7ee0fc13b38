/**
 * The CDG79 rule module: {@link fr.cdgrules.cdg79.Cdg79Rules} (entry point, under chosen
 * {@link fr.cdgrules.cdg79.Cdg79Readings}), {@link fr.cdgrules.cdg79.Cdg79Module} (the
 * {@code RuleModule} found by {@code ServiceLoader}), the articles cited and the territory served.
 */
package fr.cdgrules.cdg79;
