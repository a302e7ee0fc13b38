package fr.cdgrules.core.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.citation.Source;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.timeline.Timeline;
import fr.cdgrules.core.timeline.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillingEngineTest {
    static final Citation ART5 = Citation.of("003", "art. 5");
    static final Timeline<Money> RATE = Timeline.of("hourly",
            Version.of(LocalDate.of(2022, 1, 1), Money.ofEuros(30), Source.of("délibération du 30 juin 2022", ART5)));

    /** A pricing in the shape of a replacement service: WORK billed at the rate of its date, the rest not. */
    static final Pricing WORK_ONLY = sheet -> {
        List<InvoiceLine> lines = new ArrayList<>();
        for (TimesheetEntry e : sheet.entries()) {
            if (e.activity() == Activity.WORK) {
                lines.add(InvoiceLine.of("work on " + e.date(), e.hours(), RATE.at(e.date()), ART5));
            }
        }
        return lines;
    };
    static final BillingEngine ENGINE = BillingEngine.of(WORK_ONLY, PaymentTerm.ofDays(30, ART5));

    @Test
    void estimateAndInvoiceComeFromTheSameEngine() {
        Timesheet planned = Timesheet.of(List.of(TimesheetEntry.of(LocalDate.of(2023, 3, 6), Hours.of(80), Activity.WORK)));
        Timesheet actual = Timesheet.of(List.of(
                TimesheetEntry.of(LocalDate.of(2023, 3, 6), Hours.of(70), Activity.WORK),
                TimesheetEntry.of(LocalDate.of(2023, 3, 20), Hours.of(7), Activity.LEAVE)));
        Bill estimate = ENGINE.estimate("mission", planned, LocalDate.of(2023, 3, 1));
        Bill invoice = ENGINE.invoice("mission", actual, LocalDate.of(2023, 4, 3)).withReceivedOn(LocalDate.of(2023, 4, 5));
        assertEquals(BillKind.ESTIMATE, estimate.kind());
        assertEquals(Money.parse("2400.00"), estimate.total());
        assertEquals(Money.parse("2100.00"), invoice.total());
        assertEquals(Money.parse("-300.00"), invoice.differenceFrom(estimate));
        assertEquals(LocalDate.of(2023, 5, 5), invoice.dueDate().orElseThrow());
        assertTrue(estimate.dueDate().isEmpty());
        InvoiceLine line = invoice.lines().get(0);
        assertEquals(LocalDate.of(2022, 1, 1), line.tariff().orElseThrow().effectiveFrom());
        assertTrue(line.tariff().orElseThrow().carriedForward());
        assertEquals(List.of(ART5), invoice.citations());
        assertTrue(invoice.render().contains("total: 2100.00 €"));
    }

    @Test
    void aLineCannotDisagreeWithItsQuantityAndPrice() {
        assertThrows(InvalidInputException.class, () -> ImmutableInvoiceLine.of("x", Hours.of(2), Money.ofEuros(30),
                Money.ofEuros(61), java.util.Optional.empty(), ART5));
        assertThrows(InvalidInputException.class, () -> TimesheetEntry.of(LocalDate.of(2023, 1, 1), Hours.of(-1), Activity.WORK));
        assertThrows(InvalidInputException.class, () -> PaymentTerm.ofDays(-1, ART5));
    }

    /** Invoice total = Σ lines, each line = round(quantity × unit price), for any timesheet. */
    @Test
    void propertyTotalIsTheSumOfLines() {
        qt().forAll(lists().of(integers().between(0, 6000)).ofSizeBetween(0, 30), integers().between(1, 20_000))
                .check((minutes, cents) -> {
                    Money price = Money.ofCents(cents);
                    List<InvoiceLine> lines = new ArrayList<>();
                    for (int m : minutes) {
                        lines.add(InvoiceLine.of("l", Hours.ofMinutes(m), price, ART5));
                    }
                    Bill bill = Bill.of(BillKind.INVOICE, "s", LocalDate.of(2023, 1, 1), lines, java.util.Optional.empty());
                    long sumCents = 0;
                    for (InvoiceLine l : lines) {
                        if (!l.amount().equals(price.multipliedBy(l.quantity()))) {
                            return false;
                        }
                        sumCents += l.amount().cents();
                    }
                    return bill.total().cents() == sumCents;
                });
    }
}
