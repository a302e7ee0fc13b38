package fr.cdgrules.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.cdgrules.core.billing.Activity;
import fr.cdgrules.core.billing.Bill;
import fr.cdgrules.core.billing.BillKind;
import fr.cdgrules.core.billing.InvoiceLine;
import fr.cdgrules.core.billing.PaymentTerm;
import fr.cdgrules.core.billing.Timesheet;
import fr.cdgrules.core.billing.TimesheetEntry;
import fr.cdgrules.core.calendar.MonthEndRule;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.citation.Source;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.explain.ParameterUse;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.finding.Findings;
import fr.cdgrules.core.ledger.PrepaidLedger;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.lifecycle.RenewalPolicy;
import fr.cdgrules.core.lifecycle.TerminationRule;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.module.SourceText;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.strata.StrataScale;
import fr.cdgrules.core.strata.Stratum;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.core.timeline.Timeline;
import fr.cdgrules.core.timeline.Version;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import tools.jackson.core.type.TypeReference;

class JsonRoundTripTest {
    static final Citation ART = Citation.of("003", "art. 5");
    static final Source SRC = Source.of("délibération du 30 juin 2022", ART);

    /** Reads back as the public type: the abstract value type for Immutables, the class itself otherwise. */
    private static void roundTrips(Object value) {
        String json = CdgJson.write(value);
        Class<?> type = value.getClass().getSuperclass() == Object.class ? value.getClass() : value.getClass().getSuperclass();
        assertEquals(value, CdgJson.read(json, type), json);
    }

    private static <T> void roundTrips(T value, TypeReference<T> type) {
        String json = CdgJson.write(value);
        assertEquals(value, CdgJson.read(json, type), json);
    }

    static Convention convention() {
        ConventionTerms terms = ConventionTerms.of(Period.ofYears(2), ART, RenewalPolicy.none(ART),
                List.of(TerminationRule.generalInterest(ART), TerminationRule.forFault(Period.ofMonths(1), ART),
                        TerminationRule.atNoticeExpiry(Period.ofMonths(3), MonthEndRule.ROLL_TO_NEXT_MONTH, ART)));
        return Convention.of(terms, LocalDate.of(2022, 7, 1)).withFormalNotice(LocalDate.of(2023, 1, 2), "breach")
                .withFaultTerminationConfirmed(LocalDate.of(2023, 2, 3));
    }

