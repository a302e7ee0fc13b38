package fr.cdgrules.core.descriptor;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.citation.Source;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.explain.ParameterUse;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.membership.AnnualFeeRule;
import fr.cdgrules.core.module.AnnualFees;
import fr.cdgrules.core.module.Capability;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.SourceText;
import fr.cdgrules.core.strata.StrataScale;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.core.territory.Territory;
import fr.cdgrules.core.timeline.InForce;
import fr.cdgrules.core.timeline.Timeline;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A rule module made of a descriptor alone, with no Java: the territory, the annual fee by stratum
 * ({@code rules.annualFee}, with its optional eligibility ceiling), the convention terms and their
 * deadlines, under chosen readings and with parameter versions supplied at run time. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * RuleModule m = DescriptorModule.of(DescriptorLoader.load(Path.of("rules/cdg00.yaml")));
 * AnnualFeeQuote q = m.annualFees().orElseThrow().quote(commune, Year.of(2026));
 * RuleModule m2027 = m.withParameters(DescriptorLoader.readFragment(Path.of("tarif-2027.yaml")));
 * }</pre>
 */
public final class DescriptorModule implements RuleModule {
    private final Descriptor descriptor;
    private final Map<String, String> choices;

    private DescriptorModule(Descriptor descriptor, Map<String, String> choices) {
        this.descriptor = descriptor;
        this.choices = Collections.unmodifiableMap(new LinkedHashMap<>(choices));
    }

    /**
     * @param descriptor a checked descriptor
     * @return the module, under the default readings
     * @throws InvalidInputException if the descriptor declares a capability only a Java hook gives
     * @throws NullPointerException if an argument is null, naming it
     */
    public static DescriptorModule of(Descriptor descriptor) {
        Objects.requireNonNull(descriptor, "descriptor");
        for (Capability c : descriptor.capabilities()) {
            if (c != Capability.ANNUAL_FEE && c != Capability.DEADLINES) {
                throw new InvalidInputException("capabilities", null, descriptor.file() + ": capability '" + c.key()
                        + "' needs its Java hook " + descriptor.hooks().get(c.key())
                        + "; load the module that provides it instead of the descriptor alone");
            }
        }
        return new DescriptorModule(descriptor, Map.of());
    }

    @Override
    public String id() {
        return descriptor.id();
    }

    @Override
    public String issuingBody() {
        return descriptor.body();
    }

    @Override
    public List<SourceText> sources() {
        return descriptor.sources();
    }

    @Override
    public Territory territory() {
        return descriptor.territory();
    }

    @Override
    public Optional<Descriptor> descriptor() {
        return Optional.of(descriptor);
    }

    @Override
    public Set<Capability> capabilities() {
        Set<Capability> set = EnumSet.noneOf(Capability.class);
        set.addAll(descriptor.capabilities());
        return java.util.Collections.unmodifiableSet(set);
    }

    @Override
    public Optional<AnnualFees> annualFees() {
        return descriptor.annualFee().map(spec -> (c, y) -> quote(spec, c, y));
    }

    /**
     * @return the terms
     * @throws InvalidInputException if the descriptor declares none
     */
    @Override
    public ConventionTerms conventionTerms() {
        return descriptor.terms().orElseThrow(() -> new InvalidInputException("terms", null,
                "module " + id() + " declares no convention terms"));
    }

    @Override
    public DescriptorModule withParameters(ParameterFragment fragment) {
        return new DescriptorModule(descriptor.withParameters(Objects.requireNonNull(fragment, "fragment")), choices);
    }

    @Override
    public DescriptorModule withReadings(Map<String, String> newChoices) {
        Objects.requireNonNull(newChoices, "choices");
        Map<String, String> all = new LinkedHashMap<>(choices);
        newChoices.forEach((r, o) -> {
            Reading reading = descriptor.reading(r).orElseThrow(() -> new InvalidInputException("readings." + r, null,
                    "module " + id() + " has no reading '" + r + "' (it has "
                            + descriptor.readings().stream().map(Reading::id).toList() + ")"));
            if (reading.option(o).isEmpty()) {
                throw new InvalidInputException("readings." + r, reading.about().isEmpty() ? null : reading.about().get(0),
                        "reading '" + r + "' has no option '" + o + "' (it has "
                                + reading.options().stream().map(ReadingOption::id).toList() + ")");
            }
            all.put(r, o);
        });
        return new DescriptorModule(descriptor, all);
    }

    /** @return the option chosen for each reading (the default unless chosen otherwise) */
    public Map<String, String> readings() {
        Map<String, String> m = new LinkedHashMap<>();
        descriptor.readings().forEach(r -> m.put(r.id(), choices.getOrDefault(r.id(), r.defaultOption())));
        return java.util.Collections.unmodifiableMap(m);
    }

    private AnnualFeeQuote quote(AnnualFeeSpec spec, Collectivity c, Year year) {
        Objects.requireNonNull(c, "collectivity");
        Objects.requireNonNull(year, "year");
        Timeline<StrataScale> scale = descriptor.parameter(spec.scale()).scales();
        TraceStep ceilingStep = null;
        if (spec.ceiling().isPresent()) {
            DescribedParameter cp = descriptor.parameter(spec.ceiling().get());
            Optional<Map.Entry<Reading, ReadingOption>> byReading = setter(cp.key());
            InForce<Long> inForce = cp.populations().forYear(year);
            long ceiling;
            ParameterUse use;
            String result;
            if (byReading.isPresent()) {
                Reading r = byReading.get().getKey();
                ReadingOption o = byReading.get().getValue();
                ceiling = (Long) o.sets().get(cp.key());
                use = ParameterUse.setByReading(cp.name(), Long.toString(ceiling), inForce.version().effectiveFrom(),
                        Source.of("reading " + r.id() + " = " + o.id() + ": " + o.meaning(),
                                r.about().isEmpty() ? spec.article() : r.about().get(0)));
                result = "parameter " + cp.name() + " set by reading " + r.id() + " (" + o.id() + "): last eligible"
                        + " population " + ceiling;
            } else {
                ceiling = inForce.value();
                use = ParameterUse.of(inForce);
                result = "last eligible population " + ceiling;
            }
            long last = ceiling;
            scale = scale.map(s -> s.withCeiling(last));
            Map<String, String> inputs = new LinkedHashMap<>();
            inputs.put("population", c.population().toString());
            List<Citation> cites = new ArrayList<>();
            cites.add(spec.article());
            byReading.ifPresent(e -> e.getKey().about().forEach(a -> {
                if (!cites.contains(a)) {
                    cites.add(a);
                }
            }));
            ceilingStep = TraceStep.of("eligibility ceiling", cites, inputs, List.of(use), result);
        }
        AnnualFeeQuote q = AnnualFeeRule.of(id(), territory(), scale, spec.article()).quote(c, year);
        if (ceilingStep != null && q.tariff().isPresent()) {
            q = q.plus(ceilingStep);
        }
        return q;
    }

    private Optional<Map.Entry<Reading, ReadingOption>> setter(String parameterKey) {
        for (Reading r : descriptor.readings()) {
            ReadingOption o = r.option(choices.getOrDefault(r.id(), r.defaultOption())).orElseThrow();
            if (o.sets().containsKey(parameterKey)) {
                return Optional.of(Map.entry(r, o));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "descriptor module " + id() + " (" + descriptor.file() + ")";
    }
}
