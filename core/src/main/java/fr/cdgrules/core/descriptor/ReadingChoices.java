package fr.cdgrules.core.descriptor;

import fr.cdgrules.core.error.InvalidInputException;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Applies readings chosen by id, as {@code RuleModule.withReadings(Map)} receives them, to a module's
 * own readings value: the reading ids and option ids a caller may give are exactly those its
 * descriptor declares. Each module supplies one setter per declared reading (typically
 * {@code (r, o) -> r.withX(XReading.valueOf(o))}). Thread-safe (stateless).
 */
public final class ReadingChoices {
    private ReadingChoices() {}

    /**
     * @param descriptor the module's descriptor, which declares the readings and their options
     * @param current the module's current readings
     * @param choices reading id → option id; readings not named keep their current choice
     * @param setters reading id → how to apply an option id to the readings value
     * @param <R> the module's readings type
     * @return the readings with the choices applied, in the order of {@code choices}
     * @throws InvalidInputException naming {@code readings.<id>} if the descriptor declares no such
     *     reading, or the reading no such option
     * @throws IllegalStateException if a declared reading has no setter, or a setter refuses a declared
     *     option (a module whose descriptor and Java disagree: a bug, caught by the module's tests)
     * @throws NullPointerException if an argument is null
     */
    public static <R> R apply(Descriptor descriptor, R current, Map<String, String> choices,
            Map<String, BiFunction<R, String, R>> setters) {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(choices, "choices");
        Objects.requireNonNull(setters, "setters");
        R r = current;
        for (Map.Entry<String, String> e : choices.entrySet()) {
            String id = e.getKey();
            String option = e.getValue();
            Reading reading = descriptor.reading(id).orElseThrow(() -> new InvalidInputException("readings." + id, null,
                    "module " + descriptor.id() + " has no reading '" + id + "' (it has "
                            + descriptor.readings().stream().map(Reading::id).toList() + ")"));
            if (option == null || reading.option(option).isEmpty()) {
                throw new InvalidInputException("readings." + id, null, "reading '" + id + "' has no option '" + option
                        + "'");
            }
            BiFunction<R, String, R> setter = setters.get(id);
            if (setter == null) {
                throw new IllegalStateException(descriptor.file() + " declares the reading '" + id
                        + "' but the module does not apply it");
            }
            try {
                r = Objects.requireNonNull(setter.apply(r, option), "readings");
            } catch (IllegalArgumentException x) {
                throw new IllegalStateException(descriptor.file() + " declares the option '" + option + "' of '" + id
                        + "' but the module does not know it", x);
            }
        }
        return r;
    }
}