    @Test
    void everyPublicValueTypeRoundTrips() {
        roundTrips(Money.parse("31.50"));
        roundTrips(Hours.ofFraction(20, 3));
        roundTrips(ART);
        roundTrips(SRC);
        roundTrips(Population.of(923, Year.of(2026)));
        roundTrips(Stratum.openEnded(10_000, "Au-delà de 10 000 habitants", Money.ofEuros(1050)));
        roundTrips(StrataScale.of(Stratum.of(1, 999, "De 1 à 999 habitants", Money.ofEuros(210))));
        roundTrips(Finding.warning("c", "m", ART));
        roundTrips(Findings.of(Finding.refusal("c", "m", ART)), new TypeReference<Findings>() {});
        roundTrips(Collectivity.of("71076", "Écuisses", "71", Optional.of("247100290"), Population.of(1700, Year.of(2026))));
        roundTrips(SourceText.of("003", "003_x.txt", "Convention"));
        roundTrips(convention());
        roundTrips(convention().deadlines().get(0));
        roundTrips(convention().stateAt(LocalDate.of(2023, 1, 1)));
        roundTrips(LocalDateRange.ofClosed(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)), new TypeReference<LocalDateRange>() {});
        PrepaidLedger ledger = PrepaidLedger.empty().grant(Year.of(2023), LocalDate.of(2023, 1, 1), Money.ofEuros(210),
                Money.parse("31.50"), ART).consume(LocalDate.of(2023, 2, 1), Hours.of(9), "m", ART).ledger();
        roundTrips(ledger);
        roundTrips(ledger.entries().get(0));
        Timeline<Money> rate = Timeline.of("rate", Version.of(LocalDate.of(2022, 1, 1), Money.ofEuros(30), SRC));
        roundTrips(rate, new TypeReference<Timeline<Money>>() {});
        Timesheet sheet = Timesheet.of(List.of(TimesheetEntry.of(LocalDate.of(2023, 2, 1), Hours.parse("7.5"), Activity.WORK).withNote("n")));
        roundTrips(sheet);
        Bill bill = Bill.of(BillKind.INVOICE, "s", LocalDate.of(2023, 3, 1),
                List.of(InvoiceLine.of("w", Hours.of(73), rate.at(LocalDate.of(2023, 2, 1)), ART)),
                Optional.of(PaymentTerm.ofDays(30, ART))).withReceivedOn(LocalDate.of(2023, 3, 3));
        roundTrips(bill);
        assertTrue(CdgJson.write(bill).contains("\"total\" : \"2190.00\""), CdgJson.write(bill));
        assertTrue(CdgJson.write(bill).contains("\"dueDate\" : \"2023-04-02\""));
        Explanation ex = Explanation.of("s", TraceStep.of("r", List.of(ART), Map.of("a", "b"),
                List.of(ParameterUse.of(rate.at(LocalDate.of(2023, 1, 1)))), "ok"));
        roundTrips(ex);
        roundTrips(AnnualFeeQuote.notEligible("m", Year.of(2026),
                Collectivity.of("1", "n", "01", Optional.empty(), Population.of(5, Year.of(2026))), "why", Optional.empty(), ex));
    }

    /** An enum with a friendly toString(), as rule modules write them. */
    enum Shown {
        A_B;

        @Override
        public String toString() {
            return "a b";
        }
    }

    @Test
    void filesThatCannotBeReadAreNamed() {
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> CdgJson.read(java.nio.file.Path.of("/no/such/file.json"), Population.class));
        assertEquals("invalid file: cannot read /no/such/file.json: no such file", missing.getMessage());
    }

    @Test
    void numbersAreReadExactly() {
        assertEquals(Hours.parse("7.5"), CdgJson.read("7.5", Hours.class));
        assertEquals(Hours.of(7), CdgJson.read("7", Hours.class));
        assertEquals(Money.parse("31.50"), CdgJson.read("31.5", Money.class));
        assertEquals(Money.parse("0.10"), CdgJson.read("0.1", Money.class));
        assertEquals("amount", assertThrows(InvalidInputException.class, () -> CdgJson.read("0.105", Money.class))
                .field().orElseThrow());
    }

    @Test
    void enumsGoByNameNotByToString() {
        assertEquals("\"A_B\"", CdgJson.write(Shown.A_B));
        assertEquals(Shown.A_B, CdgJson.read("\"A_B\"", Shown.class));
    }

    @Test
    void unknownMissingAndMalformedFieldsAreNamed() {
        String pop = "{\"inhabitants\": 923, \"basis\": \"MUNICIPALE\", \"vintage\": 2026, \"extra\": 1}";
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> CdgJson.read(pop, Population.class));
        assertEquals("extra", unknown.field().orElseThrow());
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> CdgJson.read("{\"inhabitants\": 923, \"basis\": \"MUNICIPALE\"}", Population.class));
        assertTrue(missing.getMessage().contains("vintage"), missing.getMessage());
        InvalidInputException badAmount = assertThrows(InvalidInputException.class,
                () -> CdgJson.read("{\"from\":0,\"wording\":\"w\",\"annualFee\":\"12.345\"}", Stratum.class));
        assertEquals("amount", badAmount.field().orElseThrow());
        InvalidInputException badDate = assertThrows(InvalidInputException.class,
                () -> CdgJson.read("{\"date\":\"2023-02-30\",\"hours\":\"7\",\"activity\":\"WORK\"}", TimesheetEntry.class));
        assertEquals("date", badDate.field().orElseThrow());
        InvalidInputException badEnum = assertThrows(InvalidInputException.class,
                () -> CdgJson.read("{\"date\":\"2023-02-03\",\"hours\":\"7\",\"activity\":\"NAP\"}", TimesheetEntry.class));
        assertEquals("activity", badEnum.field().orElseThrow());
        InvalidInputException syntax = assertThrows(InvalidInputException.class, () -> CdgJson.read("{\"date\":", TimesheetEntry.class));
        assertEquals("json", syntax.field().orElseThrow());
        InvalidInputException negative = assertThrows(InvalidInputException.class,
                () -> CdgJson.read("{\"inhabitants\": -1, \"basis\": \"TOTALE\", \"vintage\": 2026}", Population.class));
        assertEquals("population.inhabitants", negative.field().orElseThrow());
        InvalidInputException nested = assertThrows(InvalidInputException.class,
                () -> CdgJson.read("{\"entries\":[{\"date\":\"2023-02-03\",\"hours\":\"x\",\"activity\":\"WORK\"}]}", Timesheet.class));
        assertEquals("hours", nested.field().orElseThrow());
    }

    /** JSON round trip: any timesheet, ledger and bill built from random inputs reads back equal. */
    @Test
    void propertyRoundTrip() {
        qt().withExamples(200).forAll(lists().of(integers().between(0, 6000)).ofSizeBetween(0, 8), integers().between(1, 10_000))
                .check((minutes, cents) -> {
                    List<TimesheetEntry> entries = new ArrayList<>();
                    List<InvoiceLine> lines = new ArrayList<>();
                    int d = 0;
                    for (int m : minutes) {
                        entries.add(TimesheetEntry.of(LocalDate.of(2023, 1, 1).plusDays(d++), Hours.ofMinutes(m),
                                Activity.values()[m % Activity.values().length]));
                        lines.add(InvoiceLine.of("l" + m, Hours.ofMinutes(m), Money.ofCents(cents), ART));
                    }
                    Timesheet sheet = Timesheet.of(entries);
                    Bill bill = Bill.of(BillKind.ESTIMATE, "s", LocalDate.of(2023, 1, 1), lines, Optional.empty());
                    Population p = Population.of(cents, Year.of(2000 + minutes.size()));
                    return CdgJson.read(CdgJson.write(sheet), Timesheet.class).equals(sheet)
                            && CdgJson.read(CdgJson.write(bill), Bill.class).equals(bill)
                            && CdgJson.read(CdgJson.write(p), Population.class).equals(p)
                            && CdgJson.read(CdgJson.write(Money.ofCents(cents)), Money.class).equals(Money.ofCents(cents));
                });
    }
}
