package fr.cdgrules.cdg79.intervention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.cdg79.TestCommunes;
import fr.cdgrules.cdg79.fee.Ceiling3500Reading;
import fr.cdgrules.cdg79.fee.Membership;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.finding.Finding;
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

/** The readings of art. 2.3 (half-days, non-members), art. 2.6 (ground) and of communes of 3 500 inhabitants or more. */
class InterventionReadingsTest {
    private static final InterventionBilling DEFAULT = InterventionBilling.of(BillableServicesReading.HEADING_AND_ANNEX,
            TraineeSupportPeriodReading.ANNIVERSARY_EXCLUDED, Ceiling3500Reading.EXCLUDED_PER_TITLE, HourlyRates.published());
    private static final Collectivity CLESSE = TestCommunes.clesse();
    private static final Membership MEMBER_2026 = Membership.ofYears(Year.of(2026));
    private static final LocalDate ISSUED = LocalDate.of(2026, 12, 15);
    private static final LocalDate DAY = LocalDate.of(2026, 5, 12);
    private static final Graduate CAMILLE = Graduate.of("Camille Martin", LocalDate.of(2026, 3, 2));

    private static InterventionBill bill(InterventionBilling b, Collectivity c, Membership m, Intervention... i) {
        return b.invoice(c, m, List.of(i), ISSUED);
    }

    @ParameterizedTest(name = "{0} h on site use {1} half-day(s) of 3 h 30, {2} of 4 h")
    @CsvSource({"1, 1, 1", "3.5, 1, 1", "7/2, 1, 1", "3.75, 2, 1", "4, 2, 1", "4.25, 2, 2", "7, 2, 2", "7.5, 3, 2", "8, 3, 2"})
    void theLimitOfTwoHalfDaysIsCountedInHalfDaysNotEntries(String hours, int defaultUses, int fourHourUses) {
        assertEquals(HalfDayReading.HALF_OF_A_SEVEN_HOUR_DAY, HalfDayReading.defaultReading());
        assertEquals(Hours.parse("3.5"), HalfDayReading.HALF_OF_A_SEVEN_HOUR_DAY.length());
        assertEquals(defaultUses, HalfDayReading.HALF_OF_A_SEVEN_HOUR_DAY.halfDaysUsed(Hours.parse(hours)));
        assertEquals(fourHourUses, HalfDayReading.FOUR_HOURS.halfDaysUsed(Hours.parse(hours)));
    }

    @Test
    void aFullDayOnSiteUsesBothHalfDaysOfArticle23() {
        // « un accompagnement sur site dans la limite de 2 demi-journées »: one entry of 7 hours is both half-days
        InterventionBill b = bill(DEFAULT, CLESSE, MEMBER_2026,
                Intervention.traineeSupport(LocalDate.of(2026, 3, 10), CAMILLE, Hours.of(7), true),
                Intervention.traineeSupport(LocalDate.of(2026, 4, 7), CAMILLE, Hours.of(2), true));
        assertEquals(OutcomeKind.INCLUDED, b.outcomes().get(0).kind());
        assertTrue(b.outcomes().get(0).reason().contains("half-days 1 to 2 of 2"), b.outcomes().get(0).reason());
        assertEquals(OutcomeKind.BILLED, b.outcomes().get(1).kind(), "no half-day is left for the second visit");
        assertEquals(Money.ofEuros(70), b.total());
    }

    @Test
    void anEntryStraddlingTheLimitIsIncludedUpToTheHalfDayLeftAndBilledBeyond() {
        // 3 h (half-day 1), then a day of 7 h: 3 h 30 included (half-day 2), 3 h 30 billed at 35 €
        InterventionBill b = bill(DEFAULT, CLESSE, MEMBER_2026,
                Intervention.traineeSupport(LocalDate.of(2026, 3, 10), CAMILLE, Hours.of(3), true),
                Intervention.traineeSupport(LocalDate.of(2026, 4, 7), CAMILLE, Hours.of(7), true));
        InterventionOutcome second = b.outcomes().get(1);
        assertEquals(OutcomeKind.BILLED, second.kind());
        assertEquals(Hours.parse("3.5"), second.line().orElseThrow().quantity());
        assertEquals(Money.parse("122.50"), second.amountDue());
        assertTrue(second.explanation().render().contains("1 of the 2 included half-days left"),
                second.explanation().render());
        assertEquals(Money.parse("122.50"), b.total());
        // under the four-hour reading the same day uses two half-days of 4 h: 4 h included, 3 h billed
        InterventionBill four = bill(DEFAULT.withHalfDay(HalfDayReading.FOUR_HOURS), CLESSE, MEMBER_2026,
                Intervention.traineeSupport(LocalDate.of(2026, 3, 10), CAMILLE, Hours.of(3), true),
                Intervention.traineeSupport(LocalDate.of(2026, 4, 7), CAMILLE, Hours.of(7), true));
        assertEquals(Money.ofEuros(105), four.total());
    }

    @Test
    void aFourHourVisitIsOneHalfDayUnderTheFourHourReading() {
        InterventionBill dflt = bill(DEFAULT, CLESSE, MEMBER_2026,
                Intervention.traineeSupport(LocalDate.of(2026, 3, 10), CAMILLE, Hours.of(4), true),
                Intervention.traineeSupport(LocalDate.of(2026, 4, 7), CAMILLE, Hours.of(4), true));
        assertEquals(Money.ofEuros(140), dflt.total(), "3 h 30 half-days: the first visit uses both, the second is billed");
        InterventionBill four = bill(DEFAULT.withHalfDay(HalfDayReading.FOUR_HOURS), CLESSE, MEMBER_2026,
                Intervention.traineeSupport(LocalDate.of(2026, 3, 10), CAMILLE, Hours.of(4), true),
                Intervention.traineeSupport(LocalDate.of(2026, 4, 7), CAMILLE, Hours.of(4), true));
        assertEquals(Money.ZERO, four.total());
    }

