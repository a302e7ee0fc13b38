package fr.cdgrules.cdg79.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.cdg79.TestCommunes;
import fr.cdgrules.cdg79.fee.Ceiling3500Reading;
import fr.cdgrules.cdg79.fee.Membership;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.territory.Collectivity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccessPolicyTest {
    private static final AccessPolicy POLICY = policy(Ceiling3500Reading.EXCLUDED_PER_TITLE,
            PlatformMembershipReading.PACK_MEMBERSHIP_REQUIRED, CharterSignaturesReading.ALL_FOUR_PER_CONVENTION,
            DgsReading.STANDS_IN_FOR_SGM_ABOVE_CEILING);
    private static final LocalDate DAY = LocalDate.of(2026, 5, 4);
    private static final List<Signatory> ALL_FOUR = List.of(Signatory.values());
    private static final List<Approver> BOTH = List.of(Approver.values());
    private static final Collectivity CLESSE = TestCommunes.clesse();
    private static final String CLESSE_EPCI = "200040244";
    private static final Collectivity AIFFRES = TestCommunes.aiffres();
    private static final String NIORTAIS = "200041317";

    private static AccessPolicy policy(Ceiling3500Reading c, PlatformMembershipReading m, CharterSignaturesReading s,
            DgsReading d) {
        return AccessPolicy.of(c, m, s, d);
    }

    /** A Clessé SGM, member for 2026, all four signatures, nominative account, community space. */
    private static AccessRequest sgmOfClesse() {
        return AccessRequest.of(DAY, PlatformUser.of("Camille Martin", UserRole.SGM, AccountKind.NOMINATIVE), CLESSE,
                Membership.ofYears(Year.of(2026)), Space.community(CLESSE_EPCI), PlatformRole.CONTRIBUTEUR)
                .withCharterSignatures(ALL_FOUR);
    }

    private static void refusedBecause(AccessDecision d, String code, Citation citation) {
        assertFalse(d.granted(), d.render());
        assertTrue(d.grantedRole().isEmpty());
        assertEquals(List.of(code), d.unmet().stream().map(AccessCondition::code).toList(), d.render());
        assertTrue(d.condition(code).orElseThrow().citations().contains(citation), d.render());
    }

    @Test
    void defaultReadings() {
        assertEquals(PlatformMembershipReading.PACK_MEMBERSHIP_REQUIRED, PlatformMembershipReading.defaultReading());
        assertEquals(CharterSignaturesReading.ALL_FOUR_PER_CONVENTION, CharterSignaturesReading.defaultReading());
        assertEquals(DgsReading.STANDS_IN_FOR_SGM_ABOVE_CEILING, DgsReading.defaultReading());
    }

    @Test
    void anSgmOfAMemberCommuneEntersItsCommunitySpace() {
        AccessDecision d = POLICY.decide(sgmOfClesse());
        assertTrue(d.granted(), d.render());
        assertEquals(PlatformRole.CONTRIBUTEUR, d.grantedRole().orElseThrow());
        assertTrue(d.unmet().isEmpty());
        assertTrue(d.conditions().size() >= 8);
        assertTrue(d.condition("non-sgm-approvals").orElseThrow().detail().startsWith("not required"));
        assertTrue(d.citations().contains(Citation.of("000", "art. 1.4")));
        assertTrue(d.citations().contains(Citation.of("000", "charte art. 7.3")));
        assertTrue(d.render().startsWith("ACCESS GRANTED"), d.render());
    }

    @Test
    void anSgmOfASmallMemberCommuneEntersTheDepartmentalSpace() {
        assertTrue(POLICY.decide(sgmOfClesse().withSpace(Space.departmental())).granted());
    }

    @ParameterizedTest
    @EnumSource(value = UserRole.class, names = {"MAYOR", "DGS", "OTHER_STAFF"})
    void theDepartmentalSpaceIsForSgmsOnly(UserRole role) {
        AccessRequest r = sgmOfClesse().withSpace(Space.departmental())
                .withUser(PlatformUser.of("Christine Soulard", role, AccountKind.NOMINATIVE)).withApprovals(BOTH);
        refusedBecause(POLICY.decide(r), "departmental-space", Cdg79Articles.PLATFORM_ACCESS);
    }

    @Test
    void theDepartmentalSpaceIsForCommunesUnderTheCeiling() {
        AccessRequest r = sgmOfClesse().withCommune(AIFFRES).withSpace(Space.departmental())
                .withMembership(Membership.none()).withRequestedByCommune(true);
        refusedBecause(POLICY.decide(r), "departmental-space", Cdg79Articles.PLATFORM_ACCESS);
        // 3 500 exactly: not under the ceiling by default, under it when the table's reading is chosen
        AccessRequest at3500 = sgmOfClesse().withCommune(TestCommunes.clesseWith(3_500)).withSpace(Space.departmental());
        refusedBecause(POLICY.decide(at3500), "departmental-space", Cdg79Articles.PLATFORM_ACCESS);
        assertTrue(policy(Ceiling3500Reading.INCLUDED_PER_TABLE, PlatformMembershipReading.PACK_MEMBERSHIP_REQUIRED,
                CharterSignaturesReading.ALL_FOUR_PER_CONVENTION, DgsReading.STANDS_IN_FOR_SGM_ABOVE_CEILING)
                .decide(at3500).granted());
    }

    @Test
    void aCommuneAboveTheCeilingEntersItsCommunitySpaceOnlyAtItsRequest() {
        AccessRequest dgs = AccessRequest.of(DAY, PlatformUser.of("D. G. S.", UserRole.DGS, AccountKind.NOMINATIVE),
                AIFFRES, Membership.none(), Space.community(NIORTAIS), PlatformRole.VISITEUR).withCharterSignatures(ALL_FOUR);
        refusedBecause(POLICY.decide(dgs), "request-above-ceiling", Cdg79Articles.COMMUNITY_NETWORK);
        AccessDecision granted = POLICY.decide(dgs.withRequestedByCommune(true));
        assertTrue(granted.granted(), granted.render());
        assertTrue(granted.condition("pack-membership").orElseThrow().detail().startsWith("not required"));
        assertTrue(granted.condition("non-sgm-approvals").orElseThrow().detail().contains("counted as SGM"));
    }

    @Test
    void aDgsIsANonSgmUserUnderTheOtherReading() {
        AccessPolicy other = policy(Ceiling3500Reading.EXCLUDED_PER_TITLE, PlatformMembershipReading.PACK_MEMBERSHIP_REQUIRED,
                CharterSignaturesReading.ALL_FOUR_PER_CONVENTION, DgsReading.NON_SGM_USER);
        AccessRequest dgs = AccessRequest.of(DAY, PlatformUser.of("D. G. S.", UserRole.DGS, AccountKind.NOMINATIVE),
                AIFFRES, Membership.none(), Space.community(NIORTAIS), PlatformRole.VISITEUR)
                .withCharterSignatures(ALL_FOUR).withRequestedByCommune(true);
        refusedBecause(other.decide(dgs), "non-sgm-approvals", Cdg79Articles.PLATFORM_ACCESS);
        assertTrue(other.decide(dgs.withApprovals(BOTH)).granted());
    }

    @ParameterizedTest
    @EnumSource(value = UserRole.class, names = {"MAYOR", "OTHER_STAFF", "DGS"})
    void aNonSgmUserOfACommunitySpaceNeedsBothApprovals(UserRole role) {
        AccessRequest r = sgmOfClesse().withUser(PlatformUser.of("Jean-Marie Birtègue", role, AccountKind.NOMINATIVE));
        refusedBecause(POLICY.decide(r), "non-sgm-approvals", Cdg79Articles.PLATFORM_ACCESS);
        refusedBecause(POLICY.decide(r.withApprovals(List.of(Approver.CDG79_ADMINISTRATOR))), "non-sgm-approvals",
                Cdg79Articles.PLATFORM_ACCESS);
        refusedBecause(POLICY.decide(r.withApprovals(List.of(Approver.COMMUNITY_REFERENT))), "non-sgm-approvals",
                Cdg79Articles.PLATFORM_ACCESS);
        AccessDecision d = POLICY.decide(r.withApprovals(BOTH));
        assertTrue(d.granted(), d.render());
        assertTrue(d.condition("non-sgm-approvals").orElseThrow().detail().contains("both approvals given"));
    }

    @Test
    void aCommunitySpaceIsThatOfTheCommunesEpci() {
        refusedBecause(POLICY.decide(sgmOfClesse().withSpace(Space.community(NIORTAIS))), "space-of-commune",
                Cdg79Articles.PLATFORM_ACCESS);
    }

    @Test
    void aCommuneOutsideTheDeuxSevresIsRefusedWithTheReason() {
        Collectivity aiguillon = TestCommunes.aiguillon();
        AccessDecision d = POLICY.decide(sgmOfClesse().withCommune(aiguillon)
                .withSpace(Space.community(aiguillon.epciSiren().orElseThrow())));
        refusedBecause(d, "territory", Cdg79Articles.PREAMBLE);
        assertTrue(d.condition("territory").orElseThrow().detail().contains("outside the territory"));
    }

    @Test
    void aSmallCommuneMustBeAMemberOfThePackByDefault() {
        AccessRequest r = sgmOfClesse().withMembership(Membership.ofYears(Year.of(2025)));
        refusedBecause(POLICY.decide(r), "pack-membership", Cdg79Articles.PLATFORM_ACCESS);
        refusedBecause(POLICY.decide(r.withSpace(Space.departmental())), "pack-membership", Cdg79Articles.PLATFORM_ACCESS);
        AccessPolicy libre = policy(Ceiling3500Reading.EXCLUDED_PER_TITLE, PlatformMembershipReading.NO_MEMBERSHIP_CONDITION,
                CharterSignaturesReading.ALL_FOUR_PER_CONVENTION, DgsReading.STANDS_IN_FOR_SGM_ABOVE_CEILING);
        assertTrue(libre.decide(r).granted());
    }

    @Test
    void everySignatureOfArticle14IsRequiredByDefault() {
        for (Signatory missing : Signatory.values()) {
            List<Signatory> three = ALL_FOUR.stream().filter(s -> s != missing).toList();
            AccessDecision d = POLICY.decide(sgmOfClesse().withCharterSignatures(three));
            refusedBecause(d, "charter-signatures", Cdg79Articles.PLATFORM_ACCESS);
            assertTrue(d.condition("charter-signatures").orElseThrow().detail().contains("missing [" + missing + "]"));
        }
        refusedBecause(POLICY.decide(sgmOfClesse().withCharterSignatures(List.of())), "charter-signatures",
                Cdg79Articles.PLATFORM_ACCESS);
    }

    @Test
    void theCharterFormReadingNeedsTheCommunesTwoSignatures() {
        AccessPolicy form = policy(Ceiling3500Reading.EXCLUDED_PER_TITLE, PlatformMembershipReading.PACK_MEMBERSHIP_REQUIRED,
                CharterSignaturesReading.COMMUNE_TWO_PER_CHARTER_FORM, DgsReading.STANDS_IN_FOR_SGM_ABOVE_CEILING);
        assertTrue(form.decide(sgmOfClesse().withCharterSignatures(List.of(Signatory.MAYOR, Signatory.SGM_OR_DGS))).granted());
        AccessDecision d = form.decide(sgmOfClesse().withCharterSignatures(List.of(Signatory.SGM_OR_DGS)));
        refusedBecause(d, "charter-signatures", Cdg79Articles.CHARTER_SIGNATURES);
    }

    @ParameterizedTest
    @EnumSource(value = AccountKind.class, names = {"GENERIC", "SHARED"})
    void onlyANominativeAccountIsAllowed(AccountKind kind) {
        AccessRequest r = sgmOfClesse().withUser(PlatformUser.of("Mairie de Clessé", UserRole.SGM, kind));
        refusedBecause(POLICY.decide(r), "nominative-account", Cdg79Articles.CHARTER_NOMINATIVE);
        assertTrue(POLICY.decide(r).condition("nominative-account").orElseThrow().citations()
                .contains(Cdg79Articles.CHARTER_PERSONAL_ACCOUNT));
    }

    @Test
    void accessEndsWhenTheUserLeavesThePost() {
        AccessRequest r = sgmOfClesse().withRevocations(List.of(Revocation.of(RevocationReason.LEFT_POST, DAY)));
        refusedBecause(POLICY.decide(r), "not-revoked", Cdg79Articles.CHARTER_LEFT_POST);
        AccessDecision before = POLICY.decide(r.withDate(DAY.minusDays(1)));
        assertTrue(before.granted(), "the day before leaving, access stands");
        assertTrue(before.condition("not-revoked").orElseThrow().detail().contains("no revocation in effect"));
    }

    @Test
    void accessEndsOnABreachOfTheCharter() {
        AccessRequest r = sgmOfClesse().withRevocations(List.of(Revocation.of(RevocationReason.CHARTER_BREACH,
                LocalDate.of(2026, 2, 1))));
        refusedBecause(POLICY.decide(r), "not-revoked", Cdg79Articles.CHARTER_SANCTIONS);
    }

    @ParameterizedTest
    @EnumSource(value = PlatformRole.class, names = {"CONTRIBUTEUR", "VISITEUR"})
    void contributeurAndVisiteurAreGrantedToAnyAdmittedUserInEitherSpace(PlatformRole role) {
        // charte art. 2.2: « Les utilisateurs peuvent consulter, déposer et partager des documents »
        AccessDecision community = POLICY.decide(sgmOfClesse().withRequestedRole(role));
        assertEquals(role, community.grantedRole().orElseThrow());
        assertTrue(community.condition("role-grantable").orElseThrow().citations().contains(Cdg79Articles.CHARTER_USE));
        AccessDecision departmental = POLICY.decide(sgmOfClesse().withSpace(Space.departmental()).withRequestedRole(role));
        assertEquals(role, departmental.grantedRole().orElseThrow(), departmental.render());
    }

    @Test
    void theCommunitySpaceIsAnimatedByTheReferentDesignatedByItsEpci() {
        // art. 1.3: « un espace communautaire ... mis en place et animé par le référent communautaire désigné par chaque EPCI »
        refusedBecause(POLICY.decide(sgmOfClesse().withRequestedRole(PlatformRole.ANIMATEUR)), "role-grantable",
                Cdg79Articles.COMMUNITY_NETWORK);
        PlatformUser referent = PlatformUser.of("Camille Martin", UserRole.SGM, AccountKind.NOMINATIVE)
                .withCommunityReferentOf(CLESSE_EPCI);
        AccessDecision d = POLICY.decide(sgmOfClesse().withUser(referent).withRequestedRole(PlatformRole.ANIMATEUR));
        assertEquals(PlatformRole.ANIMATEUR, d.grantedRole().orElseThrow(), d.render());
        assertTrue(d.condition("role-grantable").orElseThrow().detail().contains("référent communautaire"), d.render());
        // the référent of another EPCI does not animate this one
        PlatformUser other = referent.withCommunityReferentOf(NIORTAIS);
        refusedBecause(POLICY.decide(sgmOfClesse().withUser(other).withRequestedRole(PlatformRole.ANIMATEUR)),
                "role-grantable", Cdg79Articles.COMMUNITY_NETWORK);
        // a référent who is not an SGM needs no approval in the space they animate
        PlatformUser staffReferent = PlatformUser.of("Jordan Pillet", UserRole.OTHER_STAFF, AccountKind.NOMINATIVE)
                .withCommunityReferentOf(CLESSE_EPCI);
        assertTrue(POLICY.decide(sgmOfClesse().withUser(staffReferent).withRequestedRole(PlatformRole.ANIMATEUR)).granted());
    }

    @Test
    void theDepartmentalSpaceIsAnimatedByTheCdg79NotByACommuneUser() {
        // art. 1.2: « Son animation est plus spécifiquement portée par le Chef de projet »
        PlatformUser referent = PlatformUser.of("Camille Martin", UserRole.SGM, AccountKind.NOMINATIVE)
                .withCommunityReferentOf(CLESSE_EPCI);
        AccessDecision d = POLICY.decide(sgmOfClesse().withUser(referent).withSpace(Space.departmental())
                .withRequestedRole(PlatformRole.ANIMATEUR));
        refusedBecause(d, "role-grantable", Cdg79Articles.NETWORK_ANIMATION);
        assertTrue(d.condition("role-grantable").orElseThrow().detail().contains("Chef de projet"), d.render());
        assertFalse(SpaceRoles.mayHold(PlatformRole.ANIMATEUR, Space.departmental(), referent));
        assertTrue(SpaceRoles.mayHold(PlatformRole.ANIMATEUR, Space.community(CLESSE_EPCI), referent));
    }

    @Test
    void aReferentIsNamedByTheNineDigitsOfItsEpci() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PlatformUser.of("X", UserRole.SGM,
                AccountKind.NOMINATIVE).withCommunityReferentOf("2000"));
        assertEquals("user.communityReferentOf", e.field().orElseThrow());
    }

    @Test
    void theAdministratorRoleIsNeverGrantedToACommuneUser() {
        refusedBecause(POLICY.decide(sgmOfClesse().withRequestedRole(PlatformRole.ADMINISTRATEUR)), "role-grantable",
                Cdg79Articles.CHARTER_PREAMBLE);
    }

    @Test
    void everyFailedConditionIsListed() {
        AccessRequest r = sgmOfClesse().withCharterSignatures(List.of()).withMembership(Membership.none())
                .withUser(PlatformUser.of("Mairie", UserRole.OTHER_STAFF, AccountKind.GENERIC))
                .withRequestedRole(PlatformRole.ADMINISTRATEUR);
        AccessDecision d = POLICY.decide(r);
        assertEquals(List.of("non-sgm-approvals", "pack-membership", "charter-signatures", "nominative-account",
                "role-grantable"), d.unmet().stream().map(AccessCondition::code).toList());
        assertTrue(d.render().contains("[NOT MET] charter-signatures"), d.render());
    }

    @Test
    void theSampleRequestFileIsReadAndGranted() throws IOException {
        String json;
        try (InputStream in = getClass().getResourceAsStream("/fr/cdgrules/cdg79/access-request-sample.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        AccessRequest r = CdgJson.read(json, AccessRequest.class);
        assertEquals(sgmOfClesse(), r);
        AccessDecision d = POLICY.decide(r);
        assertTrue(d.granted());
        String out = CdgJson.write(d);
        assertTrue(out.contains("\"granted\" : true"), out);
        assertEquals(d, CdgJson.read(out, AccessDecision.class));
        assertEquals(r, CdgJson.read(CdgJson.write(r), AccessRequest.class));
    }

    @Test
    void unknownAndMissingFieldsAreRefused() {
        String sample = CdgJson.write(sgmOfClesse());
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> CdgJson.read(sample.replaceFirst("\\{", "{ \"signedBy\" : [],"), AccessRequest.class));
        assertTrue(unknown.getMessage().contains("signedBy"), unknown.getMessage());
        assertThrows(InvalidInputException.class,
                () -> CdgJson.read(sample.replace("\"requestedRole\" : \"CONTRIBUTEUR\",", ""), AccessRequest.class));
        assertThrows(InvalidInputException.class,
                () -> CdgJson.read(sample.replace("\"CONTRIBUTEUR\"", "\"ROOT\""), AccessRequest.class));
        InvalidInputException noFlag = assertThrows(InvalidInputException.class,
                () -> CdgJson.read(sample.replace("\"requestedByCommune\" : false,", ""), AccessRequest.class));
        assertTrue(noFlag.getMessage().contains("requestedByCommune"), noFlag.getMessage());
    }

    @Test
    void badSpacesAreRefused() {
        assertThrows(InvalidInputException.class, () -> CdgJson.read("{\"kind\":\"COMMUNITY\"}", Space.class));
        assertThrows(InvalidInputException.class,
                () -> CdgJson.read("{\"kind\":\"DEPARTMENTAL\",\"epciSiren\":\"200040244\"}", Space.class));
    }
}
