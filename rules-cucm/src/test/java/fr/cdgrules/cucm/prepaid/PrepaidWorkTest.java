package fr.cdgrules.cucm.prepaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.ledger.Consumption;
import fr.cdgrules.core.ledger.LedgerEntryKind;
import fr.cdgrules.core.ledger.PrepaidLedger;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.Fixtures;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrepaidWorkTest {
    static final CucmRules RULES = CucmRules.defaults();
    static final Year Y2023 = Year.of(2023);

    @Test
    void theCotisationBuysSevenHoursUsedFirstThenBilled() {
        PrepaidLedger ledger = RULES.prepaidLedger(Fixtures.marigny(), Y2023);
        assertEquals(Hours.of(7), ledger.balance(Y2023));
        Consumption c = PrepaidWork.use(ledger, LocalDate.of(2023, 3, 6), Hours.of(5), "work");
        assertEquals(Hours.of(5), c.prepaidUsed());
        assertEquals(Hours.ZERO, c.overage());
        Consumption d = PrepaidWork.use(c.ledger(), LocalDate.of(2023, 3, 7), Hours.of(7), "work");
        assertEquals(Hours.of(2), d.prepaidUsed());
        assertEquals(Hours.of(5), d.overage());
        assertEquals(Hours.ZERO, d.ledger().balance(Y2023));
    }

    @Test
    void unusedPrepaidWorkIsForfeitedWhenTheYearCloses() {
        PrepaidLedger ledger = RULES.prepaidLedger(Fixtures.ecuisses(), Y2023);
        ledger = PrepaidWork.use(ledger, LocalDate.of(2023, 6, 1), Hours.of(3), "work").ledger();
        PrepaidLedger closed = RULES.closeYear(ledger, Y2023);
        assertEquals(Hours.of(11), closed.total(Y2023, LedgerEntryKind.FORFEITURE), "14 h bought, 3 h used");
        assertEquals(Hours.ZERO, closed.balance(Y2023));
        assertTrue(closed.isClosed(Y2023));
        assertEquals(LocalDate.of(2023, 12, 31), closed.forYear(Y2023).get(closed.forYear(Y2023).size() - 1).date());
        assertThrows(InvalidInputException.class,
                () -> PrepaidWork.use(closed, LocalDate.of(2023, 12, 31), Hours.of(1), "late work"));
        // nothing is carried into 2024: the new year starts with its own grant only
        PrepaidLedger next = RULES.prepaidLedger(closed, Fixtures.ecuisses(), Year.of(2024));
        assertEquals(Hours.of(14), next.balance(Year.of(2024)));
    }

    @Test
    void noPrepaidWorkIn2022() {
        assertEquals(Hours.ZERO, RULES.prepaidLedger(Fixtures.marigny(), Year.of(2022)).balance(Year.of(2022)));
    }

    @Test
    void fractionalPrepaidHoursUnderARevisedCost() {
        PrepaidLedger ledger = RULES.withHourlyCost(Fixtures.HYPOTHETICAL_2024_COST)
                .prepaidLedger(Fixtures.marigny(), Year.of(2024));
        assertEquals(Hours.ofFraction(20, 3), ledger.balance(Year.of(2024)));
        Consumption c = PrepaidWork.use(ledger, LocalDate.of(2024, 2, 1), Hours.of(80), "work");
        assertEquals(Hours.ofFraction(220, 3), c.overage());
    }

    @Test
    void alreadyUsedCannotExceedTheGrant() {
        PrepaidLedger ledger = RULES.prepaidLedger(Fixtures.marigny(), Y2023);
        assertEquals(Hours.of(2), PrepaidWork.alreadyUsed(ledger, Y2023, Hours.of(5)).balance(Y2023));
        assertThrows(InvalidInputException.class, () -> PrepaidWork.alreadyUsed(ledger, Y2023, Hours.of(8)));
        assertThrows(InvalidInputException.class, () -> PrepaidWork.alreadyUsed(ledger, Y2023, Hours.of(-1)));
    }

    @Test
    void aNonMemberHasNoPrepaidWork() {
        // issue 14: a refusal by the rules (art. 3, not a member commune), not an invalid input
        fr.cdgrules.core.error.NotEligibleException e = assertThrows(fr.cdgrules.core.error.NotEligibleException.class,
                () -> RULES.prepaidLedger(Fixtures.autun(), Y2023));
        assertEquals(java.util.List.of(fr.cdgrules.cucm.CucmArticles.ART_3), e.rules());
    }

    /** Hours in quarter hours, 0 to 12 h. */
    static Hours quarters(int q) {
        return Hours.ofFraction(q, 4);
    }

    @Test
    void propertyPrepaidUsedPlusBilledEqualsHoursWorkedAndTheBalanceNeverGoesNegative() {
        CucmRules revised = RULES.withHourlyCost(Fixtures.HYPOTHETICAL_2024_COST);
        qt().forAll(lists().of(integers().between(0, 48)).ofSizeBetween(0, 30), integers().between(1, 15000))
                .check((days, population) -> {
                    Year year = Year.of(2024);
                    PrepaidLedger ledger = revised.prepaidLedger(Fixtures.memberOf(population), year);
                    Hours worked = Hours.ZERO;
                    Hours used = Hours.ZERO;
                    Hours billed = Hours.ZERO;
                    LocalDate d = LocalDate.of(2024, 1, 2);
                    for (int q : days) {
                        Consumption c = PrepaidWork.use(ledger, d, quarters(q), "work");
                        ledger = c.ledger();
                        worked = worked.plus(quarters(q));
                        used = used.plus(c.prepaidUsed());
                        billed = billed.plus(c.overage());
                        if (ledger.balance(year).isNegative() || c.overage().isNegative()) {
                            return false;
                        }
                        d = d.plusDays(1);
                    }
                    PrepaidLedger closed = revised.closeYear(ledger, year);
                    Hours granted = closed.total(year, LedgerEntryKind.GRANT);
                    return used.plus(billed).equals(worked)
                            && used.plus(closed.total(year, LedgerEntryKind.FORFEITURE)).equals(granted)
                            && closed.balance(year).isZero();
                });
    }

    @Test
    void theEntriesCiteArticle5() {
        PrepaidLedger ledger = RULES.closeYear(RULES.prepaidLedger(Fixtures.marigny(), Y2023), Y2023);
        assertEquals(List.of("003 art. 5"), ledger.entries().stream().map(e -> e.citation().toString()).distinct().toList());
    }
}
