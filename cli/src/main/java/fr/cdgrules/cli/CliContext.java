package fr.cdgrules.cli;

import fr.cdgrules.core.module.RuleModules;
import fr.cdgrules.cli.data.CommuneDirectory;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the commands work with: the clock (read only here, for the default {@code --year}, and for the
 * DTSTAMP of calendars), the rule modules and the commune data, both loaded on first use. Tests build
 * one with a fixed clock and fake modules.
 */
public final class CliContext {
    /** The zone of the civil dates of the texts. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Clock clock;
    private final Supplier<RuleModules> modules;
    private final Supplier<CommuneDirectory> communes;

    private CliContext(Clock clock, Supplier<RuleModules> modules, Supplier<CommuneDirectory> communes) {
        this.clock = Objects.requireNonNull(clock);
        this.modules = memoize(modules);
        this.communes = memoize(communes);
    }

    /** @return the context of the real command line: system clock in Europe/Paris, modules found by ServiceLoader, bundled communes */
    public static CliContext system() {
        return new CliContext(Clock.system(PARIS), RuleModules::load, CommuneDirectory::bundled);
    }

    /**
     * @param clock the clock
     * @param modules the rule modules, loaded on first use
     * @param communes the commune data, loaded on first use
     * @return the context
     */
    public static CliContext of(Clock clock, Supplier<RuleModules> modules, Supplier<CommuneDirectory> communes) {
        return new CliContext(clock, modules, communes);
    }

    /** @return the clock */
    public Clock clock() {
        return clock;
    }

    /** @return the current year, by the clock */
    public Year currentYear() {
        return Year.now(clock);
    }

    /** @return the rule modules */
    public RuleModules modules() {
        return modules.get();
    }

    /** @return the commune data */
    public CommuneDirectory communes() {
        return communes.get();
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        Objects.requireNonNull(supplier);
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        v = value;
                        if (v == null) {
                            v = Objects.requireNonNull(supplier.get());
                            value = v;
                        }
                    }
                }
                return v;
            }
        };
    }
}
