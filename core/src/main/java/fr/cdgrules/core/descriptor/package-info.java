/**
 * The descriptor of an issuing body: one YAML file, readable beside the text, that declares the
 * body, its source texts and their articles, its territory, its convention terms, its dated
 * parameters (fee scales, hourly rates, unit costs, thresholds), its readings of the ambiguities,
 * its capabilities and Java hooks, and its test cases. {@link fr.cdgrules.core.descriptor.DescriptorLoader}
 * reads and checks it, collecting every error with its file and path before refusing it with one
 * {@link fr.cdgrules.core.descriptor.InvalidDescriptorException};
 * {@link fr.cdgrules.core.descriptor.DescriptorModule} makes a rule module of it with no Java.
 *
 * <p>Unless otherwise noted, passing a null argument to any method of this package throws a
 * {@code NullPointerException} naming the parameter, before any rule is applied (as in {@code java.time}).
 */
package fr.cdgrules.core.descriptor;
