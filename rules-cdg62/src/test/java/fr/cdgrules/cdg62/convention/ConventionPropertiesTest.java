package fr.cdgrules.cdg62.convention;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.cdgrules.cdg62.Cdg62Rules;
import fr.cdgrules.cdg62.TestCommunes;
import fr.cdgrules.cdg62.eligibility.AdditionalContribution;
import fr.cdgrules.cdg62.service.Party;
import fr.cdgrules.cdg62.service.ServiceType;
import fr.cdgrules.core.calendar.CalendarMonths;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.lifecycle.ConventionStatus;
import fr.cdgrules.core.lifecycle.Termination;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import fr.cdgrules.core.notice.RegisteredLetter;

/** Invariants of art. 2 (duration, express renewal) and art. 6 (termination), over random dates. */
class ConventionPropertiesTest {
    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

    /** Start dates over forty years, every day possible (29 February included). */
    private static Gen<LocalDate> starts() {
        // one start in five on a 29 February, so that leap-day terms are always exercised
        return integers().between(0, 40 * 366).map(EPOCH::plusDays)
                .mix(integers().between(0, 9).map(k -> LocalDate.of(2000 + 4 * k, 2, 29)), 20);
    }

    private static EAdministrationConvention conclude(LocalDate start) {
        return Cdg62Rules.defaults().conclude(TestCommunes.libercourt(), AdditionalContribution.PAYING,
                ServiceType.PARAMETRAGE_ORGANISATION_DEMATERIALISATION, start);
    }

    /**
     * Art. 6: the termination takes effect on the first day of a month strictly after the notification
     * (the first such day), whatever the start, the day notified, whether renewed, and however long the
     * letter took to arrive (the notification being its receipt).
     */
    @Test
    void terminationTakesEffectOnTheFirstDayOfAMonthStrictlyAfterTheNotification() {
        qt().forAll(starts(), integers().between(0, 10 * 366), integers().between(0, 10), booleans().all())
                .checkAssert((start, offset, transit, renewed) -> {
                    EAdministrationConvention c = conclude(start);
                    if (renewed) {
                        c = c.withExpressRenewal(start.plusYears(4));
                    }
                    LocalDate received = start.plusDays(offset);
                    if (received.isAfter(c.finalEnd())) {
                        return; // nothing left to terminate
                    }
                    LocalDate sent = received.minusDays(transit).isBefore(start) ? start : received.minusDays(transit);
                    Termination t = c.withTermination(Party.COLLECTIVITY, RegisteredLetter.of(sent, received),
                                    "chemins de validation non définis")
                            .termination().orElseThrow();
                    LocalDate effective = t.effectiveOn();
                    if (effective.getDayOfMonth() != 1 || !effective.isAfter(received)
                            || effective.minusMonths(1).isAfter(received)) {
                        throw new AssertionError("notified " + received + " (sent " + sent + "), effective " + effective);
                    }
                    if (t.indemnityDue()) {
                        throw new AssertionError("an indemnity is never due");
                    }
                });
    }

    /**
     * Art. 2, "renouvelable 1 fois": whatever renewal decisions and terminations are attempted, the
     * convention is never in force ten years after its start.
     */
    @Test
    void theConventionNeverRunsPastTenYears() {
        qt().forAll(starts(), lists().of(integers().between(0, 11 * 366)).ofSizeBetween(0, 3),
                        integers().between(-1, 11 * 366))
                .checkAssert((start, decisionOffsets, terminationOffset) -> {
                    EAdministrationConvention c = conclude(start);
                    for (int d : decisionOffsets) {
                        try {
                            c = c.withExpressRenewal(start.plusDays(d));
                        } catch (InvalidInputException refused) {
                            // a late or second renewal is refused: the convention stays as it was
                        }
                    }
                    if (terminationOffset >= 0) {
                        try {
                            c = c.withTermination(Party.CDG62, RegisteredLetter.receivedOn(start.plusDays(terminationOffset)),
                                    "certificats non acquis");
                        } catch (InvalidInputException afterTheEnd) {
                            // notified after the end: nothing to terminate
                        }
                    }
                    LocalDate tenYears = CalendarMonths.anniversary(start, Period.ofYears(10));
                    if (c.finalEnd().isAfter(tenYears.minusDays(1)) || c.stateAt(tenYears).isInForce()) {
                        throw new AssertionError("start " + start + " decisions " + decisionOffsets + ": final end "
                                + c.finalEnd() + ", state on " + tenYears + " " + c.stateAt(tenYears));
                    }
                });
    }

    /**
     * Art. 2, "par reconduction expresse": without an express renewal decision the convention ends
     * after five years — nothing renews by silence — or earlier if terminated.
     */
    @Test
    void withoutExpressRenewalItEndsAfterFiveYears() {
        qt().forAll(starts(), integers().between(-1, 6 * 366))
                .checkAssert((start, terminationOffset) -> {
                    EAdministrationConvention c = conclude(start);
                    LocalDate lastDay = CalendarMonths.anniversary(start, Period.ofYears(5)).minusDays(1);
                    boolean terminated = false;
                    if (terminationOffset >= 0 && !start.plusDays(terminationOffset).isAfter(lastDay)) {
                        c = c.withTermination(Party.CDG62, RegisteredLetter.receivedOn(start.plusDays(terminationOffset)),
                                "ressources non mises à disposition");
                        terminated = true;
                    }
                    boolean ok = terminated ? !c.finalEnd().isAfter(lastDay)
                            : c.finalEnd().equals(lastDay) && c.stateAt(lastDay).isInForce()
                                    && c.stateAt(lastDay.plusDays(1)).status() == ConventionStatus.EXPIRED;
                    if (!ok || c.stateAt(lastDay.plusDays(1)).isInForce()) {
                        throw new AssertionError("start " + start + ": final end " + c.finalEnd() + ", expected " + lastDay
                                + (terminated ? " or earlier" : ""));
                    }
                });
    }
}
