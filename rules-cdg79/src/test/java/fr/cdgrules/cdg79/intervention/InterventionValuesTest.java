package fr.cdgrules.cdg79.intervention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.cdg79.Cdg79Descriptor;
import fr.cdgrules.cdg79.TestCommunes;
import fr.cdgrules.cdg79.fee.Ceiling3500Reading;
import fr.cdgrules.cdg79.fee.Membership;
import fr.cdgrules.core.descriptor.Descriptor;
import fr.cdgrules.core.descriptor.DescriptorLoader;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.timeline.Timeline;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The values of the intervention package in words and their checks: an intervention, a graduate, the
 * outcome and the bill as rendered, the services and their terms (art. 1, 2, 3.2, annex), the rates
 * (art. 3.2) and the six months and two half-days (art. 2.3) as the descriptor sets them.
 */
class InterventionValuesTest {
    private static final InterventionBilling DEFAULT = InterventionBilling.of(BillableServicesReading.HEADING_AND_ANNEX,
            TraineeSupportPeriodReading.ANNIVERSARY_EXCLUDED, Ceiling3500Reading.EXCLUDED_PER_TITLE, HourlyRates.published());
    private static final LocalDate DAY = LocalDate.of(2026, 5, 12);
    private static final Graduate CAMILLE = Graduate.of("Camille Martin", LocalDate.of(2026, 3, 2));

    @Test
    void anInterventionInWords() {
        assertEquals("2026-05-12 SPECIFIC_INTERVENTION 2 h (urgence)",
                Intervention.specific(DAY, Hours.of(2), InterventionGround.URGENCY).toString());
        assertEquals("2026-05-12 TRAINEE_SUPPORT 3.5 h (on site) for Camille Martin",
                Intervention.traineeSupport(DAY, CAMILLE, Hours.parse("7/2"), true).toString());
        assertEquals("2026-05-12 ADVICE 1 h", Intervention.of(DAY, Service.ADVICE, Hours.of(1)).toString());
        assertEquals("urgence", InterventionGround.URGENCY.text());
        assertEquals("force majeure", InterventionGround.FORCE_MAJEURE.text());
        assertEquals("Camille Martin (first posting 2026-03-02)", CAMILLE.toString());
        assertEquals("Conseils et soutiens (000 art. 2.2)", Service.ADVICE.describe());
        assertEquals(InterventionGround.FORCE_MAJEURE, Intervention.of(DAY, Service.SPECIFIC_INTERVENTION, Hours.of(1))
                .withGround(InterventionGround.FORCE_MAJEURE).ground().orElseThrow());
        assertEquals("téléphone", Intervention.of(DAY, Service.ADVICE, Hours.of(1)).withNote("téléphone").note().orElseThrow());
        assertThrows(NullPointerException.class, () -> Intervention.specific(DAY, Hours.of(1), null));
        assertThrows(NullPointerException.class,
                () -> Intervention.of(DAY, Service.SPECIFIC_INTERVENTION, Hours.of(1)).withGround(null));
    }

