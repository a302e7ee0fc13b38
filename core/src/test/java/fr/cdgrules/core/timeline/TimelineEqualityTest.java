package fr.cdgrules.core.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.citation.Source;
import fr.cdgrules.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A timeline, a version and a value in force are values: equal exactly when every part is equal
 * (CUCM's hourly unit cost, 30 € from 1 January 2022, deliberation of 30 June 2022, 003 art. 5).
 */
class TimelineEqualityTest {
    private static final Citation ART5 = Citation.of("003", "art. 5");
    private static final Source DELIB = Source.of("délibération du conseil communautaire du 30 juin 2022", ART5);
    private static final LocalDate JAN_2022 = LocalDate.of(2022, 1, 1);
    private static final Version<Money> V30 = Version.of(JAN_2022, Money.ofEuros(30), DELIB);

    @Test
    void versionsDifferingInAnyPartAreDifferent() {
        assertEquals(V30, Version.of(JAN_2022, Money.parse("30.00"), DELIB));
        assertEquals(V30.hashCode(), Version.of(JAN_2022, Money.parse("30.00"), DELIB).hashCode());
        for (Version<Money> other : List.of(Version.of(JAN_2022.plusDays(1), Money.ofEuros(30), DELIB),
                Version.of(JAN_2022, Money.parse("31.50"), DELIB),
                Version.of(JAN_2022, Money.ofEuros(30), Source.of("délibération du 12 décembre 2023", ART5)),
                V30.withOrigin(VersionOrigin.SUPPLIED))) {
            assertNotEquals(V30, other, other.toString());
        }
        assertNotEquals(V30, V30.toString());
    }

    @Test
    void timelinesDifferingInNameOrVersionsAreDifferent() {
        Timeline<Money> t = Timeline.of("cucm.hourly-unit-cost", V30);
        assertEquals(t, Timeline.of("cucm.hourly-unit-cost", Version.of(JAN_2022, Money.ofEuros(30), DELIB)));
        assertNotEquals(t, Timeline.of("cucm.daily-unit-cost", V30));
        assertNotEquals(t, t.plus(Version.of(LocalDate.of(2024, 1, 1), Money.parse("31.50"), DELIB)));
        assertNotEquals(t, t.toString());
    }

    @Test
    void valuesInForceDifferingInParameterDateOrVersionAreDifferent() {
        Timeline<Money> t = Timeline.of("cucm.hourly-unit-cost", V30)
                .plus(Version.of(LocalDate.of(2024, 1, 1), Money.parse("31.50"), DELIB));
        InForce<Money> mid2023 = t.at(LocalDate.of(2023, 6, 30));
        assertEquals(mid2023, t.at(LocalDate.of(2023, 6, 30)));
        assertEquals(mid2023.hashCode(), t.at(LocalDate.of(2023, 6, 30)).hashCode());
        assertNotEquals(mid2023, t.at(LocalDate.of(2023, 7, 1)), "another date, the same version");
        assertNotEquals(mid2023, Timeline.of("cucm.daily-unit-cost", V30).at(LocalDate.of(2023, 6, 30)));
        assertNotEquals(t.at(LocalDate.of(2024, 1, 1)), Timeline.of("cucm.hourly-unit-cost", V30)
                .at(LocalDate.of(2024, 1, 1)), "the same date, another version");
        assertNotEquals(mid2023, Money.ofEuros(30));
    }
}
