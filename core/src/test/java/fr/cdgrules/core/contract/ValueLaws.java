package fr.cdgrules.core.contract;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.cdgrules.core.json.CdgJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.quicktheories.core.Gen;

/**
 * The laws of a value, checked with QuickTheories over values generated from their parts: {@code equals}
 * reflexive, symmetric and transitive, {@code hashCode} consistent with it, equality meaning the same content
 * (two values are equal exactly when their JSON forms are the same text: no part ignored, nothing compared that
 * the value does not show), and the JSON round trip exact (equal value, equal hash code, the same text written
 * again).
 *
 * <p>Each example is a sample of values: parts drawn from small domains, each built twice by factories drawn
 * independently ({@code forms}), so that equal values built in different ways are always present. Every law is
 * checked over every value, pair or triple of the sample, on its own, and every law that fails is reported by
 * name with its smallest counter-example.
 *
 * @param <P> the parts a value is built from
 * @param <T> the value type
 */
final class ValueLaws<P, T> {
    private static final int EXAMPLES = 100;

    private final Gen<P> parts;
    private final BiFunction<P, Integer, T> build;
    private final int forms;
    private final Function<String, T> read;
    private final int examples;

    private ValueLaws(Gen<P> parts, BiFunction<P, Integer, T> build, int forms, Function<String, T> read, int examples) {
        this.parts = parts;
        this.build = build;
        this.forms = forms;
        this.read = read;
        this.examples = examples;
    }

    /**
     * @param parts the parts of a value, from small domains
     * @param build builds a value from its parts by one of its factories, numbered from 0
     * @param forms how many factories
     * @param read reads the value back from its JSON form
     * @param <P> the parts
     * @param <T> the value type
     * @return the laws of these values
     */
    static <P, T> ValueLaws<P, T> of(Gen<P> parts, BiFunction<P, Integer, T> build, int forms, Function<String, T> read) {
        return new ValueLaws<>(parts, build, forms, read, EXAMPLES);
    }

    /**
     * @param n the number of samples each law is checked on (for values that are slow to build)
     * @return these laws, checked on that many samples
     */
    ValueLaws<P, T> withExamples(int n) {
        return new ValueLaws<>(parts, build, forms, read, n);
    }

    /** A value, the parts and factory it was built from; its JSON form is written when a law asks for it. */
    record Built<T>(T value, String recipe) {
        String json() {
            return CdgJson.write(value);
        }

        @Override
        public String toString() {
            return recipe + " = " + value;
        }
    }

    /** Up to six parts, each built twice by two factories: between two and twelve values. */
    private Gen<List<Built<T>>> samples() {
        Gen<List<Integer>> twoForms = lists().of(integers().between(0, forms - 1)).ofSize(2);
        Gen<List<Built<T>>> twice = parts.zip(twoForms, (p, f) -> List.of(built(p, f.get(0)), built(p, f.get(1))));
        return lists().of(twice).ofSizeBetween(1, 6).map(l -> l.stream().flatMap(List::stream).toList());
    }

    private Built<T> built(P p, int form) {
        T value = build.apply(p, form);
        return new Built<>(value, p + " by factory " + form);
    }

    /**
     * Checks every law.
     *
     * @return the laws that fail, each with its smallest counter-example; empty when all hold
     */
    List<String> broken() {
        List<String> broken = new ArrayList<>();
        AtomicInteger equalPairs = new AtomicInteger();
        AtomicInteger unequalPairs = new AtomicInteger();
        law(broken, "equals is reflexive and no value equals null", sample -> {
            for (Built<T> a : sample) {
                require(a.value().equals(a.value()) && !a.value().equals(null), "a.equals(a) and !a.equals(null): " + a);
            }
        });
        law(broken, "equals is symmetric", sample -> pairs(sample, (a, b) -> {
            boolean ab = a.value().equals(b.value());
            (ab ? equalPairs : unequalPairs).incrementAndGet();
            require(ab == b.value().equals(a.value()), "a.equals(b) == b.equals(a): " + a + " / " + b);
        }));
        law(broken, "equals is transitive", sample -> pairs(sample, (a, b) -> {
            if (a.value().equals(b.value())) {
                for (Built<T> c : sample) {
                    require(!b.value().equals(c.value()) || a.value().equals(c.value()),
                            "a = b and b = c, so a = c: " + a + " / " + b + " / " + c);
                }
            }
        }));
        law(broken, "hashCode is consistent with equals", sample -> pairs(sample, (a, b) -> {
            require(!a.value().equals(b.value()) || a.value().hashCode() == b.value().hashCode(),
                    "a = b, so hash(a) = hash(b): " + a + " / " + b);
        }));
        law(broken, "equal exactly when the JSON forms are the same", sample -> {
            List<String> json = sample.stream().map(Built::json).toList();
            for (int i = 0; i < sample.size(); i++) {
                for (int j = 0; j < sample.size(); j++) {
                    Built<T> a = sample.get(i);
                    Built<T> b = sample.get(j);
                    require(a.value().equals(b.value()) == json.get(i).equals(json.get(j)), "a.equals(b) == (json(a) is"
                            + " json(b)): " + a + " written " + json.get(i) + " / " + b + " written " + json.get(j));
                }
            }
        });
        law(broken, "the JSON round trip is exact", sample -> {
            for (Built<T> a : sample) {
                String json = a.json();
                T back = read.apply(json);
                require(back.equals(a.value()) && a.value().equals(back), "read(write(a)) = a: " + json + " read as " + back);
                require(back.hashCode() == a.value().hashCode(), "hash(read(write(a))) = hash(a): " + a);
                require(CdgJson.write(back).equals(json), "write(read(write(a))) = write(a): " + a);
            }
        });
        if (broken.isEmpty() && (equalPairs.get() == 0 || unequalPairs.get() == 0)) {
            broken.add("the generated values test nothing: " + equalPairs + " equal pairs, " + unequalPairs
                    + " unequal pairs");
        }
        return broken;
    }

    private static <T> void pairs(List<Built<T>> sample, java.util.function.BiConsumer<Built<T>, Built<T>> check) {
        for (Built<T> a : sample) {
            for (Built<T> b : sample) {
                check.accept(a, b);
            }
        }
    }

    private void law(List<String> broken, String name, java.util.function.Consumer<List<Built<T>>> check) {
        try {
            qt().withExamples(examples).forAll(samples()).checkAssert(check);
        } catch (AssertionError e) {
            broken.add(name + ": " + Objects.toString(e.getMessage(), "").lines().limit(12)
                    .reduce((x, y) -> x + "\n" + y).orElse(""));
        }
    }

    private static void require(boolean holds, String what) {
        if (!holds) {
            throw new AssertionError(what);
        }
    }
}