    @Test
    void aSpecificInterventionStatesItsGround() {
        // art. 2.6: « En cas d'urgence ou de force majeure, le CDG79 peut accompagner les collectivités »
        InterventionOutcome urgent = bill(DEFAULT, CLESSE, MEMBER_2026,
                Intervention.specific(DAY, Hours.of(2), InterventionGround.URGENCY)).outcomes().get(0);
        assertTrue(urgent.findings().isEmpty());
        assertTrue(urgent.explanation().render().contains("« urgence »"), urgent.explanation().render());
        assertEquals(Money.ofEuros(70), urgent.amountDue());

        InterventionBill silent = bill(DEFAULT, CLESSE, MEMBER_2026, Intervention.of(DAY, Service.SPECIFIC_INTERVENTION,
                Hours.of(2)));
        assertEquals(Money.ofEuros(70), silent.total(), "billed as recorded");
        Finding f = silent.outcomes().get(0).findings().get(0);
        assertEquals("specific-intervention-without-ground", f.code());
        assertEquals(Cdg79Articles.SPECIFIC_INTERVENTION, f.citation());
        assertFalse(f.isRefusal());
        assertTrue(f.message().contains("En cas d'urgence ou de force majeure"), f.message());
        assertTrue(silent.findings().has("specific-intervention-without-ground"));
        assertTrue(silent.render().contains("specific-intervention-without-ground"), silent.render());
        // other services are not asked for a ground
        assertTrue(bill(DEFAULT, CLESSE, MEMBER_2026, Intervention.of(DAY, Service.ONBOARDING_SUPPORT, Hours.of(1)))
                .findings().isEmpty());
    }

    @Test
    void aGroundBelongsToASpecificInterventionOnlyAndRoundTripsThroughJson() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Intervention.of(DAY, Service.ONBOARDING_SUPPORT, Hours.of(1)).withGround(InterventionGround.URGENCY));
        assertEquals("intervention.ground", e.field().orElseThrow());
        Intervention read = CdgJson.read("{\"date\":\"2026-05-12\",\"service\":\"SPECIFIC_INTERVENTION\","
                + "\"hours\":\"2\",\"onSiteHalfDay\":false,\"ground\":\"FORCE_MAJEURE\"}", Intervention.class);
        assertEquals(Intervention.specific(DAY, Hours.of(2), InterventionGround.FORCE_MAJEURE), read);
    }

    @Test
    void aNonMembersGraduateIsBilledFromTheFirstHourByDefaultOrSupportedUnderTheOtherReading() {
        Intervention visit = Intervention.traineeSupport(LocalDate.of(2026, 3, 10), CAMILLE, Hours.of(2), true);
        assertEquals(NonMemberTraineeSupportReading.BILLED_FROM_FIRST_HOUR, NonMemberTraineeSupportReading.defaultReading());
        InterventionOutcome dflt = bill(DEFAULT, CLESSE, Membership.none(), visit).outcomes().get(0);
        assertEquals(Money.ofEuros(150), dflt.amountDue());
        assertTrue(dflt.explanation().render().contains("NonMemberTraineeSupportReading.BILLED_FROM_FIRST_HOUR"));

        InterventionBilling every = DEFAULT.withNonMemberTraineeSupport(NonMemberTraineeSupportReading.ALLOWANCE_FOR_EVERY_COMMUNE);
        InterventionOutcome included = bill(every, CLESSE, Membership.none(), visit).outcomes().get(0);
        assertEquals(OutcomeKind.INCLUDED, included.kind(), included.explanation().render());
        // beyond the six months (ended 1 September 2026) a non-member pays 75 €
        assertEquals(Money.ofEuros(75), bill(every, CLESSE, Membership.none(),
                Intervention.traineeSupport(LocalDate.of(2026, 9, 2), CAMILLE, Hours.of(1), false)).total());
    }

    @Test
    void aCommuneOf3500InhabitantsOrMoreIsBilledAtTheNonMemberRateByDefaultOrNotOffered() {
        Collectivity aiffres = TestCommunes.aiffres(); // above the ceiling
        Intervention i = Intervention.specific(DAY, Hours.of(1), InterventionGround.URGENCY);
        assertEquals(LargeCommuneRateReading.NON_MEMBER_RATE, LargeCommuneRateReading.defaultReading());
        InterventionBill dflt = bill(DEFAULT, aiffres, Membership.none(), i);
        assertEquals(Money.ofEuros(75), dflt.total());
        assertTrue(dflt.outcomes().get(0).explanation().render().contains("LargeCommuneRateReading.NON_MEMBER_RATE"));

        InterventionBill notOffered = bill(DEFAULT.withLargeCommuneRate(LargeCommuneRateReading.NOT_OFFERED), aiffres,
                Membership.none(), i);
        assertEquals(Money.ZERO, notOffered.total());
        InterventionOutcome o = notOffered.outcomes().get(0);
        assertEquals(OutcomeKind.NOT_BILLABLE, o.kind());
        assertEquals("service-not-offered-above-ceiling", o.findings().get(0).code());
        assertTrue(o.findings().get(0).isRefusal());
        assertTrue(o.reason().contains("à destination des communes de moins de 3 500 habitants"), o.reason());
        // a commune under the ceiling is not concerned
        assertEquals(Money.ofEuros(75), bill(DEFAULT.withLargeCommuneRate(LargeCommuneRateReading.NOT_OFFERED), CLESSE,
                Membership.none(), i).total());
    }
}