    @Test
    void anInterventionIsCheckedFieldByField() {
        InvalidInputException negative = assertThrows(InvalidInputException.class,
                () -> Intervention.of(DAY, Service.ADVICE, Hours.parse("-1")));
        assertEquals("intervention.hours", negative.field().orElseThrow());
        assertEquals(List.of(Cdg79Articles.HOURLY_RATES), negative.rules());
        assertTrue(negative.getMessage().contains("2026-05-12: an intervention lasts a positive number of hours, got -1"),
                negative.getMessage());
        // a graduate is named for the support of art. 2.3 only
        InvalidInputException graduate = assertThrows(InvalidInputException.class, () -> CdgJson.read(
                "{\"date\":\"2026-05-12\",\"service\":\"ADVICE\",\"hours\":\"1\",\"onSiteHalfDay\":false,\"graduate\":"
                        + "{\"name\":\"Camille Martin\",\"firstPostingOn\":\"2026-03-02\",\"includedHalfDaysAlreadyUsed\":0}}",
                Intervention.class));
        assertEquals("intervention.graduate", graduate.field().orElseThrow());
        assertTrue(graduate.getMessage().contains("a graduate is named only for support under art. 2.3, not for ADVICE"),
                graduate.getMessage());
        InvalidInputException ground = assertThrows(InvalidInputException.class,
                () -> Intervention.traineeSupport(DAY, CAMILLE, Hours.of(1), false).withGround(InterventionGround.URGENCY));
        assertEquals("intervention.ground", ground.field().orElseThrow());
        assertEquals(List.of(Cdg79Articles.SPECIFIC_INTERVENTION), ground.rules());
        // the first posting day itself is supported: « à l'issue de leur première prise de poste »
        assertEquals(CAMILLE.firstPostingOn(),
                Intervention.traineeSupport(CAMILLE.firstPostingOn(), CAMILLE, Hours.of(1), false).date());
        InvalidInputException before = assertThrows(InvalidInputException.class,
                () -> Intervention.traineeSupport(LocalDate.of(2026, 3, 1), CAMILLE, Hours.of(1), false));
        assertTrue(before.getMessage().contains("2026-03-01 is before the first posting of Camille Martin (first posting"
                + " 2026-03-02)"), before.getMessage());
    }

    @Test
    void aGraduateHasANameAndUsedAtMostTheTwoHalfDays() {
        assertEquals(0, CAMILLE.includedHalfDaysAlreadyUsed());
        assertEquals(2, CAMILLE.withIncludedHalfDaysAlreadyUsed(2).includedHalfDaysAlreadyUsed());
        InvalidInputException three = assertThrows(InvalidInputException.class, () -> CAMILLE.withIncludedHalfDaysAlreadyUsed(3));
        assertEquals("graduate.includedHalfDaysAlreadyUsed", three.field().orElseThrow());
        assertTrue(three.getMessage().contains("at most 2 on-site half-days are included, got 3"), three.getMessage());
        InvalidInputException minus = assertThrows(InvalidInputException.class, () -> CAMILLE.withIncludedHalfDaysAlreadyUsed(-1));
        assertEquals("graduate.includedHalfDaysAlreadyUsed", minus.field().orElseThrow());
        InvalidInputException blank = assertThrows(InvalidInputException.class, () -> Graduate.of(" ", DAY));
        assertEquals("graduate.name", blank.field().orElseThrow());
        assertEquals(List.of(Cdg79Articles.TRAINEE_SUPPORT), blank.rules());
    }

    @Test
    void anOutcomeAndABillInWords() {
        InterventionBill bill = DEFAULT.invoice(TestCommunes.clesse(), Membership.ofYears(Year.of(2026)), List.of(
                Intervention.of(DAY, Service.SPECIFIC_INTERVENTION, Hours.of(2)),
                Intervention.of(DAY, Service.ADVICE, Hours.of(1))), LocalDate.of(2026, 12, 15));
        InterventionOutcome billed = bill.outcomes(OutcomeKind.BILLED).get(0);
        InterventionOutcome included = bill.outcomes(OutcomeKind.INCLUDED).get(0);
        assertEquals(1, bill.outcomes(OutcomeKind.BILLED).size());
        assertEquals(1, bill.outcomes(OutcomeKind.INCLUDED).size());
        assertEquals(List.of(), bill.outcomes(OutcomeKind.NOT_BILLABLE));
        assertEquals("2026-05-12 SPECIFIC_INTERVENTION 2 h → BILLED 70.00 €: billed by the hour (000 art. 2.6): 2 h ×"
                + " 35.00 € = 70.00 € [" + billed.findings().get(0) + "]", billed.toString());
        assertEquals("2026-05-12 ADVICE 1 h → INCLUDED: included in the pack adhésion of 2026: nothing due; no line",
                included.toString());
        assertEquals(Money.ZERO, included.amountDue());
        String render = bill.render();
        assertTrue(render.startsWith(bill.bill().render()), render);
        assertTrue(render.contains("  not billed (INCLUDED): 2026-05-12 ADVICE 1 h — included in the pack adhésion of"
                + " 2026: nothing due; no line\n"), render);
        assertFalse(render.contains("not billed (BILLED)"), render);
        assertTrue(render.endsWith("  " + billed.findings().get(0) + "\n"), render);
        assertEquals(1, bill.findings().all().size());
        assertEquals(Money.ofEuros(70), bill.total());
    }

