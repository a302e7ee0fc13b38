package fr.cdgrules.core.descriptor;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.module.Capability;
import fr.cdgrules.core.module.SourceText;
import fr.cdgrules.core.territory.Territory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The convention of an issuing body as data, checked at load ({@link DescriptorLoader}): the body,
 * its texts and their articles, the territory, the terms, the dated parameters, the readings, the
 * generic rules it uses, its capabilities and Java hooks, and its test cases. Immutable and
 * thread-safe.
 */
public final class Descriptor {
    private final String file;
    private final String id;
    private final String body;
    private final List<DescribedText> texts;
    private final Territory territory;
    private final ConventionTerms terms;
    private final Map<String, DescribedParameter> parameters;
    private final List<Reading> readings;
    private final AnnualFeeSpec annualFee;
    private final Set<Capability> capabilities;
    private final Map<String, String> hooks;
    private final List<TestCase> tests;
    private final Map<Citation, List<String>> citedBy;
    private final LocalDate conventionStart;

    Descriptor(String file, String id, String body, List<DescribedText> texts, Territory territory, ConventionTerms terms,
            Map<String, DescribedParameter> parameters, List<Reading> readings, AnnualFeeSpec annualFee,
            Set<Capability> capabilities, Map<String, String> hooks, List<TestCase> tests,
            Map<Citation, List<String>> citedBy, LocalDate conventionStart) {
        this.file = file;
        this.conventionStart = conventionStart;
        this.id = id;
        this.body = body;
        this.texts = List.copyOf(texts);
        this.territory = territory;
        this.terms = terms;
        this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        this.readings = List.copyOf(readings);
        this.annualFee = annualFee;
        this.capabilities = capabilities.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(capabilities));
        this.hooks = Collections.unmodifiableMap(new LinkedHashMap<>(hooks));
        this.tests = List.copyOf(tests);
        Map<Citation, List<String>> c = new LinkedHashMap<>();
        for (Map.Entry<Citation, List<String>> e : citedBy.entrySet()) { // (plain code: a lambda costs a one-shot command its linking)
            c.put(e.getKey(), List.copyOf(e.getValue()));
        }
        this.citedBy = Collections.unmodifiableMap(c);
    }

    /** @return the file it was read from, e.g. {@code cdg79.yaml} */
    public String file() {
        return file;
    }

    /** @return the module id, e.g. {@code cdg79} */
    public String id() {
        return id;
    }

    /** @return the issuing body, in words */
    public String body() {
        return body;
    }

    /** @return the source texts with their articles */
    public List<DescribedText> texts() {
        return texts;
    }

    /** @return the source texts as the SPI lists them */
    public List<SourceText> sources() {
        return texts.stream().map(DescribedText::sourceText).toList();
    }

    /** @return every declared article, text by text */
    public List<Article> articles() {
        List<Article> list = new ArrayList<>();
        for (DescribedText t : texts) { // (plain code: a lambda costs a one-shot command its linking)
            list.addAll(t.articles());
        }
        return List.copyOf(list);
    }

    /**
     * @param citation a citation
     * @return the declared article, if any
     * @throws NullPointerException if an argument is null, naming it
     */
    public Optional<Article> article(Citation citation) {
        java.util.Objects.requireNonNull(citation, "citation");
        for (Article a : articles()) { // (plain code: a lambda costs a one-shot command its linking)
            if (a.citation().equals(citation)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** @return the territory served */
    public Territory territory() {
        return territory;
    }

    /** @return the convention terms (duration, renewal, notices, terminations, indemnity), if declared */
    public Optional<ConventionTerms> terms() {
        return Optional.ofNullable(terms);
    }

    /**
     * @return the day the convention takes effect for every party whatever the day each joins
     *     ({@code terms.start}), if the text fixes one (e.g. « prend effet à compter de la date du 1er
     *     juillet 2022 », for a framework convention that ends on the same day for everyone)
     */
    public Optional<LocalDate> conventionStart() {
        return Optional.ofNullable(conventionStart);
    }

    /** @return the dated parameters, by key, in file order */
    public Map<String, DescribedParameter> parameters() {
        return parameters;
    }

    /**
     * @param key a parameter key
     * @return the parameter
     * @throws IllegalArgumentException if the descriptor has none with that key (a bug of the caller:
     *     keys are fixed by the descriptor it ships)
     * @throws NullPointerException if an argument is null, naming it
     */
    public DescribedParameter parameter(String key) {
        java.util.Objects.requireNonNull(key, "key");
        DescribedParameter p = parameters.get(key);
        if (p == null) {
            throw new IllegalArgumentException(file + " declares no parameter '" + key + "'");
        }
        return p;
    }

    /** @return the readings of the ambiguities */
    public List<Reading> readings() {
        return readings;
    }

    /**
     * @param readingId a reading id
     * @return the reading, if declared
     * @throws NullPointerException if an argument is null, naming it
     */
    public Optional<Reading> reading(String readingId) {
        java.util.Objects.requireNonNull(readingId, "readingId");
        for (Reading r : readings) { // (plain code: a lambda costs a one-shot command its linking)
            if (r.id().equals(readingId)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** @return the generic annual-fee rule, if the body uses it */
    public Optional<AnnualFeeSpec> annualFee() {
        return Optional.ofNullable(annualFee);
    }

    /** @return the capabilities declared */
    public Set<Capability> capabilities() {
        return capabilities;
    }

    /** @return the Java hooks, capability key → implementing class */
    public Map<String, String> hooks() {
        return hooks;
    }

    /** @return the test cases */
    public List<TestCase> tests() {
        return tests;
    }

    /**
     * @return for each declared article, who cites it: rules and parameters of the descriptor
     *     ({@code parameters.packFee}), hooks ({@code hook access-decision}) and test cases
     *     ({@code test 'Clessé 2026'}); an empty list for an article nobody cites
     */
    public Map<Citation, List<String>> citedBy() {
        return citedBy;
    }

    /**
     * @param fragment parameter versions supplied at run time
     * @return this descriptor with them (added, or replacing the version of the same day), marked supplied
     * @throws InvalidDescriptorException listing every error of the fragment
     * @throws NullPointerException if the fragment is null
     */
    public Descriptor withParameters(ParameterFragment fragment) {
        return DescriptorLoader.apply(this, fragment);
    }

    Descriptor withParameterMap(Map<String, DescribedParameter> newParameters) {
        return new Descriptor(file, id, body, texts, territory, terms, newParameters, readings, annualFee, capabilities,
                hooks, tests, citedBy, conventionStart);
    }

    @Override
    public String toString() {
        return "descriptor " + id + " (" + file + ")";
    }
}
