package fr.cdgrules.core.module;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every value type of core and of the rule modules: the generated implementation is package-private
 * and hidden behind the abstract type, which exposes {@code of}/{@code with} factories in the style
 * of {@code java.time}; no Guava; constructors take every attribute in declaration order.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        allParameters = true,
        jdkOnly = true,
        defaults = @Value.Immutable(builder = true, copy = true))
public @interface ValueStyle {}
