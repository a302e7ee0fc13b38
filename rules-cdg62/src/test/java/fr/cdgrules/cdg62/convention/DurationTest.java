package fr.cdgrules.cdg62.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg62.Cdg62Rules;
import fr.cdgrules.cdg62.TestCommunes;
import fr.cdgrules.cdg62.eligibility.AdditionalContribution;
import fr.cdgrules.cdg62.service.ServiceType;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.error.ConventionNotInForceException;
import fr.cdgrules.core.error.NoRuleAppliesException;
import fr.cdgrules.core.lifecycle.ConventionStatus;
import fr.cdgrules.core.lifecycle.Deadline;
import fr.cdgrules.core.lifecycle.DeadlineKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DurationTest {
    private static final Citation ART_2 = Citation.of("004", "art. 2");
    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    private static EAdministrationConvention convention() {
        return Cdg62Rules.defaults().conclude(TestCommunes.libercourt(), AdditionalContribution.PAYING,
                ServiceType.PARAMETRAGE_DEMATERIALISATION, START);
    }

    @Test
    void withoutExpressRenewalItEndsAfterFiveYears() {
        EAdministrationConvention c = convention();
        assertEquals(LocalDate.of(2029, 12, 31), c.finalEnd());
        List<Deadline> d = c.deadlines();
        assertEquals(List.of(
                Deadline.of(DeadlineKind.RENEWAL_DECISION_DEADLINE, LocalDate.of(2029, 12, 31), "last day to decide express renewal 1", ART_2),
                Deadline.of(DeadlineKind.END_OF_TERM, LocalDate.of(2029, 12, 31), "end of the initial term", ART_2),
                Deadline.of(DeadlineKind.FINAL_END, LocalDate.of(2029, 12, 31), "last day in force (no express renewal decided)", ART_2)),
                d);
        assertEquals(ConventionStatus.IN_FORCE, c.stateAt(LocalDate.of(2029, 12, 31)).status());
        // nothing renews by silence
        assertEquals(ConventionStatus.EXPIRED, c.stateAt(LocalDate.of(2030, 1, 1)).status());
    }

    @Test
    void withAnExpressRenewalDecidedBeforeTheEndItRunsTenYears() {
        EAdministrationConvention c = convention().withExpressRenewal(LocalDate.of(2029, 10, 15));
        assertEquals(LocalDate.of(2034, 12, 31), c.finalEnd());
        List<Deadline> d = c.deadlines();
        assertTrue(d.contains(Deadline.of(DeadlineKind.RENEWAL_DATE, LocalDate.of(2030, 1, 1), "renewal 1 takes effect", ART_2)));
        assertTrue(d.contains(Deadline.of(DeadlineKind.END_OF_TERM, LocalDate.of(2034, 12, 31), "end of renewed term 1", ART_2)));
        assertTrue(d.contains(Deadline.of(DeadlineKind.FINAL_END, LocalDate.of(2034, 12, 31),
                "last day in force (end of the last renewal allowed)", ART_2)));
        assertEquals(ConventionStatus.IN_FORCE, c.stateAt(LocalDate.of(2030, 1, 1)).status());
        assertEquals(1, c.stateAt(LocalDate.of(2030, 1, 1)).term().getAsInt());
        assertEquals(ConventionStatus.EXPIRED, c.stateAt(LocalDate.of(2035, 1, 1)).status());
    }

    @Test
    void aDecisionOnTheLastDayOfTheTermStillRenews() {
        assertEquals(LocalDate.of(2034, 12, 31), convention().withExpressRenewal(LocalDate.of(2029, 12, 31)).finalEnd());
    }

    @Test
    void aDecisionAfterTheEndCannotRevive() {
        ConventionNotInForceException e = assertThrows(ConventionNotInForceException.class,
                () -> convention().withExpressRenewal(LocalDate.of(2030, 1, 1)));
        assertTrue(e.getMessage().contains("(expressRenewal) decided on 2030-01-01, after the convention ended on 2029-12-31"
                + " (nothing renews by silence; a renewal must be decided by the last day of the term)"), e.getMessage());
        assertTrue(e.getMessage().contains("004 art. 2"), e.getMessage());
        assertEquals(List.of(ART_2), e.rules());
        assertEquals(LocalDate.of(2029, 12, 31), e.end());
    }

    @Test
    void renewableOnlyOnce() {
        EAdministrationConvention renewed = convention().withExpressRenewal(LocalDate.of(2029, 6, 1));
        NoRuleAppliesException e = assertThrows(NoRuleAppliesException.class,
                () -> renewed.withExpressRenewal(LocalDate.of(2034, 6, 1)));
        assertTrue(e.getMessage().contains("(expressRenewal): the convention is renewable once (\"renouvelable 1 fois\")"
                + " and was already renewed from 2030-01-01"), e.getMessage());
        assertTrue(e.getMessage().contains("004 art. 2"), e.getMessage());
        assertEquals(List.of(ART_2), e.rules());
    }

    @Test
    void aDecisionBeforeTheStartIsRefused() {
        ConventionNotInForceException e = assertThrows(ConventionNotInForceException.class,
                () -> convention().withExpressRenewal(LocalDate.of(2024, 12, 1)));
        assertEquals(List.of(ART_2), e.rules());
    }

    @Test
    void theRenewedTermIsFiveYears() {
        assertEquals(RenewedTermReading.SAME_FIVE_YEARS, Cdg62Terms.RENEWED_TERM);
        assertEquals(java.time.Period.ofYears(5), Cdg62Terms.terms().renewal().renewalTerm().orElseThrow());
    }
}
