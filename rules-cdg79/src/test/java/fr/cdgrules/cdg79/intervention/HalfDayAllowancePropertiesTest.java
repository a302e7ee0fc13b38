package fr.cdgrules.cdg79.intervention;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.cdgrules.cdg79.TestCommunes;
import fr.cdgrules.cdg79.fee.Ceiling3500Reading;
import fr.cdgrules.cdg79.fee.Membership;
import fr.cdgrules.core.billing.InvoiceLine;
import fr.cdgrules.core.money.Hours;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HalfDayAllowancePropertiesTest {
    private static final Graduate CAMILLE = Graduate.of("Camille Martin", LocalDate.of(2026, 3, 2));

    /**
     * Art. 2.3, « dans la limite de 2 demi-journées »: whatever on-site visits a member's graduate gets within the
     * six months, the hours billed plus the hours included equal the hours worked, and the hours included never
     * exceed two half-days under either reading of a half-day's length.
     */
    @Test
    void onSiteHoursAreConservedAndTheIncludedPartNeverExceedsTwoHalfDays() {
        qt().forAll(lists().of(integers().between(1, 40)).ofSizeBetween(1, 6), integers().between(0, 1))
                .checkAssert((quarters, r) -> {
                    HalfDayReading reading = HalfDayReading.values()[r];
                    InterventionBilling billing = InterventionBilling.of(BillableServicesReading.HEADING_AND_ANNEX,
                            TraineeSupportPeriodReading.ANNIVERSARY_EXCLUDED, Ceiling3500Reading.EXCLUDED_PER_TITLE,
                            HourlyRates.published()).withHalfDay(reading);
                    List<Intervention> visits = new ArrayList<>();
                    Hours worked = Hours.ZERO;
                    for (int k = 0; k < quarters.size(); k++) {
                        Hours h = Hours.ofFraction(quarters.get(k), 4);
                        worked = worked.plus(h);
                        visits.add(Intervention.traineeSupport(LocalDate.of(2026, 3, 10).plusDays(7L * k), CAMILLE, h, true));
                    }
                    InterventionBill bill = billing.invoice(TestCommunes.clesse(), Membership.ofYears(Year.of(2026)),
                            visits, LocalDate.of(2026, 12, 15));
                    Hours billed = bill.bill().lines().stream().map(InvoiceLine::quantity).reduce(Hours.ZERO, Hours::plus);
                    Hours included = worked.minus(billed);
                    if (included.isNegative() || included.compareTo(reading.hoursOf(Graduate.INCLUDED_HALF_DAYS)) > 0) {
                        throw new AssertionError(reading + ": worked " + worked + " h, billed " + billed + " h, included "
                                + included + " h, more than two half-days\n" + bill.render());
                    }
                    // independently, in quarters of an hour: a half-day is 14 quarters (3 h 30) or 16 (4 h)
                    int length = reading == HalfDayReading.FOUR_HOURS ? 16 : 14;
                    int left = Graduate.INCLUDED_HALF_DAYS;
                    int billedQuarters = 0;
                    for (int q : quarters) {
                        int uses = (q + length - 1) / length;
                        if (uses <= left) {
                            left -= uses;
                        } else {
                            billedQuarters += q - left * length;
                            left = 0;
                        }
                    }
                    if (!billed.equals(Hours.ofFraction(billedQuarters, 4))) {
                        throw new AssertionError(reading + ": billed " + billed + " h, expected " + billedQuarters
                                + " quarters\n" + bill.render());
                    }
                    boolean allIncluded = bill.outcomes().stream().allMatch(o -> o.kind() == OutcomeKind.INCLUDED);
                    int used = quarters.stream().mapToInt(q -> reading.halfDaysUsed(Hours.ofFraction(q, 4))).sum();
                    if (allIncluded != (used <= Graduate.INCLUDED_HALF_DAYS)) {
                        throw new AssertionError(reading + ": " + used + " half-days used, all included " + allIncluded
                                + "\n" + bill.render());
                    }
                });
    }
}
