package fr.cdgrules.core.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bill as it is printed: kind, subject, lines with their article, total, due date and its article. */
class BillInWordsTest {
    private static final Citation ART7 = Citation.of("003", "art. 7");

    @Test
    void anInvoiceRendersItsLinesTotalAndDueDateWithTheArticles() {
        Timesheet actual = Timesheet.of(List.of(
                TimesheetEntry.of(LocalDate.of(2023, 3, 6), Hours.ofFraction(20, 3), Activity.WORK),
                TimesheetEntry.of(LocalDate.of(2023, 3, 20), Hours.of(7), Activity.LEAVE)));
        BillingEngine engine = BillingEngine.of(BillingEngineTest.WORK_ONLY, PaymentTerm.ofDays(30, ART7));
        Bill invoice = engine.invoice("mission", actual, LocalDate.of(2023, 4, 3)).withReceivedOn(LocalDate.of(2023, 4, 5));
        assertEquals("INVOICE — mission (2023-04-03)\n"
                + "  work on 2023-03-06: 20/3 × 30.00 = 200.00 [003 art. 5]\n"
                + "  total: 200.00 €\n"
                + "  due: 2023-05-05 (003 art. 7)\n", invoice.render());
        assertEquals(List.of(BillingEngineTest.ART5, ART7), invoice.citations());
        Bill estimate = engine.estimate("mission", actual, LocalDate.of(2023, 3, 1));
        assertEquals("ESTIMATE — mission (2023-03-01)\n"
                + "  work on 2023-03-06: 20/3 × 30.00 = 200.00 [003 art. 5]\n"
                + "  total: 200.00 €\n", estimate.render());
        assertEquals(List.of(BillingEngineTest.ART5), estimate.citations());
        assertEquals(Money.ZERO, invoice.differenceFrom(estimate));
        assertEquals(LocalDate.of(2023, 4, 3), PaymentTerm.ofDays(0, ART7).dueDate(LocalDate.of(2023, 4, 3)));
    }

    @Test
    void aLineWhoseAmountIsNotQuantityTimesPriceIsRefusedNamingItsArticle() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ImmutableInvoiceLine.of("travel",
                Hours.of(2), Money.ofEuros(30), Money.ofEuros(61), java.util.Optional.empty(), ART7));
        assertEquals("invalid line.amount: 'travel': amount 61.00 is not quantity 2 × unit price 30.00 (003 art. 7)",
                e.getMessage());
        InvoiceLine fixed = InvoiceLine.of("travel", Hours.ofMinutes(90), Money.parse("30.00"), ART7);
        assertEquals("travel: 1.5 × 30.00 = 45.00 [003 art. 7]", fixed.toString());
    }
}
