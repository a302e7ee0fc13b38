package fr.cdgrules.cdg79;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg79.charter.CharterSignaturesReading;
import fr.cdgrules.cdg79.charter.DgsReading;
import fr.cdgrules.cdg79.charter.PlatformMembershipReading;
import fr.cdgrules.cdg79.duration.ConventionStartReading;
import fr.cdgrules.cdg79.fee.Ceiling3500Reading;
import fr.cdgrules.cdg79.intervention.BillableServicesReading;
import fr.cdgrules.cdg79.intervention.Service;
import fr.cdgrules.cdg79.intervention.ServiceTreatment;
import fr.cdgrules.cdg79.intervention.TraineeSupportPeriodReading;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.lifecycle.RenewalPolicy;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.RuleModules;
import fr.cdgrules.core.module.SourceText;
import fr.cdgrules.core.money.Money;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class Cdg79ModuleTest {
    @Test
    void registeredThroughTheServiceLoaderAsCdg79() {
        RuleModule m = RuleModules.load().get("cdg79");
        assertTrue(m instanceof Cdg79Module);
        assertEquals("Centre de gestion de la fonction publique territoriale des Deux-Sèvres (CDG79)", m.issuingBody());
        assertEquals(List.of("000", "001"), m.sources().stream().map(SourceText::id).toList());
        assertEquals("000_2b251d75239922ee.txt", m.sources().get(0).file());
        assertEquals("001_e88a7be615633645.txt", m.sources().get(1).file());
        assertTrue(m.territory().contains(TestCommunes.clesse()));
        assertFalse(m.territory().contains(TestCommunes.aiguillon()));
    }

    @Test
    void annualFeesAndConventionTermsThroughTheSpi() {
        RuleModule m = new Cdg79Module();
        AnnualFeeQuote q = m.annualFees().orElseThrow().quote(TestCommunes.clesse(), Year.of(2026));
        assertEquals(Money.ofEuros(150), q.annualFee().orElseThrow());
        assertEquals("cdg79", q.module());
        assertEquals(RenewalPolicy.tacit(1, Period.ofYears(2), Period.ofMonths(1), Cdg79Articles.DURATION),
                m.conventionTerms().renewal());
        assertEquals(LocalDate.of(2029, 12, 31), m.convention(LocalDate.of(2026, 1, 1)).finalEnd());
    }

    @Test
    void theModuleUsesTheDefaultReadings() {
        Cdg79Readings d = Cdg79Readings.defaults();
        assertEquals(Ceiling3500Reading.EXCLUDED_PER_TITLE, d.ceiling3500());
        assertEquals(BillableServicesReading.HEADING_AND_ANNEX, d.billableServices());
        assertEquals(TraineeSupportPeriodReading.ANNIVERSARY_EXCLUDED, d.traineeSupportPeriod());
        assertEquals(ConventionStartReading.FIRST_DAY_OF_CIVIL_YEAR, d.conventionStart());
        assertEquals(PlatformMembershipReading.PACK_MEMBERSHIP_REQUIRED, d.platformMembership());
        assertEquals(CharterSignaturesReading.ALL_FOUR_PER_CONVENTION, d.charterSignatures());
        assertEquals(DgsReading.STANDS_IN_FOR_SGM_ABOVE_CEILING, d.dgs());
        assertEquals(d, new Cdg79Module().rules().readings());
        assertEquals(d, CdgJson.read(CdgJson.write(d), Cdg79Readings.class));
    }

    @Test
    void theCallerCanChooseOtherReadings() {
        Cdg79Rules other = Cdg79Rules.defaults().withReadings(Cdg79Readings.defaults()
                .withCeiling3500(Ceiling3500Reading.INCLUDED_PER_TABLE)
                .withBillableServices(BillableServicesReading.BODY_OF_ARTICLE_3_2));
        assertEquals(Money.ofEuros(300), other.quote(TestCommunes.clesseWith(3_500), Year.of(2026)).annualFee().orElseThrow());
        assertFalse(Cdg79Rules.defaults().quote(TestCommunes.clesseWith(3_500), Year.of(2026)).eligible());
        assertEquals(ServiceTreatment.BILLABLE_HOURLY, other.terms(Service.NETWORK_ACTIVATION).treatment());
        assertEquals(ServiceTreatment.INCLUDED_IN_PACK, Cdg79Rules.defaults().terms(Service.NETWORK_ACTIVATION).treatment());
    }
}
