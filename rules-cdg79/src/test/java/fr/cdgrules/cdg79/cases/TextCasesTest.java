package fr.cdgrules.cdg79.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg79.Cdg79Readings;
import fr.cdgrules.cdg79.Cdg79Rules;
import fr.cdgrules.cdg79.adhesion.AdhesionDecision;
import fr.cdgrules.cdg79.charter.AccessDecision;
import fr.cdgrules.cdg79.charter.AccessRequest;
import fr.cdgrules.cdg79.charter.AccountKind;
import fr.cdgrules.cdg79.charter.PlatformRole;
import fr.cdgrules.cdg79.charter.PlatformUser;
import fr.cdgrules.cdg79.charter.Signatory;
import fr.cdgrules.cdg79.charter.Space;
import fr.cdgrules.cdg79.charter.UserRole;
import fr.cdgrules.cdg79.duration.ConventionStart;
import fr.cdgrules.cdg79.fee.Adhesion;
import fr.cdgrules.cdg79.fee.Membership;
import fr.cdgrules.cdg79.intervention.Graduate;
import fr.cdgrules.cdg79.intervention.HalfDayReading;
import fr.cdgrules.cdg79.intervention.Intervention;
import fr.cdgrules.cdg79.intervention.InterventionBill;
import fr.cdgrules.cdg79.intervention.InterventionGround;
import fr.cdgrules.cdg79.intervention.Service;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.Deadline;
import fr.cdgrules.core.lifecycle.DeadlineKind;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.RuleModules;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.population.PopulationBasis;
import fr.cdgrules.core.territory.Collectivity;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Independent cases derived from the texts (000, 001), run through the public API only: the
 * {@link RuleModules} registry and {@link Cdg79Rules}. Each case quotes the words it checks; the
 * expected figures come from the texts, not from the implementation.
 */
class TextCasesTest {
    private static final RuleModule CDG79 = RuleModules.load().get("cdg79");
    private static final Cdg79Rules RULES = Cdg79Rules.defaults();
    /** Clessé (79094), INSEE 2026 population municipale 923, CA du Bocage Bressuirais. */
    private static final Collectivity CLESSE = Collectivity.of("79094", "Clessé", "79", Optional.of("200040244"),
            Population.of(923, PopulationBasis.MUNICIPALE, Year.of(2026)));
    /** Aiffres (79003), 5 419 inhabitants: not « de moins de 3 500 habitants ». */
    private static final Collectivity AIFFRES = Collectivity.of("79003", "Aiffres", "79", Optional.of("200041317"),
            Population.of(5_419, PopulationBasis.MUNICIPALE, Year.of(2026)));
    /** 001: « Le vingt-trois avril deux mil vingt-six ... D'ADHERER, à compter de l'exercice budgétaire 2026 ». */
    private static final AdhesionDecision CLESSE_DECISION = AdhesionDecision.of(LocalDate.of(2026, 4, 23), Year.of(2026));

    private static LocalDate date(Convention c, DeadlineKind kind) {
        return c.deadlines().stream().filter(d -> d.kind() == kind).map(Deadline::date).findFirst().orElseThrow();
    }

    @Test
    void clesseThroughTheServiceLoaderWithItsCouncilDate() {
        // a town hall giving its council date to the generic SPI: the start reading applies there too
        Convention c = CDG79.convention(LocalDate.of(2026, 4, 23));
        assertEquals(LocalDate.of(2026, 1, 1), c.start());
        assertEquals(LocalDate.of(2027, 12, 1), date(c, DeadlineKind.NOTICE_DEADLINE), "« préavis d'un mois avant la date de reconduction »");
        assertEquals(LocalDate.of(2028, 1, 1), date(c, DeadlineKind.RENEWAL_DATE));
        assertEquals(LocalDate.of(2029, 12, 31), c.finalEnd(), "« deux (2) ans, renouvelable une fois »");
        assertEquals(c, RULES.convention(CLESSE_DECISION));
    }

    @Test
    void clesseJoinsFromBudgetYear2026AtTheFull150Euros() {
        // 001: « dont le forfait est fixé pour 2025 au tarif de 150 € »; art. 4: « valable pour une année civile »
        Adhesion a = RULES.adhesion(CLESSE, CLESSE_DECISION);
        assertEquals(Optional.of(Money.ofEuros(150)), a.feeDue());
        assertTrue(a.coversDate(LocalDate.of(2026, 1, 1)));
        assertTrue(a.coversDate(LocalDate.of(2026, 12, 31)));
        assertFalse(a.coversDate(LocalDate.of(2027, 1, 1)));
        assertEquals(Optional.of(Money.ofEuros(150)), CDG79.annualFees().orElseThrow().quote(CLESSE, Year.of(2026)).annualFee());
    }

    @Test
    void aDecemberCouncilJoiningNextYearStartsThen() {
        ConventionStart s = RULES.conventionStart(AdhesionDecision.of(LocalDate.of(2026, 12, 10), Year.of(2027)));
        assertEquals(LocalDate.of(2027, 1, 1), s.start());
        assertEquals(LocalDate.of(2028, 12, 1), date(s.convention(), DeadlineKind.NOTICE_DEADLINE));
        assertTrue(s.explanation().render().contains("FIRST_DAY_OF_CIVIL_YEAR"));
        assertEquals(Year.of(2027), RULES.adhesion(CLESSE, s.decision()).year());
    }

