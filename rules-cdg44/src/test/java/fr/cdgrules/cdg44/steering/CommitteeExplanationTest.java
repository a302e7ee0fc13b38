package fr.cdgrules.cdg44.steering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cdgrules.cdg44.partnership.Partnership;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.explain.TraceStep;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Art. 4: « Il se réunira régulièrement et au moins une fois par an. » What the check says of each year. */
class CommitteeExplanationTest {
    private static final Partnership P = Partnership.of(LocalDate.of(2025, 1, 15));
    private static final List<LocalDate> MEETINGS = List.of(LocalDate.of(2027, 3, 1), LocalDate.of(2025, 6, 10));

    @Test
    void theConventionYearsAreNumberedAndTheMissedOnesCounted() {
        CommitteeCheck c = SteeringCommittee.defaults().check(P, MEETINGS, LocalDate.of(2028, 6, 1));
        assertEquals(List.of("convention year 1", "convention year 2", "convention year 3"),
                c.years().stream().map(CommitteeYear::label).toList());
        TraceStep step = c.explanation().steps().get(0);
        assertEquals("3 years, 1 missed", step.result());
        assertEquals(List.of(Citation.of("002", "art. 4")), step.citations());
        assertEquals("2025-01-15 – 2028-01-14", step.inputs().get("inForce"));
        assertEquals("[2025-06-10, 2027-03-01]", step.inputs().get("meetings"));
        assertEquals("CONVENTION_YEARS", step.inputs().get("reading"));
        assertEquals("convention year 2 [2026-01-15 – 2027-01-14]: MISSED []", c.years().get(1).toString());
        assertEquals("convention year 3 [2027-01-15 – 2028-01-14]: MET [2027-03-01]", c.years().get(2).toString());
    }

    @Test
    void aPartialCivilYearSaysSo() {
        CommitteeCheck c = SteeringCommittee.of(CommitteeYearReading.CIVIL_YEARS).check(P, MEETINGS, LocalDate.of(2028, 6, 1));
        assertEquals("2025 [2025-01-15 – 2025-12-31, partial]: MET [2025-06-10]", c.years().get(0).toString());
        assertEquals("2026 [2026-01-01 – 2026-12-31]: MISSED []", c.years().get(1).toString());
        // 2028 (1 – 14 January) is a partial year without a meeting: missed, a warning only
        assertEquals("2028 [2028-01-01 – 2028-01-14, partial]: MISSED []", c.years().get(3).toString());
        assertEquals("4 years, 2 missed", c.explanation().steps().get(0).result());
    }
}
