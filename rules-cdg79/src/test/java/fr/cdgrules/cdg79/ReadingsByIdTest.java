package fr.cdgrules.cdg79;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg79.charter.CharterSignaturesReading;
import fr.cdgrules.cdg79.charter.DgsReading;
import fr.cdgrules.cdg79.charter.PlatformMembershipReading;
import fr.cdgrules.cdg79.duration.ConventionStartReading;
import fr.cdgrules.cdg79.fee.Ceiling3500Reading;
import fr.cdgrules.cdg79.intervention.BillableServicesReading;
import fr.cdgrules.cdg79.intervention.HalfDayReading;
import fr.cdgrules.cdg79.intervention.LargeCommuneRateReading;
import fr.cdgrules.cdg79.intervention.NonMemberTraineeSupportReading;
import fr.cdgrules.cdg79.intervention.TraineeSupportPeriodReading;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.RuleModule;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every reading of {@link Cdg79Readings}, chosen by id through {@link RuleModule#withReadings(Map)}. */
class ReadingsByIdTest {
    private static final Cdg79Module MODULE = new Cdg79Module();

    @Test
    void everyReadingIsSelectableById() {
        Map<String, String> all = new HashMap<>();
        all.put("ceiling3500", "INCLUDED_PER_TABLE");
        all.put("billableServices", "BODY_OF_ARTICLE_3_2");
        all.put("traineeSupportPeriod", "ANNIVERSARY_INCLUDED");
        all.put("conventionStart", "DATE_OF_SIGNATURE");
        all.put("platformMembership", "NO_MEMBERSHIP_CONDITION");
        all.put("charterSignatures", "COMMUNE_TWO_PER_CHARTER_FORM");
        all.put("dgs", "NON_SGM_USER");
        all.put("halfDay", "FOUR_HOURS");
        all.put("nonMemberTraineeSupport", "ALLOWANCE_FOR_EVERY_COMMUNE");
        all.put("largeCommuneRate", "NOT_OFFERED");
        assertEquals(Cdg79Readings.defaults().withCeiling3500(Ceiling3500Reading.INCLUDED_PER_TABLE)
                .withBillableServices(BillableServicesReading.BODY_OF_ARTICLE_3_2)
                .withTraineeSupportPeriod(TraineeSupportPeriodReading.ANNIVERSARY_INCLUDED)
                .withConventionStart(ConventionStartReading.DATE_OF_SIGNATURE)
                .withPlatformMembership(PlatformMembershipReading.NO_MEMBERSHIP_CONDITION)
                .withCharterSignatures(CharterSignaturesReading.COMMUNE_TWO_PER_CHARTER_FORM)
                .withDgs(DgsReading.NON_SGM_USER).withHalfDay(HalfDayReading.FOUR_HOURS)
                .withNonMemberTraineeSupport(NonMemberTraineeSupportReading.ALLOWANCE_FOR_EVERY_COMMUNE)
                .withLargeCommuneRate(LargeCommuneRateReading.NOT_OFFERED), MODULE.withReadings(all).rules().readings());
    }

    @Test
    void theInstanceFactoryKeepsTheParametersAndChangesTheReadings() {
        Cdg79Rules perTable = Cdg79Rules.defaults().withReadings(
                Cdg79Readings.defaults().withCeiling3500(Ceiling3500Reading.INCLUDED_PER_TABLE));
        assertEquals(Ceiling3500Reading.INCLUDED_PER_TABLE, perTable.readings().ceiling3500());
        assertEquals(Cdg79Rules.defaults().descriptor(), perTable.descriptor());
    }

    @Test
    void anUnknownReadingOrOptionIsRefusedNamingTheField() {
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> MODULE.withReadings(Map.of("tenThousand", "FOURTH_STRATUM")));
        assertEquals("readings.tenThousand", unknown.field().orElseThrow());
        assertTrue(unknown.getMessage().contains("largeCommuneRate"), unknown.getMessage());
        InvalidInputException option = assertThrows(InvalidInputException.class,
                () -> MODULE.withReadings(Map.of("halfDay", "THREE_HOURS")));
        assertEquals("readings.halfDay", option.field().orElseThrow());
    }
}