    @Test
    void anOutcomeHasALineExactlyWhenBilled() {
        InterventionBill bill = DEFAULT.invoice(TestCommunes.clesse(), Membership.ofYears(Year.of(2026)), List.of(
                Intervention.of(DAY, Service.SPECIFIC_INTERVENTION, Hours.of(2))), LocalDate.of(2026, 12, 15));
        String json = CdgJson.write(bill.outcomes().get(0));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CdgJson.read(json.replace("\"kind\" : \"BILLED\"", "\"kind\" : \"INCLUDED\""), InterventionOutcome.class));
        assertEquals("outcome.line", e.field().orElseThrow());
        // an outcome whose explanation has no step gives its kind as its reason
        String noSteps = json.replaceAll("(?s)\"steps\" : \\[.*\\]\\s*}", "\"steps\" : [ ] }");
        InterventionOutcome bare = CdgJson.read(noSteps, InterventionOutcome.class);
        assertTrue(bare.explanation().steps().isEmpty(), noSteps);
        assertEquals("BILLED", bare.reason());
    }

    @Test
    void theCatalogueInTheOrderOfTheText() {
        ServiceCatalogue c = ServiceCatalogue.of(BillableServicesReading.HEADING_AND_ANNEX);
        assertEquals(List.of(Service.values()), c.all().stream().map(ServiceTerms::service).toList());
        assertEquals(List.of(Service.TRAINEE_SUPPORT, Service.ONBOARDING_SUPPORT, Service.SPECIFIC_INTERVENTION),
                c.all().stream().filter(ServiceTerms::isBillable).map(ServiceTerms::service).toList());
        assertEquals(List.of(Service.TRAINEE_SUPPORT, Service.ONBOARDING_SUPPORT, Service.NETWORK_ACTIVATION,
                Service.SPECIFIC_INTERVENTION), ServiceCatalogue.of(BillableServicesReading.BODY_OF_ARTICLE_3_2).all()
                .stream().filter(ServiceTerms::isBillable).map(ServiceTerms::service).toList());
        ServiceTerms activation = c.terms(Service.NETWORK_ACTIVATION);
        assertEquals("NETWORK_ACTIVATION: INCLUDED_IN_PACK — " + activation.reason(), activation.toString());
        assertEquals(List.of(Cdg79Articles.NETWORK_ACTIVATION, Cdg79Articles.ANNEX, Cdg79Articles.HOURLY_RATES),
                activation.citations());
        assertEquals(List.of(Cdg79Articles.HOURLY_RATES, Cdg79Articles.NETWORK_ACTIVATION),
                ServiceCatalogue.of(BillableServicesReading.BODY_OF_ARTICLE_3_2).terms(Service.NETWORK_ACTIVATION).citations());
        assertTrue(ServiceCatalogue.of(BillableServicesReading.BODY_OF_ARTICLE_3_2).terms(Service.NETWORK_ACTIVATION)
                .reason().startsWith("reading BODY_OF_ARTICLE_3_2: 'Dans le cadre des interventions visées aux articles"
                        + " 2.3, 2.5 et 2.6"));
        assertEquals(List.of(Cdg79Articles.PLATFORM_ACCESS, Cdg79Articles.ANNEX), c.terms(Service.PLATFORM_ACCESS).citations());
        assertEquals(List.of(Cdg79Articles.NETWORK, Cdg79Articles.NETWORK_ROLE, Cdg79Articles.ANNEX, Cdg79Articles.FEE),
                c.terms(Service.WEBINARS).citations());
        assertEquals(List.of(Cdg79Articles.HOURLY_RATES, Cdg79Articles.ONBOARDING, Cdg79Articles.SPECIFIC_INTERVENTION,
                Cdg79Articles.ANNEX), BillableServicesReading.HEADING_AND_ANNEX.citations());
        assertEquals(List.of(Cdg79Articles.HOURLY_RATES), BillableServicesReading.BODY_OF_ARTICLE_3_2.citations());
        assertThrows(NullPointerException.class, () -> c.terms(null));
        assertThrows(NullPointerException.class, () -> ServiceCatalogue.of(null));
    }

    @Test
    void theRatesArePositiveAndDated() {
        HourlyRates published = HourlyRates.published();
        assertEquals(Money.ofEuros(35), published.rateOn(DAY, true).value());
        assertEquals(Money.ofEuros(75), published.rateOn(DAY, false).value());
        assertEquals(HourlyRates.MEMBER, published.member().parameter());
        assertEquals(HourlyRates.NON_MEMBER, published.nonMember().parameter());
        Timeline<Money> zero = Timeline.of(HourlyRates.MEMBER, List.of(fr.cdgrules.core.timeline.Version.of(
                LocalDate.of(2027, 1, 1), Money.ZERO, published.member().versions().get(0).source())));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> HourlyRates.of(zero, published.nonMember()));
        assertEquals(HourlyRates.MEMBER, e.field().orElseThrow());
        assertEquals(List.of(Cdg79Articles.HOURLY_RATES), e.rules());
        assertTrue(e.getMessage().contains("an hourly rate must be positive"), e.getMessage());
        Timeline<Money> negative = Timeline.of(HourlyRates.NON_MEMBER, List.of(fr.cdgrules.core.timeline.Version.of(
                LocalDate.of(2027, 1, 1), Money.parse("-75.00"), published.nonMember().versions().get(0).source())));
        InvalidInputException n = assertThrows(InvalidInputException.class, () -> HourlyRates.of(published.member(), negative));
        assertEquals(HourlyRates.NON_MEMBER, n.field().orElseThrow());
        assertThrows(NullPointerException.class, () -> HourlyRates.of(null, published.nonMember()));
        assertThrows(NullPointerException.class, () -> HourlyRates.of(published.member(), null));
    }

    private static Descriptor withNumber(String key, String number) {
        return Cdg79Descriptor.bundled().withParameters(DescriptorLoader.readFragment("essai.yaml", """
                module: cdg79
                parameters:
                  %s:
                    versions:
                      - effective: 2026-07-01
                        decision: "délibération d'essai (les chiffres sont ceux d'un test)"
                        article: "000 art. 2.3"
                        number: %s
                """.formatted(key, number)));
    }

    @Test
    void theSixMonthsAndTheHalfDaysAreWholeNumbersInForceOnTheFirstPosting() {
        TraineeAllowance bundled = TraineeAllowance.bundled();
        assertEquals(Period.ofMonths(6), bundled.period(LocalDate.of(2024, 1, 1)), "a posting before the first version");
        TraineeAllowance four = TraineeAllowance.of(withNumber("traineeSupportMonths", "4"));
        assertEquals(Period.ofMonths(6), four.period(LocalDate.of(2026, 6, 30)));
        assertEquals(Period.ofMonths(4), four.period(LocalDate.of(2026, 7, 1)), "in force on its effective day");
        assertEquals(Period.ofMonths(4), four.period(LocalDate.of(2027, 1, 1)));
        assertEquals(2, TraineeAllowance.of(withNumber("traineeOnSiteHalfDays", "0")).onSiteHalfDays(LocalDate.of(2026, 3, 2)));
        assertEquals(0, TraineeAllowance.of(withNumber("traineeOnSiteHalfDays", "0")).onSiteHalfDays(LocalDate.of(2026, 7, 1)));
        assertEquals(1, TraineeAllowance.of(withNumber("traineeSupportMonths", "1")).period(LocalDate.of(2026, 7, 1))
                .getMonths());
        for (String bad : List.of("0", "2.5", "2147483648")) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> TraineeAllowance.of(withNumber("traineeSupportMonths", bad)), bad);
            assertEquals("cdg79.trainee-support.months", e.field().orElseThrow());
            assertEquals(List.of(Cdg79Articles.TRAINEE_SUPPORT), e.rules());
            assertTrue(e.getMessage().contains("a whole number of at least 1 is expected, got " + bad), e.getMessage());
        }
        assertEquals(Integer.MAX_VALUE, TraineeAllowance.of(withNumber("traineeOnSiteHalfDays", "2147483647"))
                .onSiteHalfDays(LocalDate.of(2026, 7, 1)));
        InvalidInputException halfDays = assertThrows(InvalidInputException.class,
                () -> TraineeAllowance.of(withNumber("traineeOnSiteHalfDays", "-1")));
        assertTrue(halfDays.getMessage().contains("a whole number of at least 0 is expected, got -1"), halfDays.getMessage());
        assertEquals("included support of art. 2.3: " + Cdg79Descriptor.bundled().parameter("traineeSupportMonths")
                .numbers().versions() + " months, " + Cdg79Descriptor.bundled().parameter("traineeOnSiteHalfDays")
                .numbers().versions() + " on-site half-days", bundled.toString());
        assertThrows(NullPointerException.class, () -> bundled.period(null));
        assertThrows(NullPointerException.class, () -> bundled.onSiteHalfDays(null));
        assertThrows(NullPointerException.class, () -> TraineeAllowance.of(null));
    }

    @Test
    void theHoursOfHalfDays() {
        assertEquals(Hours.of(7), HalfDayReading.HALF_OF_A_SEVEN_HOUR_DAY.hoursOf(2));
        assertEquals(Hours.of(8), HalfDayReading.FOUR_HOURS.hoursOf(2));
        assertEquals(Hours.ZERO, HalfDayReading.FOUR_HOURS.hoursOf(0));
        assertThrows(NullPointerException.class, () -> HalfDayReading.FOUR_HOURS.halfDaysUsed(null));
    }

    @Test
    void theBillingRuleNamesWhatIsMissing() {
        assertThrows(NullPointerException.class, () -> DEFAULT.withHalfDay(null));
        assertThrows(NullPointerException.class, () -> DEFAULT.withNonMemberTraineeSupport(null));
        assertThrows(NullPointerException.class, () -> DEFAULT.withLargeCommuneRate(null));
        assertThrows(NullPointerException.class, () -> DEFAULT.withTraineeAllowance(null));
        assertThrows(NullPointerException.class, () -> InterventionBilling.of(BillableServicesReading.HEADING_AND_ANNEX,
                null, Ceiling3500Reading.EXCLUDED_PER_TITLE, HourlyRates.published()));
        NullPointerException commune = assertThrows(NullPointerException.class, () -> DEFAULT.invoice(null,
                Membership.none(), List.of(), DAY));
        assertEquals("commune", commune.getMessage());
        NullPointerException interventions = assertThrows(NullPointerException.class, () -> DEFAULT.invoice(
                TestCommunes.clesse(), Membership.none(), null, DAY));
        assertEquals("interventions", interventions.getMessage());
        assertEquals(HourlyRates.published(), DEFAULT.rates());
        assertEquals(TraineeAllowance.bundled(), DEFAULT.traineeAllowance());
        // an empty bill: nothing done, nothing due
        InterventionBill empty = DEFAULT.estimate(TestCommunes.clesse(), Membership.none(), List.of(), DAY);
        assertEquals(Money.ZERO, empty.total());
        assertEquals("interventions of the CDG79 for Clessé (79094) (000 art. 3.2)", empty.bill().subject());
    }
}
