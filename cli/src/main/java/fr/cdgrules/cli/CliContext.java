package fr.cdgrules.cli;

import fr.cdgrules.core.module.RuleModules;
import fr.cdgrules.cli.data.CommuneDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
    /** The largest offset of a zone from UTC, in seconds (java.time's bound, {@code ZoneOffset.MAX}: 18 hours). */
    private static final long LARGEST_OFFSET = 18 * 3_600;
    private static final long SECONDS_PER_DAY = 86_400;

    /** The system clock's context, which may read the year without the zone's rules (see {@link #currentYear()}). */
    private final boolean systemClock;
    private final Supplier<Clock> clock;
    private final Supplier<RuleModules> modules;
    private final Supplier<CommuneDirectory> communes;

    private CliContext(boolean systemClock, Supplier<Clock> clock, Supplier<RuleModules> modules,
            Supplier<CommuneDirectory> communes) {
        this.systemClock = systemClock;
        this.clock = memoize(clock);
        this.modules = memoize(Objects.requireNonNull(modules, "modules"));
        this.communes = memoize(Objects.requireNonNull(communes, "communes"));
    }

    /**
     * The zone of the civil dates of the texts, Europe/Paris. Made on first use: reading the time-zone
     * rules costs a one-shot command about 15 ms, which a quote for a given year does not need.
     *
     * @return the zone Europe/Paris
     */
    public static ZoneId paris() {
        return Paris.ZONE;
    }

    private static final class Paris {
        static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    }

    /**
     * @return the context of the real command line: system clock in Europe/Paris (made on first use),
     *     modules found by ServiceLoader, bundled communes
     */
    public static CliContext system() {
        return new CliContext(true, () -> Clock.system(paris()), RuleModules::load, CommuneDirectory::bundled);
    }

    /**
     * @param clock the clock
     * @param modules the rule modules, loaded on first use
     * @param communes the commune data, loaded on first use
     * @return the context
     */
    public static CliContext of(Clock clock, Supplier<RuleModules> modules, Supplier<CommuneDirectory> communes) {
        Objects.requireNonNull(clock, "clock");
        return new CliContext(false, () -> clock, modules, communes);
    }

    /** @return the clock */
    public Clock clock() {
        return clock.get();
    }

    /**
     * The current year in the clock's zone. On the system clock, the year is read from the UTC time alone
     * when it is the same in every zone (more than 18 hours from a new year in UTC), and from the zone's
     * rules otherwise: the same year, without loading the rules on most days.
     *
     * @return the current year, by the clock
     */
    public Year currentYear() {
        if (systemClock) {
            Year y = yearInEveryZone(Instant.now());
            if (y != null) {
                return y;
            }
        }
        return Year.now(clock());
    }

    /**
     * @param instant an instant
     * @return its year, if it is the same in every zone (offsets of at most 18 hours from UTC), else null
     */
    static Year yearInEveryZone(Instant instant) {
        long s = instant.getEpochSecond();
        int year = LocalDate.ofEpochDay(Math.floorDiv(s, SECONDS_PER_DAY)).getYear();
        long start = LocalDate.of(year, 1, 1).toEpochDay() * SECONDS_PER_DAY;
        long end = LocalDate.of(year + 1, 1, 1).toEpochDay() * SECONDS_PER_DAY;
        // local time = s + offset (+ nanoseconds < 1 s), offset in [-18 h, +18 h]
        return s - start >= LARGEST_OFFSET && end - s > LARGEST_OFFSET ? Year.of(year) : null;
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
