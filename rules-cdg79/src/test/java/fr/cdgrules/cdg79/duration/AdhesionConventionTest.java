package fr.cdgrules.cdg79.duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.ConventionStatus;
import fr.cdgrules.core.lifecycle.Deadline;
import fr.cdgrules.core.lifecycle.DeadlineKind;
import fr.cdgrules.core.lifecycle.RenewalKind;
import fr.cdgrules.core.lifecycle.RenewalPolicy;
import fr.cdgrules.core.money.Money;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdhesionConventionTest {
    private static final AdhesionConvention DEFAULT = AdhesionConvention.of(ConventionStartReading.defaultReading());
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    private static LocalDate deadline(Convention c, DeadlineKind kind, int index) {
        List<Deadline> list = c.deadlines().stream().filter(d -> d.kind() == kind).toList();
        return list.get(index).date();
    }

    @Test
    void termsAreTwoYearsRenewableOnceTacitlyWithOneMonthNotice() {
        assertEquals(Period.ofYears(2), DEFAULT.terms().initialTerm());
        assertEquals(RenewalPolicy.tacit(1, Period.ofYears(2), Period.ofMonths(1), Cdg79Articles.DURATION),
                DEFAULT.terms().renewal());
        assertEquals(RenewalKind.TACIT, DEFAULT.terms().renewal().kind());
        assertTrue(DEFAULT.terms().terminations().isEmpty());
        assertEquals(Period.ofYears(4), DEFAULT.terms().maximumDuration());
    }

    @Test
    void deadlinesForAnAdhesionStarting1January2026() {
        Convention c = DEFAULT.startingOn(START);
        assertEquals(LocalDate.of(2027, 12, 31), deadline(c, DeadlineKind.END_OF_TERM, 0));
        assertEquals(LocalDate.of(2027, 12, 1), deadline(c, DeadlineKind.NOTICE_DEADLINE, 0));
        assertEquals(LocalDate.of(2028, 1, 1), deadline(c, DeadlineKind.RENEWAL_DATE, 0));
        assertEquals(LocalDate.of(2029, 12, 31), deadline(c, DeadlineKind.END_OF_TERM, 1));
        assertEquals(LocalDate.of(2029, 12, 31), c.finalEnd());
        assertEquals(1, c.deadlines().stream().filter(d -> d.kind() == DeadlineKind.NOTICE_DEADLINE).count(),
                "renewable once: no second notice deadline");
        assertTrue(c.deadlines().stream().allMatch(d -> d.citation().equals(Cdg79Articles.DURATION)));
    }

    @Test
    void stateAtEachDate() {
        Convention c = DEFAULT.startingOn(START);
        assertEquals(ConventionStatus.NOT_YET_IN_FORCE, c.stateAt(LocalDate.of(2025, 12, 31)).status());
        assertEquals(0, c.stateAt(START).term().getAsInt());
        assertEquals(0, c.stateAt(LocalDate.of(2027, 12, 31)).term().getAsInt());
        assertEquals(1, c.stateAt(LocalDate.of(2028, 1, 1)).term().getAsInt());
        assertEquals(ConventionStatus.IN_FORCE, c.stateAt(LocalDate.of(2029, 12, 31)).status());
        assertEquals(ConventionStatus.EXPIRED, c.stateAt(LocalDate.of(2030, 1, 1)).status());
    }

    @Test
    void aNoticeGivenOnTheLastDayStopsTheRenewal() {
        Convention c = DEFAULT.startingOn(START).withNonRenewalNotice(LocalDate.of(2027, 12, 1));
        assertEquals(LocalDate.of(2027, 12, 31), c.finalEnd());
        assertEquals(ConventionStatus.EXPIRED, c.stateAt(LocalDate.of(2028, 1, 1)).status());
        assertTrue(c.findings().isEmpty());
    }

    @Test
    void aPlainNoticeIsANoticeOfNonRenewal() {
        Convention c = DEFAULT.startingOn(START).withNotice(LocalDate.of(2027, 6, 30), Optional.empty());
        assertEquals(List.of(LocalDate.of(2027, 6, 30)), c.nonRenewalNotices());
        assertEquals(LocalDate.of(2027, 12, 31), c.finalEnd());
        assertEquals(ConventionStatus.IN_FORCE, c.stateAt(LocalDate.of(2027, 12, 31)).status());
    }

    @Test
    void aNoticeGivenTheDayAfterTheDeadlineDoesNotStopTheRenewal() {
        Convention c = DEFAULT.startingOn(START).withNonRenewalNotice(LocalDate.of(2027, 12, 2));
        assertEquals(LocalDate.of(2029, 12, 31), c.finalEnd());
        assertTrue(c.findings().has("late-notice-of-non-renewal"), c.findings().toString());
    }

    @Test
    void noIndemnity() {
        assertEquals(Money.ZERO, AdhesionConvention.indemnity());
        assertEquals(List.of(Cdg79Articles.DURATION), AdhesionConvention.indemnityExplanation().citations());
        assertTrue(AdhesionConvention.indemnityExplanation().render().contains("Aucune indemnité"));
    }

    @Test
    void theConventionStartsOn1JanuaryOfTheYearJoinedByDefault() {
        assertEquals(ConventionStartReading.FIRST_DAY_OF_CIVIL_YEAR, ConventionStartReading.defaultReading());
        // Clessé: council of 23 April 2026, "à compter de l'exercice budgétaire 2026" (001)
        Convention c = DEFAULT.signedOn(LocalDate.of(2026, 4, 23));
        assertEquals(START, c.start());
        assertEquals(LocalDate.of(2027, 12, 1), deadline(c, DeadlineKind.NOTICE_DEADLINE, 0));
        Convention bySignature = AdhesionConvention.of(ConventionStartReading.DATE_OF_SIGNATURE)
                .signedOn(LocalDate.of(2026, 4, 23));
        assertEquals(LocalDate.of(2028, 4, 22), deadline(bySignature, DeadlineKind.END_OF_TERM, 0));
        assertEquals(LocalDate.of(2028, 3, 23), deadline(bySignature, DeadlineKind.NOTICE_DEADLINE, 0));
        assertFalse(bySignature.stateAt(LocalDate.of(2026, 4, 22)).isInForce());
    }
}
