package fr.cdgrules.cdg79.intervention;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import fr.cdgrules.cdg79.TestCommunes;
import fr.cdgrules.cdg79.fee.Ceiling3500Reading;
import fr.cdgrules.cdg79.fee.Membership;
import fr.cdgrules.core.billing.InvoiceLine;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterventionBillingPropertiesTest {
    private static final InterventionBilling BILLING = InterventionBilling.of(BillableServicesReading.HEADING_AND_ANNEX,
            TraineeSupportPeriodReading.ANNIVERSARY_EXCLUDED, Ceiling3500Reading.EXCLUDED_PER_TITLE, HourlyRates.published());
    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);

    /**
     * A billed intervention costs its exact hours × the rate in force that day for the commune's
     * membership that day, rounded once to the cent half up — computed here independently, in cents:
     * 3 500 or 7 500 cents × numerator ÷ denominator.
     */
    @Test
    void hourlyBillIsHoursTimesTheRateInForceExactToTheCent() {
        qt().forAll(integers().between(1, 10_000), integers().between(1, 12), integers().between(0, 3 * 365),
                        booleans().all())
                .checkAssert((num, den, day, member) -> {
                    LocalDate date = FIRST.plusDays(day);
                    Hours hours = Hours.ofFraction(num, den);
                    Membership m = member ? Membership.ofYears(Year.from(date)) : Membership.none();
                    Service s = day % 2 == 0 ? Service.SPECIFIC_INTERVENTION : Service.ONBOARDING_SUPPORT;
                    InterventionBill bill = BILLING.invoice(TestCommunes.clesse(), m,
                            List.of(Intervention.of(date, s, hours)), date);
                    long rateCents = member ? 3_500 : 7_500;
                    BigDecimal expectedCents = BigDecimal.valueOf(rateCents * num)
                            .divide(BigDecimal.valueOf(den), 0, RoundingMode.HALF_UP);
                    Money expected = Money.ofCents(expectedCents.longValueExact());
                    InvoiceLine line = bill.bill().lines().get(0);
                    if (!line.amount().equals(expected) || !bill.total().equals(expected)
                            || line.unitPrice().cents() != rateCents) {
                        throw new AssertionError(hours + " h on " + date + " (member " + member + "): got "
                                + line.amount() + " at " + line.unitPrice() + ", expected " + expected);
                    }
                });
    }
}
