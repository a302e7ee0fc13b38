package fr.cdgrules.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.timeline.VersionOrigin;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A parameter's versions stay in date order whatever the order they are added in, and a version of
 * the same date replaces the one it supersedes (000 art. 3.2: 35 € an hour for a member commune).
 */
class DescribedParameterVersionsTest {
    private static final Citation ART_32 = Citation.of("000", "art. 3.2");
    private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 1);

    private static ParameterVersion rate(LocalDate from, String decision, String amount) {
        return ParameterVersion.of(from, decision, ART_32, null, Money.parse(amount), VersionOrigin.BUNDLED);
    }

    private static final ParameterVersion RATE_2025 = rate(JAN_2025, "délibération du conseil d'administration", "35.00");

    @Test
    void aVersionAddedBeforeTheOthersComesFirst() {
        DescribedParameter p = DescribedParameter.of("memberRate", "cdg79.member-hourly-rate", ParameterKind.AMOUNT,
                List.of(RATE_2025));
        ParameterVersion earlier = rate(LocalDate.of(2024, 1, 1), "délibération hypothétique", "33.00");
        ParameterVersion later = rate(LocalDate.of(2026, 1, 1), "délibération hypothétique", "37.00");
        assertEquals(List.of(earlier, RATE_2025, later), p.withVersion(later).withVersion(earlier).versions());
        assertEquals(List.of(earlier, RATE_2025), p.withVersion(earlier).versions());
    }

    @Test
    void aVersionOfTheSameDateReplacesTheOldOne() {
        DescribedParameter p = DescribedParameter.of("memberRate", "cdg79.member-hourly-rate", ParameterKind.AMOUNT,
                List.of(RATE_2025));
        ParameterVersion revised = rate(JAN_2025, "délibération rectificative", "36.00");
        assertEquals(List.of(revised), p.withVersion(revised).versions());
    }

    @Test
    void versionsDifferingInDateDecisionOrArticleAreDifferent() {
        assertNotEquals(RATE_2025, rate(JAN_2025.plusYears(1), "délibération du conseil d'administration", "35.00"));
        assertNotEquals(RATE_2025, rate(JAN_2025, "délibération du bureau", "35.00"));
        assertNotEquals(RATE_2025, ParameterVersion.of(JAN_2025, "délibération du conseil d'administration",
                Citation.of("000", "art. 3.1"), null, Money.parse("35.00"), VersionOrigin.BUNDLED));
        assertNotEquals(RATE_2025, RATE_2025.toString());
    }
}
