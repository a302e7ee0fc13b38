package fr.cdgrules.core.descriptor;

import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.strata.StrataScale;
import fr.cdgrules.core.timeline.Timeline;
import fr.cdgrules.core.timeline.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A dated parameter of a descriptor: its key in the file, its name in traces (e.g.
 * {@code cdg79.pack-adhesion}), its kind and its versions in effective-date order. Immutable.
 */
public final class DescribedParameter {
    private final String key;
    private final String name;
    private final ParameterKind kind;
    private final List<ParameterVersion> versions;

    private DescribedParameter(String key, String name, ParameterKind kind, List<ParameterVersion> versions) {
        this.key = key;
        this.name = name;
        this.kind = kind;
        this.versions = List.copyOf(versions);
    }

    /**
     * @param key the key in the descriptor
     * @param name the name in traces
     * @param kind the kind of value
     * @param versions the versions, in effective-date order
     * @return the parameter
     * @throws NullPointerException if an argument is null, naming it
     */
    public static DescribedParameter of(String key, String name, ParameterKind kind, List<ParameterVersion> versions) {
        java.util.Objects.requireNonNull(key, "key");
        java.util.Objects.requireNonNull(name, "name");
        java.util.Objects.requireNonNull(kind, "kind");
        java.util.Objects.requireNonNull(versions, "versions");
        return new DescribedParameter(key, name, kind, versions);
    }

    /** @return the key in the descriptor, e.g. {@code packFee} */
    public String key() {
        return key;
    }

    /** @return the name in traces, e.g. {@code cdg79.pack-adhesion} */
    public String name() {
        return name;
    }

    /** @return the kind of value */
    public ParameterKind kind() {
        return kind;
    }

    /** @return the versions, in effective-date order */
    public List<ParameterVersion> versions() {
        return versions;
    }

    /**
     * @param type the value type of the kind (StrataScale, Money, BigDecimal, Long)
     * @param <T> that type
     * @return the parameter as a core timeline
     */
    public <T> Timeline<T> timeline(Class<T> type) {
        List<Version<T>> list = new ArrayList<>();
        versions.forEach(v -> list.add(v.toVersion(type)));
        return Timeline.of(name, list);
    }

    /** @return a fee-scale parameter as a timeline */
    public Timeline<StrataScale> scales() {
        return timeline(StrataScale.class);
    }

    /** @return an amount parameter as a timeline */
    public Timeline<Money> amounts() {
        return timeline(Money.class);
    }

    /** @return a number parameter as a timeline */
    public Timeline<BigDecimal> numbers() {
        return timeline(BigDecimal.class);
    }

    /** @return a population parameter as a timeline */
    public Timeline<Long> populations() {
        return timeline(Long.class);
    }

    /** @return a date parameter as a timeline */
    public Timeline<LocalDate> dates() {
        return timeline(LocalDate.class);
    }

    /**
     * @param version a version to add, or to put in place of the one taking effect the same day
     * @return the parameter with it
     * @throws NullPointerException if an argument is null, naming it
     */
    public DescribedParameter withVersion(ParameterVersion version) {
        java.util.Objects.requireNonNull(version, "version");
        List<ParameterVersion> list = new ArrayList<>();
        for (ParameterVersion v : versions) {
            if (!v.effectiveFrom().equals(version.effectiveFrom())) {
                list.add(v);
            }
        }
        list.add(version);
        // (not Comparator.comparing, whose lambda a one-shot command would spin at run time)
        list.sort((a, b) -> a.effectiveFrom().compareTo(b.effectiveFrom()));
        return new DescribedParameter(key, name, kind, list);
    }

    @Override
    public String toString() {
        return name + " (" + kind.key() + ") " + versions;
    }

    /** Two parameters are equal when their key, trace name, kind and versions (in order) are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DescribedParameter other && Objects.equals(key, other.key)
                && Objects.equals(name, other.name) && kind == other.kind && versions.equals(other.versions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, name, kind, versions);
    }
}
