package fr.cdgrules.core.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.citation.Source;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.error.NothingInForceException;
import fr.cdgrules.core.money.Money;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TimelineTest {
    static final Source DELIB_2022 = Source.of("délibération du conseil communautaire du 30 juin 2022",
            Citation.of("003", "art. 5"));
    static final Timeline<Money> HOURLY = Timeline.of("cucm.hourly-unit-cost",
            Version.of(LocalDate.of(2022, 1, 1), Money.ofEuros(30), DELIB_2022));

    @Test
    void aValueStaysInForceUntilTheNext() {
        Timeline<Money> revised = HOURLY.plus(Version.of(LocalDate.of(2024, 1, 1), Money.parse("31.50"),
                Source.of("hypothetical revision", Citation.of("003", "art. 5"))));
        assertEquals(Money.ofEuros(30), revised.at(LocalDate.of(2023, 12, 31)).value());
        assertEquals(Money.parse("31.50"), revised.at(LocalDate.of(2024, 1, 1)).value());
        assertEquals(Money.parse("31.50"), revised.forYear(Year.of(2030)).value());
        assertFalse(revised.forYear(Year.of(2024)).isCarriedForward());
        assertTrue(revised.forYear(Year.of(2025)).isCarriedForward());
    }

    @Test
    void mapKeepsTheVersion() {
        InForce<Long> cents = HOURLY.at(LocalDate.of(2023, 5, 1)).map(Money::cents);
        assertEquals(3000L, cents.value());
        assertEquals(LocalDate.of(2022, 1, 1), cents.version().effectiveFrom());
        assertTrue(cents.isCarriedForward());
        assertEquals(DELIB_2022, cents.version().source());
    }

    @Test
    void beforeTheFirstValueNothingIsInForce() {
        NothingInForceException e = assertThrows(NothingInForceException.class, () -> HOURLY.at(LocalDate.of(2021, 12, 31)));
        assertEquals(LocalDate.of(2022, 1, 1), e.firstEffective());
        assertEquals("cucm.hourly-unit-cost", e.parameter());
        assertTrue(e.getMessage().contains("003 art. 5"), e.getMessage());
        assertEquals(List.of(Citation.of("003", "art. 5")), e.rules());
    }

    @Test
    void aVersionTakingEffectMidYearAppliesToBudgetYearsFromTheNext() {
        Timeline<Money> t = HOURLY.plus(Version.of(LocalDate.of(2023, 7, 1), Money.ofEuros(32), DELIB_2022));
        assertEquals(Money.ofEuros(30), t.forYear(Year.of(2023)).value());
        assertEquals(Money.ofEuros(32), t.forYear(Year.of(2024)).value());
    }

    @Test
    void refusesDuplicatesAndEmptiness() {
        assertThrows(InvalidInputException.class, () -> HOURLY.plus(Version.of(LocalDate.of(2022, 1, 1), Money.ofEuros(1), DELIB_2022)));
        assertThrows(InvalidInputException.class, () -> Timeline.of("x", List.<Version<Money>>of()));
        assertThrows(InvalidInputException.class, () -> Version.of(null, Money.ZERO, DELIB_2022));
    }

    /** Version lookup: the value at a date is the one with the latest effective date on or before it. */
    @Test
    void propertyLookupReturnsTheLatestVersionNotAfterTheDate() {
        qt().forAll(lists().of(integers().between(0, 3650)).ofSizeBetween(1, 10), integers().between(-100, 4000))
                .check((offsets, probe) -> {
                    LocalDate base = LocalDate.of(2020, 1, 1);
                    TreeSet<Integer> distinct = new TreeSet<>(offsets);
                    List<Version<Integer>> versions = new ArrayList<>();
                    for (int o : distinct) {
                        versions.add(Version.of(base.plusDays(o), o, DELIB_2022));
                    }
                    java.util.Collections.reverse(versions); // any input order
                    Timeline<Integer> t = Timeline.of("p", versions);
                    Integer expected = distinct.floor(probe);
                    LocalDate date = base.plusDays(probe);
                    if (expected == null) {
                        try {
                            t.at(date);
                            return false;
                        } catch (NothingInForceException e) {
                            return true;
                        }
                    }
                    return t.at(date).value().equals(expected);
                });
    }

    /** A deliberation amending a tariff before it takes effect replaces the version of that day; another date adds one. */
    @Test
    void withVersionReplacesTheVersionOfTheSameDayAndAddsAnyOther() {
        Timeline<Money> amended = HOURLY.withVersion(Version.of(LocalDate.of(2022, 1, 1), Money.parse("31.00"), DELIB_2022));
        assertEquals(1, amended.versions().size());
        assertEquals(Money.parse("31.00"), amended.at(LocalDate.of(2022, 6, 1)).value());
        Timeline<Money> added = HOURLY.withVersion(Version.of(LocalDate.of(2024, 1, 1), Money.parse("31.50"), DELIB_2022));
        assertEquals(2, added.versions().size());
        assertEquals(Money.ofEuros(30), added.at(LocalDate.of(2023, 12, 31)).value());
        assertEquals(Money.parse("31.50"), added.at(LocalDate.of(2024, 1, 1)).value());
        NullPointerException e = assertThrows(NullPointerException.class, () -> HOURLY.withVersion(null));
        assertEquals("version", e.getMessage());
    }
}
