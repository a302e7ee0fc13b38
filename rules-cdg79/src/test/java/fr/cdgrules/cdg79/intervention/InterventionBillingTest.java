package fr.cdgrules.cdg79.intervention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.cdg79.Cdg79Territory;
import fr.cdgrules.cdg79.TestCommunes;
import fr.cdgrules.cdg79.fee.Ceiling3500Reading;
import fr.cdgrules.cdg79.fee.Membership;
import fr.cdgrules.core.billing.BillKind;
import fr.cdgrules.core.billing.InvoiceLine;
import fr.cdgrules.core.error.NotEligibleException;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.error.NothingInForceException;
import fr.cdgrules.core.explain.ParameterUse;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.territory.Collectivity;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class InterventionBillingTest {
    private static final InterventionBilling DEFAULT = billing(BillableServicesReading.HEADING_AND_ANNEX,
            TraineeSupportPeriodReading.ANNIVERSARY_EXCLUDED);
    private static final InterventionBilling BODY = billing(BillableServicesReading.BODY_OF_ARTICLE_3_2,
            TraineeSupportPeriodReading.ANNIVERSARY_EXCLUDED);
    private static final Collectivity CLESSE = TestCommunes.clesse();
    private static final Membership MEMBER_2026 = Membership.ofYears(Year.of(2026));
    private static final LocalDate ISSUED = LocalDate.of(2026, 12, 15);
    private static final LocalDate DAY = LocalDate.of(2026, 5, 12);
    private static final Graduate CAMILLE = Graduate.of("Camille Martin", LocalDate.of(2026, 3, 2));

    private static InterventionBilling billing(BillableServicesReading r, TraineeSupportPeriodReading p) {
        return InterventionBilling.of(r, p, Ceiling3500Reading.EXCLUDED_PER_TITLE, HourlyRates.published());
    }

    private static InterventionOutcome one(InterventionBilling b, Membership m, Intervention i) {
        InterventionBill bill = b.invoice(CLESSE, m, List.of(i), ISSUED);
        assertEquals(1, bill.outcomes().size());
        return bill.outcomes().get(0);
    }

    @ParameterizedTest(name = "{0}: member {2} €, non-member {3} €")
    @CsvSource({
            "ONBOARDING_SUPPORT, 3, 105.00, 225.00",
            "SPECIFIC_INTERVENTION, 2.5, 87.50, 187.50"})
    void billableServicesAtTheMemberAndNonMemberRate(Service s, String hours, String member, String nonMember) {
        Intervention i = Intervention.of(DAY, s, Hours.parse(hours));
        for (InterventionBilling b : List.of(DEFAULT, BODY)) {
            InterventionOutcome m = one(b, MEMBER_2026, i);
            assertEquals(OutcomeKind.BILLED, m.kind());
            assertEquals(Money.parse(member), m.amountDue());
            InterventionOutcome n = one(b, Membership.none(), i);
            assertEquals(OutcomeKind.BILLED, n.kind());
            assertEquals(Money.parse(nonMember), n.amountDue());
        }
    }

    @Test
    void eachLineCarriesTheRateVersionAndArticle32() {
        InterventionOutcome o = one(DEFAULT, MEMBER_2026, Intervention.of(DAY, Service.SPECIFIC_INTERVENTION, Hours.of(2)));
        InvoiceLine line = o.line().orElseThrow();
        assertEquals(Cdg79Articles.HOURLY_RATES, line.citation());
        assertEquals(Money.ofEuros(35), line.unitPrice());
        assertEquals(Hours.of(2), line.quantity());
        ParameterUse rate = line.tariff().orElseThrow();
        assertEquals(HourlyRates.MEMBER, rate.parameter());
        assertEquals(LocalDate.of(2025, 1, 1), rate.effectiveFrom());
        assertTrue(rate.source().decision().contains("9 décembre 2024"));
        assertTrue(rate.carriedForward(), "the rates set for 2025 are still in force in 2026");
        assertTrue(o.explanation().citations().contains(Cdg79Articles.SPECIFIC_INTERVENTION));
        assertTrue(o.explanation().render().contains("2 h × 35.00 € = 70.00 €"), o.explanation().render());
        InvoiceLine nonMember = one(DEFAULT, Membership.none(), Intervention.of(DAY, Service.ONBOARDING_SUPPORT, Hours.of(1)))
                .line().orElseThrow();
        assertEquals(HourlyRates.NON_MEMBER, nonMember.tariff().orElseThrow().parameter());
    }

    @Test
    void networkActivationIsIncludedByDefaultAndBilledUnderTheBodyOf32() {
        Intervention i = Intervention.of(DAY, Service.NETWORK_ACTIVATION, Hours.of(2));
        InterventionOutcome included = one(DEFAULT, MEMBER_2026, i);
        assertEquals(OutcomeKind.INCLUDED, included.kind());
        assertEquals(Money.ZERO, included.amountDue());
        assertTrue(included.reason().contains("included in the pack"), included.reason());
        InterventionOutcome notBillable = one(DEFAULT, Membership.none(), i);
        assertEquals(OutcomeKind.NOT_BILLABLE, notBillable.kind());
        assertTrue(notBillable.reason().contains("adhésion facultative"), notBillable.reason());

        assertEquals(Money.ofEuros(70), one(BODY, MEMBER_2026, i).amountDue());
        assertEquals(Money.ofEuros(150), one(BODY, Membership.none(), i).amountDue());
    }

    @ParameterizedTest
    @EnumSource(value = Service.class, names = {"NETWORK_ANIMATION", "SOFTWARE_DIRECTORY", "WEBINARS",
            "FOLLOW_UP_COMMITTEE", "PLATFORM_ACCESS", "TOOLBOX", "ADVICE"})
    void servicesIncludedInThePackGiveNoLineWithAnExplanation(Service s) {
        Intervention i = Intervention.of(DAY, s, Hours.of(3));
        InterventionBill bill = DEFAULT.invoice(CLESSE, MEMBER_2026, List.of(i), ISSUED);
        assertTrue(bill.bill().lines().isEmpty());
        assertEquals(Money.ZERO, bill.total());
        InterventionOutcome o = bill.outcomes().get(0);
        assertEquals(OutcomeKind.INCLUDED, o.kind());
        assertTrue(o.reason().contains("included"), o.reason());
        assertTrue(bill.render().contains("not billed (INCLUDED)"), bill.render());

        InterventionOutcome asked = one(DEFAULT, Membership.none(), i);
        assertEquals(OutcomeKind.NOT_BILLABLE, asked.kind());
        assertTrue(asked.line().isEmpty());
        assertTrue(asked.reason().startsWith("not billable"), asked.reason());
    }

    @Test
    void traineeSupportWithinTheSixMonthsIsIncludedForAMemberUpToTheLastDay() {
        // first posting 2 March 2026: six months run through 1 September 2026 (anniversary excluded)
        assertEquals(LocalDate.of(2026, 9, 1), TraineeSupportPeriodReading.ANNIVERSARY_EXCLUDED.lastIncludedDay(CAMILLE.firstPostingOn()));
        InterventionOutcome firstDay = one(DEFAULT, MEMBER_2026,
                Intervention.traineeSupport(LocalDate.of(2026, 3, 2), CAMILLE, Hours.of(1), false));
        assertEquals(OutcomeKind.INCLUDED, firstDay.kind());
        InterventionOutcome lastDay = one(DEFAULT, MEMBER_2026,
                Intervention.traineeSupport(LocalDate.of(2026, 9, 1), CAMILLE, Hours.of(1), false));
        assertEquals(OutcomeKind.INCLUDED, lastDay.kind());
        InterventionOutcome dayAfter = one(DEFAULT, MEMBER_2026,
                Intervention.traineeSupport(LocalDate.of(2026, 9, 2), CAMILLE, Hours.of(1), false));
        assertEquals(OutcomeKind.BILLED, dayAfter.kind());
        assertEquals(Money.ofEuros(35), dayAfter.amountDue());
        assertTrue(dayAfter.explanation().render().contains("Au-delà de ces six mois"), dayAfter.explanation().render());
        // after the six months, a non-member pays the non-member rate
        assertEquals(Money.ofEuros(75), one(DEFAULT, Membership.none(),
                Intervention.traineeSupport(LocalDate.of(2026, 9, 2), CAMILLE, Hours.of(1), false)).amountDue());
    }

    @Test
    void theOtherReadingIncludesTheAnniversaryDay() {
        InterventionBilling inclusive = billing(BillableServicesReading.HEADING_AND_ANNEX,
                TraineeSupportPeriodReading.ANNIVERSARY_INCLUDED);
        assertEquals(OutcomeKind.INCLUDED, one(inclusive, MEMBER_2026,
                Intervention.traineeSupport(LocalDate.of(2026, 9, 2), CAMILLE, Hours.of(1), false)).kind());
        assertEquals(OutcomeKind.BILLED, one(inclusive, MEMBER_2026,
                Intervention.traineeSupport(LocalDate.of(2026, 9, 3), CAMILLE, Hours.of(1), false)).kind());
        assertEquals(TraineeSupportPeriodReading.ANNIVERSARY_EXCLUDED, TraineeSupportPeriodReading.defaultReading());
    }

    @Test
    void sixMonthsFromTheEndOfAMonthKeepTheirFullLength() {
        // core's anniversary: 31 August + 6 months has no 31 February → 1 March; the six months run through 28 February
        assertEquals(LocalDate.of(2027, 2, 28),
                TraineeSupportPeriodReading.ANNIVERSARY_EXCLUDED.lastIncludedDay(LocalDate.of(2026, 8, 31)));
        assertEquals(LocalDate.of(2027, 3, 1),
                TraineeSupportPeriodReading.ANNIVERSARY_INCLUDED.lastIncludedDay(LocalDate.of(2026, 8, 31)));
        assertEquals(LocalDate.of(2027, 2, 27),
                TraineeSupportPeriodReading.ANNIVERSARY_EXCLUDED.lastIncludedDay(LocalDate.of(2026, 8, 28)));
        // a first posting on 29 February 2028: anniversary 29 August 2028, last included day 28 August
        assertEquals(LocalDate.of(2028, 8, 28),
                TraineeSupportPeriodReading.ANNIVERSARY_EXCLUDED.lastIncludedDay(LocalDate.of(2028, 2, 29)));
        // a first posting on 29 August 2027: the anniversary 29 February 2028 exists (leap year)
        assertEquals(LocalDate.of(2028, 2, 28),
                TraineeSupportPeriodReading.ANNIVERSARY_EXCLUDED.lastIncludedDay(LocalDate.of(2027, 8, 29)));
    }

    @Test
    void twoHalfDaysOnSiteAreIncludedAndTheThirdIsBilled() {
        List<Intervention> visits = List.of(
                Intervention.traineeSupport(LocalDate.of(2026, 4, 7), CAMILLE, Hours.of(3), true),
                Intervention.traineeSupport(LocalDate.of(2026, 3, 10), CAMILLE, Hours.parse("3.5"), true),
                Intervention.traineeSupport(LocalDate.of(2026, 5, 5), CAMILLE, Hours.of(4), true),
                Intervention.traineeSupport(LocalDate.of(2026, 5, 6), CAMILLE, Hours.of(1), false));
        InterventionBill bill = DEFAULT.invoice(CLESSE, MEMBER_2026, visits, ISSUED);
        List<InterventionOutcome> o = bill.outcomes();
        assertEquals(LocalDate.of(2026, 3, 10), o.get(0).intervention().date(), "outcomes in date order");
        assertEquals(OutcomeKind.INCLUDED, o.get(0).kind());
        assertTrue(o.get(0).reason().contains("half-day 1 of 2"), o.get(0).reason());
        assertEquals(OutcomeKind.INCLUDED, o.get(1).kind());
        assertTrue(o.get(1).reason().contains("half-day 2 of 2"), o.get(1).reason());
        assertEquals(OutcomeKind.BILLED, o.get(2).kind());
        assertTrue(o.get(2).reason().contains("beyond the two included"), o.get(2).reason());
        assertEquals(Money.ofEuros(140), o.get(2).amountDue());
        assertEquals(OutcomeKind.INCLUDED, o.get(3).kind(), "remote support within the six months stays included");
        assertEquals(Money.ofEuros(140), bill.total());
        assertEquals(1, bill.bill().lines().size());
    }

    @Test
    void halfDaysAlreadyUsedCount() {
        Graduate used = CAMILLE.withIncludedHalfDaysAlreadyUsed(1);
        InterventionBill bill = DEFAULT.invoice(CLESSE, MEMBER_2026, List.of(
                Intervention.traineeSupport(LocalDate.of(2026, 6, 1), used, Hours.of(3), true),
                Intervention.traineeSupport(LocalDate.of(2026, 6, 8), used, Hours.of(3), true)), ISSUED);
        assertEquals(OutcomeKind.INCLUDED, bill.outcomes().get(0).kind());
        assertEquals(OutcomeKind.BILLED, bill.outcomes().get(1).kind());
        assertThrows(InvalidInputException.class, () -> CAMILLE.withIncludedHalfDaysAlreadyUsed(3));
    }

    @Test
    void aNonMemberPaysTraineeSupportFromTheFirstHour() {
        InterventionOutcome o = one(DEFAULT, Membership.none(),
                Intervention.traineeSupport(LocalDate.of(2026, 3, 10), CAMILLE, Hours.of(2), true));
        assertEquals(OutcomeKind.BILLED, o.kind());
        assertEquals(Money.ofEuros(150), o.amountDue());
        assertTrue(o.reason().contains("non-member"), o.reason());
    }

    @Test
    void theRateFollowsMembershipOnTheDayOfTheIntervention() {
        InterventionBill bill = DEFAULT.invoice(CLESSE, MEMBER_2026, List.of(
                Intervention.of(LocalDate.of(2026, 12, 31), Service.SPECIFIC_INTERVENTION, Hours.of(1)),
                Intervention.of(LocalDate.of(2027, 1, 4), Service.SPECIFIC_INTERVENTION, Hours.of(1))), ISSUED);
        assertEquals(Money.ofEuros(35), bill.bill().lines().get(0).amount());
        assertEquals(Money.ofEuros(75), bill.bill().lines().get(1).amount());
        assertEquals(Money.ofEuros(110), bill.total());
    }

    @ParameterizedTest(name = "{0} h at {1} € = {2} €")
    @CsvSource({
            "4/3, member, 46.67",
            "20/3, member, 233.33",
            "0.125, member, 4.38",
            "1/3, non-member, 25.00",
            "7/6, non-member, 87.50",
            "1/7, member, 5.00",
            "1/7, non-member, 10.71"})
    void amountsAreExactToTheCentRoundedHalfUpOncePerLine(String hours, String who, String amount) {
        Membership m = who.equals("member") ? MEMBER_2026 : Membership.none();
        assertEquals(Money.parse(amount),
                one(DEFAULT, m, Intervention.of(DAY, Service.ONBOARDING_SUPPORT, Hours.parse(hours))).amountDue());
    }

    @Test
    void totalIsTheSumOfRoundedLines() {
        InterventionBill bill = DEFAULT.invoice(CLESSE, MEMBER_2026, List.of(
                Intervention.of(DAY, Service.ONBOARDING_SUPPORT, Hours.parse("1/3")),
                Intervention.of(DAY, Service.ONBOARDING_SUPPORT, Hours.parse("1/3")),
                Intervention.of(DAY, Service.ONBOARDING_SUPPORT, Hours.parse("1/3"))), ISSUED);
        // 11.666… rounds to 11.67 on each line: 35.01, not 35.00
        assertEquals(Money.parse("35.01"), bill.total());
    }

    @Test
    void anInterventionBeforeAnyRateIsRefused() {
        assertThrows(NothingInForceException.class, () -> DEFAULT.invoice(CLESSE, Membership.none(),
                List.of(Intervention.of(LocalDate.of(2024, 12, 31), Service.SPECIFIC_INTERVENTION, Hours.of(1))), ISSUED));
    }

    @Test
    void aCommuneOutsideTheDeuxSevresIsRefused() {
        // a refusal by the rules (exit 3 on the command line), naming the article, not an invalid input
        NotEligibleException e = assertThrows(NotEligibleException.class, () -> DEFAULT.invoice(TestCommunes.aiguillon(),
                Membership.none(), List.of(Intervention.of(DAY, Service.SPECIFIC_INTERVENTION, Hours.of(1))), ISSUED));
        assertEquals(List.of(Cdg79Territory.DEUX_SEVRES.citation()), e.rules());
        assertTrue(e.isRefusal());
    }

    @Test
    void aCommuneAboveTheCeilingCannotBeBilledAsAMember() {
        NotEligibleException e = assertThrows(NotEligibleException.class, () -> DEFAULT.invoice(TestCommunes.aiffres(),
                MEMBER_2026, List.of(Intervention.of(DAY, Service.SPECIFIC_INTERVENTION, Hours.of(1))), ISSUED));
        assertEquals(List.of(Cdg79Articles.SERVICES), e.rules());
        assertTrue(e.getMessage().contains("communes de moins de 3 500 habitants"), e.getMessage());
        assertEquals(Money.ofEuros(75), DEFAULT.invoice(TestCommunes.aiffres(), Membership.none(),
                List.of(Intervention.of(DAY, Service.SPECIFIC_INTERVENTION, Hours.of(1))), ISSUED).total());
    }

    @Test
    void badInterventionsAreRefusedWithTheFieldAndTheRule() {
        InvalidInputException noHours = assertThrows(InvalidInputException.class,
                () -> Intervention.of(DAY, Service.SPECIFIC_INTERVENTION, Hours.ZERO));
        assertEquals("intervention.hours", noHours.field().orElseThrow());
        InvalidInputException noGraduate = assertThrows(InvalidInputException.class,
                () -> Intervention.of(DAY, Service.TRAINEE_SUPPORT, Hours.of(1)));
        assertEquals("intervention.graduate", noGraduate.field().orElseThrow());
        assertTrue(noGraduate.rules().contains(Cdg79Articles.TRAINEE_SUPPORT));
        InvalidInputException beforePosting = assertThrows(InvalidInputException.class,
                () -> Intervention.traineeSupport(LocalDate.of(2026, 3, 1), CAMILLE, Hours.of(1), false));
        assertEquals("intervention.date", beforePosting.field().orElseThrow());
    }

    @Test
    void anEstimateFollowsTheSameRules() {
        List<Intervention> planned = List.of(Intervention.of(DAY, Service.SPECIFIC_INTERVENTION, Hours.of(6)));
        InterventionBill estimate = DEFAULT.estimate(CLESSE, MEMBER_2026, planned, LocalDate.of(2026, 5, 1));
        InterventionBill invoice = DEFAULT.invoice(CLESSE, MEMBER_2026, planned, ISSUED);
        assertEquals(BillKind.ESTIMATE, estimate.bill().kind());
        assertEquals(BillKind.INVOICE, invoice.bill().kind());
        assertEquals(Money.ofEuros(210), estimate.total());
        assertEquals(Money.ZERO, invoice.bill().differenceFrom(estimate.bill()));
        assertFalse(invoice.bill().paymentTerm().isPresent(), "the convention sets no payment term");
    }

    @Test
    void aBillIsJsonBindable() {
        InterventionBill bill = DEFAULT.invoice(CLESSE, MEMBER_2026, List.of(
                Intervention.of(DAY, Service.SPECIFIC_INTERVENTION, Hours.parse("4/3")),
                Intervention.of(DAY, Service.ADVICE, Hours.of(1)).withNote("téléphone")), ISSUED);
        String json = CdgJson.write(bill);
        assertTrue(json.contains("\"46.67\""), json);
        assertEquals(bill, CdgJson.read(json, InterventionBill.class));
        Intervention read = CdgJson.read("{\"date\":\"2026-05-12\",\"service\":\"SPECIFIC_INTERVENTION\","
                + "\"hours\":\"1.5\",\"onSiteHalfDay\":false}", Intervention.class);
        assertEquals(Intervention.of(DAY, Service.SPECIFIC_INTERVENTION, Hours.parse("1.5")), read);
    }
}
