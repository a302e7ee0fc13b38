package fr.cdgrules.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cdgrules.core.calendar.PeriodCounting;
import fr.cdgrules.core.lifecycle.TerminationKind;
import fr.cdgrules.core.lifecycle.TerminationRule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The termination keys of {@code terms}: {@code periodCounting} and its validation. */
class DescriptorTermsTest {
    private static final String NOTICE = "    - kind: at-notice-expiry\n      notice: P3M\n";
    private static final String CLAUSE = NOTICE + "      article: \"900 art. 5\"\n";

    private static TerminationRule notice(String yaml) {
        return DescriptorLoader.read("cdg00.yaml", yaml).terms().orElseThrow()
                .termination(TerminationKind.AT_NOTICE_EXPIRY).orElseThrow();
    }

    @Test
    void periodCountingDefaultsToCivilProcedure() {
        TerminationRule rule = notice(Illustrative.yaml());
        assertEquals(PeriodCounting.CIVIL_PROCEDURE, rule.periodCounting());
        // « préavis de 3 mois » notified on 30 November 2025: in force through 28 February 2026
        assertEquals(LocalDate.of(2026, 3, 1), rule.effectiveDate(LocalDate.of(2025, 11, 30)));
    }

    @Test
    void periodCountingIsReadInTheKeysStyleOrAsTheConstant() {
        for (String value : List.of("expiry-day-excluded", "EXPIRY_DAY_EXCLUDED")) {
            TerminationRule rule = notice(Illustrative.yaml().replace(NOTICE, NOTICE + "      periodCounting: " + value + "\n"));
            assertEquals(PeriodCounting.EXPIRY_DAY_EXCLUDED, rule.periodCounting());
            // the reading before 0.2: 28 February 2026 is already the first day no longer in force
            assertEquals(LocalDate.of(2026, 2, 28), rule.effectiveDate(LocalDate.of(2025, 11, 30)));
        }
        assertEquals(PeriodCounting.CIVIL_PROCEDURE, notice(Illustrative.yaml()
                .replace(NOTICE, NOTICE + "      periodCounting: civil-procedure\n")).periodCounting());
    }

    @Test
    void anUnknownCountingOrACountingWithoutPeriodIsRefusedWithItsPath() {
        String yaml = Illustrative.yaml().replace(CLAUSE, CLAUSE
                + "    - kind: first-day-of-next-month\n      periodCounting: civil-procedure\n      article: \"900 art. 5\"\n")
                .replace(NOTICE, NOTICE + "      periodCounting: franc\n");
        InvalidDescriptorException e = assertThrows(InvalidDescriptorException.class,
                () -> DescriptorLoader.read("cdg00.yaml", yaml));
        assertEquals(List.of(
                "cdg00.yaml: terms.terminations[0].periodCounting: a period counting is civil-procedure or expiry-day-excluded, got 'franc'",
                "cdg00.yaml: terms.terminations[1].periodCounting: a first-day-of-next-month termination runs no period (notice or cure) to count"),
                e.errors().stream().map(DescriptorError::toString).toList());
    }

    @Test
    void aCurePeriodIsCountedTheSameWay() {
        String yaml = Illustrative.yaml().replace(CLAUSE, CLAUSE
                + "    - kind: for-fault\n      cure: P1M\n      periodCounting: expiry-day-excluded\n      article: \"900 art. 5\"\n");
        TerminationRule fault = DescriptorLoader.read("cdg00.yaml", yaml).terms().orElseThrow()
                .termination(TerminationKind.FOR_FAULT).orElseThrow();
        assertEquals(PeriodCounting.EXPIRY_DAY_EXCLUDED, fault.periodCounting());
        assertEquals(LocalDate.of(2026, 2, 27), fault.cureDeadline(LocalDate.of(2026, 1, 28)));
    }
}