    @Test
    void renewableOnceALateNoticeAndANoticeInTheRenewedTerm() {
        Convention c = RULES.convention(CLESSE_DECISION);
        Convention inTime = c.withNotice(LocalDate.of(2027, 12, 1), Optional.empty());
        assertEquals(LocalDate.of(2027, 12, 31), inTime.finalEnd());
        Convention late = c.withNotice(LocalDate.of(2027, 12, 2), Optional.empty());
        assertEquals(LocalDate.of(2029, 12, 31), late.finalEnd());
        assertFalse(late.findings().all().get(0).message().contains("next renewal"));
        Convention renewedTerm = c.withNotice(LocalDate.of(2029, 3, 1), Optional.empty());
        assertEquals(LocalDate.of(2029, 12, 31), renewedTerm.finalEnd());
        assertTrue(renewedTerm.findings().has("notice-without-renewal-left"));
    }

    @Test
    void twoHalfDaysOnSiteAreTwoHalfDaysNotTwoVisits() {
        // art. 2.3 « dans la limite de 2 demi-journées »: a full day on site (7 h) is both; a later 1-hour visit is billed
        Graduate g = Graduate.of("Nadia Blanchard", LocalDate.of(2026, 9, 1));
        InterventionBill bill = RULES.invoice(CLESSE, Membership.ofYears(Year.of(2026)), List.of(
                Intervention.traineeSupport(LocalDate.of(2026, 9, 8), g, Hours.of(7), true),
                Intervention.traineeSupport(LocalDate.of(2026, 10, 6), g, Hours.of(1), true)), LocalDate.of(2026, 12, 1));
        assertEquals(Money.ofEuros(35), bill.total(), "« Commune adhérente au plan d'actions SGDM : 35 € de l'heure »");
        assertEquals(HalfDayReading.HALF_OF_A_SEVEN_HOUR_DAY, RULES.readings().halfDay());
    }

    @Test
    void aSpecificInterventionWithoutItsGroundIsFlagged() {
        InterventionBill bill = RULES.invoice(CLESSE, Membership.ofYears(Year.of(2026)), List.of(
                Intervention.of(LocalDate.of(2026, 6, 2), Service.SPECIFIC_INTERVENTION, Hours.of(3)),
                Intervention.specific(LocalDate.of(2026, 6, 9), Hours.of(2), InterventionGround.FORCE_MAJEURE)),
                LocalDate.of(2026, 7, 1));
        assertEquals(Money.ofEuros(175), bill.total());
        assertEquals(1, bill.findings().all().size());
        assertTrue(bill.findings().has("specific-intervention-without-ground"));
    }

    @Test
    void nonMembersAndLargeCommunesPayTheNonMemberRateByDefault() {
        // « Commune non adhérente : 75 € de l'heure »
        assertEquals(Money.ofEuros(150), RULES.invoice(CLESSE, Membership.none(), List.of(Intervention.traineeSupport(
                LocalDate.of(2026, 9, 8), Graduate.of("N. B.", LocalDate.of(2026, 9, 1)), Hours.of(2), true)),
                LocalDate.of(2026, 12, 1)).total());
        assertEquals(Money.ofEuros(75), RULES.invoice(AIFFRES, Membership.none(), List.of(Intervention.specific(
                LocalDate.of(2026, 6, 9), Hours.of(1), InterventionGround.URGENCY)), LocalDate.of(2026, 7, 1)).total());
    }

    @Test
    void theCommunitySpaceIsAnimatedByItsReferent() {
        // art. 1.3: « animé par le référent communautaire désigné par chaque EPCI »
        AccessRequest sgm = AccessRequest.of(LocalDate.of(2026, 5, 4),
                        PlatformUser.of("Camille Martin", UserRole.SGM, AccountKind.NOMINATIVE), CLESSE,
                        Membership.ofYears(Year.of(2026)), Space.community("200040244"), PlatformRole.ANIMATEUR)
                .withCharterSignatures(List.of(Signatory.values()));
        assertFalse(RULES.decide(sgm).granted());
        AccessDecision referent = RULES.decide(sgm.withUser(sgm.user().withCommunityReferentOf("200040244")));
        assertEquals(Optional.of(PlatformRole.ANIMATEUR), referent.grantedRole());
        assertEquals(Optional.of(PlatformRole.CONTRIBUTEUR),
                RULES.decide(sgm.withRequestedRole(PlatformRole.CONTRIBUTEUR)).grantedRole());
    }

    @Test
    void readingsWrittenBeforeTheNewOnesStillRead() {
        Cdg79Readings d = Cdg79Readings.defaults();
        assertEquals(d, CdgJson.read(CdgJson.write(d), Cdg79Readings.class));
        Cdg79Readings old = CdgJson.read("{\"ceiling3500\":\"EXCLUDED_PER_TITLE\",\"billableServices\":\"HEADING_AND_ANNEX\","
                + "\"traineeSupportPeriod\":\"ANNIVERSARY_EXCLUDED\",\"conventionStart\":\"FIRST_DAY_OF_CIVIL_YEAR\","
                + "\"platformMembership\":\"PACK_MEMBERSHIP_REQUIRED\",\"charterSignatures\":\"ALL_FOUR_PER_CONVENTION\","
                + "\"dgs\":\"STANDS_IN_FOR_SGM_ABOVE_CEILING\"}", Cdg79Readings.class);
        assertEquals(d, old);
    }
}
