package fr.cdgrules.cdg44.steering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg44.partnership.Partnership;
import fr.cdgrules.cdg44.partnership.Party;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.json.CdgJson;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SteeringCommitteeTest {
    private static final Partnership P = Partnership.of(LocalDate.of(2025, 1, 15));
    private static final List<LocalDate> MEETINGS = List.of(LocalDate.of(2027, 3, 1), LocalDate.of(2025, 6, 10));
    private static final LocalDate AFTER = LocalDate.of(2028, 6, 1);

    @Test
    void defaultReadingIsConventionYears() {
        assertEquals(CommitteeYearReading.CONVENTION_YEARS, SteeringCommittee.defaults().reading());
    }

    @Test
    void aConventionYearWithoutAMeetingIsABreach() {
        CommitteeCheck c = SteeringCommittee.defaults().check(P, MEETINGS, AFTER);
        assertEquals(3, c.years().size());
        assertEquals(List.of(CommitteeYearStatus.MET, CommitteeYearStatus.MISSED, CommitteeYearStatus.MET),
                c.years().stream().map(CommitteeYear::status).toList());
        CommitteeYear second = c.years().get(1);
        assertEquals(LocalDate.of(2026, 1, 15), second.firstDay());
        assertEquals(LocalDate.of(2027, 1, 14), second.lastDay());
        assertFalse(second.partial());
        assertEquals(List.of(second), c.missed());
        assertTrue(c.findings().has("steering-committee-year-without-meeting"));
        assertTrue(c.findings().isRefused());
        assertEquals(Citation.of("002", "art. 4"), c.findings().all().get(0).citation());
    }

    @Test
    void underCivilYearsThePartialLastYearIsAWarning() {
        CommitteeCheck c = SteeringCommittee.of(CommitteeYearReading.CIVIL_YEARS).check(P, MEETINGS, AFTER);
        assertEquals(List.of("2025", "2026", "2027", "2028"), c.years().stream().map(CommitteeYear::label).toList());
        assertEquals(List.of(CommitteeYearStatus.MET, CommitteeYearStatus.MISSED, CommitteeYearStatus.MET,
                CommitteeYearStatus.MISSED), c.years().stream().map(CommitteeYear::status).toList());
        assertTrue(c.years().get(0).partial());
        assertFalse(c.years().get(1).partial());
        assertEquals(LocalDate.of(2028, 1, 14), c.years().get(3).lastDay());
        assertEquals(1, c.findings().refusals().size());
        assertTrue(c.findings().has("steering-committee-partial-year-without-meeting"));
    }

    @Test
    void aYearNotYetOverIsPending() {
        CommitteeCheck c = SteeringCommittee.defaults().check(P, List.of(LocalDate.of(2025, 6, 10)), LocalDate.of(2026, 6, 1));
        assertEquals(List.of(CommitteeYearStatus.MET, CommitteeYearStatus.PENDING, CommitteeYearStatus.PENDING),
                c.years().stream().map(CommitteeYear::status).toList());
        assertTrue(c.findings().isEmpty());
    }

    @Test
    void aMeetingOnEveryYearMeansNoFinding() {
        List<LocalDate> yearly = List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 10, 1));
        assertTrue(SteeringCommittee.defaults().check(P, yearly, AFTER).findings().isEmpty());
    }

    @Test
    void aTerminationCutsTheLastYearShort() {
        Partnership terminated = P.withNotice(Party.REGION, LocalDate.of(2026, 2, 1));
        CommitteeCheck c = SteeringCommittee.defaults().check(terminated, List.of(LocalDate.of(2025, 6, 10)), AFTER);
        assertEquals(2, c.years().size());
        CommitteeYear cut = c.years().get(1);
        // notified on 1 February 2026: in force through 1 May 2026 (CPC art. 641-642 by analogy)
        assertEquals(LocalDate.of(2026, 5, 1), cut.lastDay());
        assertTrue(cut.partial());
        assertEquals(CommitteeYearStatus.MISSED, cut.status());
        assertFalse(c.findings().isRefused());
    }

    /** An effect on 29 February keeps full-length convention years: the anniversary in a common year is 1 March. */
    @Test
    void conventionYearsFrom29FebruaryKeepTheirFullLength() {
        Partnership leap = Partnership.of(LocalDate.of(2028, 2, 29));
        CommitteeCheck c = SteeringCommittee.defaults().check(leap, List.of(), LocalDate.of(2032, 1, 1));
        assertEquals(3, c.years().size());
        assertEquals(LocalDate.of(2029, 2, 28), c.years().get(0).lastDay());
        assertEquals(LocalDate.of(2029, 3, 1), c.years().get(1).firstDay());
        assertEquals(LocalDate.of(2030, 2, 28), c.years().get(1).lastDay());
        assertEquals(LocalDate.of(2030, 3, 1), c.years().get(2).firstDay());
        assertEquals(LocalDate.of(2031, 2, 28), c.years().get(2).lastDay());
        assertTrue(c.years().stream().noneMatch(CommitteeYear::partial));
        // a meeting on 1 March 2029 belongs to the second year, not the first
        CommitteeCheck m = SteeringCommittee.defaults().check(leap, List.of(LocalDate.of(2029, 3, 1)), LocalDate.of(2032, 1, 1));
        assertEquals(List.of(CommitteeYearStatus.MISSED, CommitteeYearStatus.MET, CommitteeYearStatus.MISSED),
                m.years().stream().map(CommitteeYear::status).toList());
    }

    @Test
    void meetingsOutsideTheConventionDoNotCount() {
        CommitteeCheck c = SteeringCommittee.defaults().check(P, List.of(LocalDate.of(2024, 12, 1)), AFTER);
        assertTrue(c.findings().has("meeting-outside-convention"));
        assertEquals(3, c.missed().size());
    }

    @Test
    void aMeetingAfterTheDateOfTheCheckIsInvalid() {
        // malformed input, not a refusal: a check as of a date cannot know of a meeting held after it; art. 4
        // (« au moins une fois par an ») has nothing to refuse, so the field is named, exit 2 on the command line
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SteeringCommittee.defaults().check(P, MEETINGS, LocalDate.of(2026, 1, 1)));
        assertEquals("meetings", e.field().orElseThrow());
        assertEquals(List.of(Citation.of("002", "art. 4")), e.rules());
        assertTrue(e.getMessage().contains("a meeting recorded on 2027-03-01 is after the date of the check, 2026-01-01"),
                e.getMessage());
        // a meeting on the date of the check itself is known on that date
        assertEquals(CommitteeYearStatus.MET, SteeringCommittee.defaults()
                .check(P, List.of(LocalDate.of(2025, 6, 10)), LocalDate.of(2025, 6, 10)).years().get(0).status());
    }

    @Test
    void roundTripsAsJson() {
        CommitteeCheck c = SteeringCommittee.defaults().check(P, MEETINGS, AFTER);
        assertEquals(c, CdgJson.read(CdgJson.write(c), CommitteeCheck.class));
    }
}
