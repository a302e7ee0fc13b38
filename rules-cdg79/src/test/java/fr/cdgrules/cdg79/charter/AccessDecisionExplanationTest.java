package fr.cdgrules.cdg79.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.cdg79.Cdg79Territory;
import fr.cdgrules.cdg79.TestCommunes;
import fr.cdgrules.cdg79.fee.Ceiling3500Reading;
import fr.cdgrules.cdg79.fee.Membership;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.territory.Collectivity;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The details of every condition of an access decision, as the administrator and a lawyer read them:
 * what was found, the reading applied, the articles (000 art. 1.3, 1.4, charte préambule, 1.1, 2.2,
 * 2.7, 6, 7.3); and the rendering of the decision.
 */
class AccessDecisionExplanationTest {
    private static final AccessPolicy POLICY = AccessPolicy.of(Ceiling3500Reading.EXCLUDED_PER_TITLE,
            PlatformMembershipReading.PACK_MEMBERSHIP_REQUIRED, CharterSignaturesReading.ALL_FOUR_PER_CONVENTION,
            DgsReading.STANDS_IN_FOR_SGM_ABOVE_CEILING);
    private static final LocalDate DAY = LocalDate.of(2026, 5, 4);
    private static final Collectivity CLESSE = TestCommunes.clesse();
    private static final String CLESSE_EPCI = "200040244";
    private static final String NIORTAIS = "200041317";
    private static final String CLESSE_SIZE = "Clessé (79094), 923 inhabitants, under the ceiling (last eligible 3499,"
            + " EXCLUDED_PER_TITLE)";
    private static final String AIFFRES_SIZE = "Aiffres (79003), 5419 inhabitants, not under the ceiling (last eligible"
            + " 3499, EXCLUDED_PER_TITLE)";

    private static AccessRequest sgmOfClesse() {
        return AccessRequest.of(DAY, PlatformUser.of("Camille Martin", UserRole.SGM, AccountKind.NOMINATIVE), CLESSE,
                Membership.ofYears(Year.of(2026)), Space.community(CLESSE_EPCI), PlatformRole.CONTRIBUTEUR)
                .withCharterSignatures(List.of(Signatory.values()));
    }

    private static AccessRequest dgsOfAiffres() {
        return AccessRequest.of(DAY, PlatformUser.of("Dominique Giraud", UserRole.DGS, AccountKind.NOMINATIVE),
                TestCommunes.aiffres(), Membership.none(), Space.community(NIORTAIS), PlatformRole.VISITEUR)
                .withCharterSignatures(List.of(Signatory.values())).withRequestedByCommune(true);
    }

    private static String detail(AccessDecision d, String code) {
        return d.condition(code).orElseThrow(() -> new AssertionError(code + " not examined: " + d.render())).detail();
    }

    @Test
    void aGrantedRequestToACommunitySpaceConditionByCondition() {
        AccessDecision d = POLICY.decide(sgmOfClesse());
        assertEquals(List.of("territory", "space-of-commune", "request-above-ceiling", "non-sgm-approvals",
                "pack-membership", "charter-signatures", "nominative-account", "not-revoked", "role-grantable"),
                d.conditions().stream().map(AccessCondition::code).toList());
        assertTrue(d.conditions().stream().allMatch(AccessCondition::met));
        assertEquals("Clessé (79094) is in département 79", detail(d, "territory"));
        assertEquals("Clessé (79094) belongs to EPCI 200040244", detail(d, "space-of-commune"));
        assertEquals("not required: " + CLESSE_SIZE, detail(d, "request-above-ceiling"));
        assertEquals("not required: the user is SGM, counted as SGM (STANDS_IN_FOR_SGM_ABOVE_CEILING)",
                detail(d, "non-sgm-approvals"));
        assertEquals("member of the pack for 2026 (reading PACK_MEMBERSHIP_REQUIRED)", detail(d, "pack-membership"));
        assertEquals("required [MAYOR, SGM_OR_DGS, EPCI_PRESIDENT, COMMUNITY_REFERENT] (reading ALL_FOUR_PER_CONVENTION);"
                + " all signed", detail(d, "charter-signatures"));
        assertEquals("nominative identifier", detail(d, "nominative-account"));
        assertEquals("no revocation recorded", detail(d, "not-revoked"));
        assertEquals("role CONTRIBUTEUR can be granted to any user admitted to the space: 'Les utilisateurs peuvent"
                + " consulter, déposer et partager des documents' (charte art. 2.2)", detail(d, "role-grantable"));

        assertEquals(List.of(Cdg79Territory.DEUX_SEVRES.citation()), d.condition("territory").orElseThrow().citations());
        assertEquals(List.of(Cdg79Articles.PLATFORM_ACCESS, Cdg79Articles.COMMUNITY_NETWORK),
                d.condition("space-of-commune").orElseThrow().citations());
        assertEquals(List.of(Cdg79Articles.COMMUNITY_NETWORK), d.condition("request-above-ceiling").orElseThrow().citations());
        assertEquals(List.of(Cdg79Articles.PLATFORM_ACCESS), d.condition("non-sgm-approvals").orElseThrow().citations());
        assertEquals(List.of(Cdg79Articles.PLATFORM_ACCESS, Cdg79Articles.ANNEX),
                d.condition("pack-membership").orElseThrow().citations());
        assertEquals(List.of(Cdg79Articles.PLATFORM_ACCESS), d.condition("charter-signatures").orElseThrow().citations());
        assertEquals(List.of(Cdg79Articles.CHARTER_PERSONAL_ACCOUNT, Cdg79Articles.CHARTER_NOMINATIVE),
                d.condition("nominative-account").orElseThrow().citations());
        assertEquals(List.of(Cdg79Articles.CHARTER_LEFT_POST, Cdg79Articles.CHARTER_SANCTIONS),
                d.condition("not-revoked").orElseThrow().citations());
        assertEquals(List.of(Cdg79Articles.CHARTER_PREAMBLE, Cdg79Articles.CHARTER_USE),
                d.condition("role-grantable").orElseThrow().citations());

        assertEquals(List.of("Ceiling3500Reading.EXCLUDED_PER_TITLE: " + Ceiling3500Reading.EXCLUDED_PER_TITLE.describe(),
                "PlatformMembershipReading.PACK_MEMBERSHIP_REQUIRED", "CharterSignaturesReading.ALL_FOUR_PER_CONVENTION",
                "DgsReading.STANDS_IN_FOR_SGM_ABOVE_CEILING"), d.readings());
        assertEquals(List.of(Cdg79Articles.PREAMBLE, Cdg79Articles.PLATFORM_ACCESS, Cdg79Articles.COMMUNITY_NETWORK,
                Cdg79Articles.ANNEX, Cdg79Articles.CHARTER_PERSONAL_ACCOUNT, Cdg79Articles.CHARTER_NOMINATIVE,
                Cdg79Articles.CHARTER_LEFT_POST, Cdg79Articles.CHARTER_SANCTIONS, Cdg79Articles.CHARTER_PREAMBLE,
                Cdg79Articles.CHARTER_USE), d.citations(), "every article once, in the order of the conditions");
        assertEquals("Clessé (79094)", d.commune());
        assertEquals(DAY, d.date());
        assertEquals(Space.community(CLESSE_EPCI), d.space());
    }

    @Test
    void theRenderingListsEveryConditionThenTheReadings() {
        AccessDecision d = POLICY.decide(sgmOfClesse().withSpace(Space.departmental()));
        String[] lines = d.render().split("\n");
        assertEquals("ACCESS GRANTED — Camille Martin (SGM), Clessé (79094), departmental space, on 2026-05-04, role"
                + " CONTRIBUTEUR", lines[0]);
        assertEquals("  [met]     territory: Clessé (79094) is in département 79 [000 préambule]", lines[1]);
        assertEquals("  [met]     departmental-space: the user is an SGM; " + CLESSE_SIZE + " [000 art. 1.4]", lines[2]);
        assertEquals(1 + 7 + 4, lines.length, d.render());
        assertEquals("  reading: DgsReading.STANDS_IN_FOR_SGM_ABOVE_CEILING", lines[lines.length - 1]);
        assertEquals(d.render(), d.toString());

        AccessDecision refused = POLICY.decide(sgmOfClesse().withUser(PlatformUser.of("Christine Soulard",
                UserRole.MAYOR, AccountKind.NOMINATIVE)).withSpace(Space.departmental()));
        String[] r = refused.render().split("\n");
        assertEquals("ACCESS REFUSED — Christine Soulard (MAYOR), Clessé (79094), departmental space, on 2026-05-04", r[0]);
        assertEquals("  [NOT MET] departmental-space: the user is MAYOR, not an SGM; " + CLESSE_SIZE + " [000 art. 1.4]",
                r[2]);
    }

    @Test
    void aLargeCommunesDgsAsTheCommunesCounterpartOfTheSgm() {
        AccessDecision d = POLICY.decide(dgsOfAiffres());
        assertTrue(d.granted(), d.render());
        assertEquals(AIFFRES_SIZE + "; the commune asked to join", detail(d, "request-above-ceiling"));
        assertEquals("not required: the user is DGS, counted as SGM (STANDS_IN_FOR_SGM_ABOVE_CEILING)",
                detail(d, "non-sgm-approvals"));
        assertEquals("not required: " + AIFFRES_SIZE + "; art. 1.3 opens the community space on request",
                detail(d, "pack-membership"));
        assertEquals(AIFFRES_SIZE + "; no request from the commune",
                detail(POLICY.decide(dgsOfAiffres().withRequestedByCommune(false)), "request-above-ceiling"));
        // a DGS of a small commune is a non-SGM user: both approvals are needed
        AccessDecision small = POLICY.decide(sgmOfClesse().withUser(PlatformUser.of("D. G.", UserRole.DGS,
                AccountKind.NOMINATIVE)));
        assertEquals("the user is DGS, a non-SGM user (STANDS_IN_FOR_SGM_ABOVE_CEILING); missing approval of"
                + " [CDG79_ADMINISTRATOR, COMMUNITY_REFERENT]", detail(small, "non-sgm-approvals"));
        assertEquals("the user is DGS, a non-SGM user (STANDS_IN_FOR_SGM_ABOVE_CEILING); missing approval of"
                + " [COMMUNITY_REFERENT]", detail(POLICY.decide(sgmOfClesse().withUser(PlatformUser.of("D. G.",
                        UserRole.DGS, AccountKind.NOMINATIVE)).withApprovals(List.of(Approver.CDG79_ADMINISTRATOR))),
                "non-sgm-approvals"));
        // the other staff of a large commune are non-SGM users too
        AccessDecision staff = POLICY.decide(dgsOfAiffres().withUser(PlatformUser.of("A. B.", UserRole.OTHER_STAFF,
                AccountKind.NOMINATIVE)));
        assertEquals(List.of("non-sgm-approvals"), staff.unmet().stream().map(AccessCondition::code).toList());
    }

    @Test
    void theOtherSpaceOrAnotherEpci() {
        AccessDecision other = POLICY.decide(sgmOfClesse().withSpace(Space.community(NIORTAIS)));
        assertEquals("Clessé (79094) belongs to EPCI 200040244, not to 200041317", detail(other, "space-of-commune"));
        Collectivity noEpci = Collectivity.of("79094", "Clessé", "79", Optional.empty(), CLESSE.population());
        assertEquals("Clessé (79094) belongs to EPCI none, not to 200040244",
                detail(POLICY.decide(sgmOfClesse().withCommune(noEpci)), "space-of-commune"));
    }

    @Test
    void membershipAndSignaturesUnderEachReading() {
        AccessDecision lapsed = POLICY.decide(sgmOfClesse().withMembership(Membership.ofYears(Year.of(2025))));
        assertEquals("not a member of the pack on 2026-05-04 (member for [2025]) (reading PACK_MEMBERSHIP_REQUIRED)",
                detail(lapsed, "pack-membership"));
        AccessPolicy libre = AccessPolicy.of(Ceiling3500Reading.EXCLUDED_PER_TITLE,
                PlatformMembershipReading.NO_MEMBERSHIP_CONDITION, CharterSignaturesReading.COMMUNE_TWO_PER_CHARTER_FORM,
                DgsReading.NON_SGM_USER);
        AccessDecision d = libre.decide(sgmOfClesse().withMembership(Membership.none()));
        assertEquals("not required: reading NO_MEMBERSHIP_CONDITION", detail(d, "pack-membership"));
        assertEquals("required [MAYOR, SGM_OR_DGS] (reading COMMUNE_TWO_PER_CHARTER_FORM); all signed",
                detail(d, "charter-signatures"));
        assertEquals(List.of(Cdg79Articles.CHARTER_SIGNATURES, Cdg79Articles.PLATFORM_ACCESS),
                d.condition("charter-signatures").orElseThrow().citations());
        assertEquals(List.of("Ceiling3500Reading.EXCLUDED_PER_TITLE: " + Ceiling3500Reading.EXCLUDED_PER_TITLE.describe(),
                "PlatformMembershipReading.NO_MEMBERSHIP_CONDITION", "CharterSignaturesReading.COMMUNE_TWO_PER_CHARTER_FORM",
                "DgsReading.NON_SGM_USER"), d.readings());
        assertEquals("required [MAYOR, SGM_OR_DGS, EPCI_PRESIDENT, COMMUNITY_REFERENT] (reading ALL_FOUR_PER_CONVENTION);"
                + " missing [EPCI_PRESIDENT, COMMUNITY_REFERENT]", detail(POLICY.decide(sgmOfClesse()
                        .withCharterSignatures(List.of(Signatory.MAYOR, Signatory.SGM_OR_DGS))), "charter-signatures"));
        assertEquals(Set.of(Signatory.MAYOR, Signatory.SGM_OR_DGS), CharterSignaturesReading.COMMUNE_TWO_PER_CHARTER_FORM
                .required());
        assertThrows(UnsupportedOperationException.class,
                () -> CharterSignaturesReading.ALL_FOUR_PER_CONVENTION.required().clear());
    }

    @Test
    void eachKindOfIdentifierInWords() {
        // charte art. 7.3: « ce dernier doit être nominatif ... Tout partage ... est strictement interdit »
        assertEquals("generic identifier: it 'doit être nominatif'", detail(POLICY.decide(sgmOfClesse().withUser(
                PlatformUser.of("Mairie de Clessé", UserRole.SGM, AccountKind.GENERIC))), "nominative-account"));
        assertEquals("identifier shared by several persons: 'strictement interdit'", detail(POLICY.decide(sgmOfClesse()
                .withUser(PlatformUser.of("Mairie de Clessé", UserRole.SGM, AccountKind.SHARED))), "nominative-account"));
    }

    @Test
    void revocationsInEffectOrNotYet() {
        Revocation left = Revocation.of(RevocationReason.LEFT_POST, DAY);
        assertEquals("LEFT_POST from 2026-05-04 (000 charte art. 2.7)", left.toString());
        assertTrue(left.appliesOn(DAY));
        assertFalse(left.appliesOn(DAY.minusDays(1)));
        AccessDecision before = POLICY.decide(sgmOfClesse().withDate(DAY.minusDays(1)).withRevocations(List.of(left)));
        assertEquals("no revocation in effect on 2026-05-03: [LEFT_POST from 2026-05-04 (000 charte art. 2.7)]",
                detail(before, "not-revoked"));
        Revocation breach = Revocation.of(RevocationReason.CHARTER_BREACH, LocalDate.of(2026, 2, 1));
        AccessDecision both = POLICY.decide(sgmOfClesse().withRevocations(List.of(left, breach,
                Revocation.of(RevocationReason.LEFT_POST, LocalDate.of(2026, 3, 1)))));
        assertEquals("revoked: LEFT_POST from 2026-05-04 (000 charte art. 2.7); CHARTER_BREACH from 2026-02-01"
                + " (000 charte art. 6); LEFT_POST from 2026-03-01 (000 charte art. 2.7)", detail(both, "not-revoked"));
        assertEquals(List.of(Cdg79Articles.CHARTER_LEFT_POST, Cdg79Articles.CHARTER_SANCTIONS),
                both.condition("not-revoked").orElseThrow().citations(), "each article once");
        assertEquals(List.of(Cdg79Articles.CHARTER_SANCTIONS), POLICY.decide(sgmOfClesse().withRevocations(
                List.of(breach))).condition("not-revoked").orElseThrow().citations());
    }

    @Test
    void theReasonsOfEachRightInEachSpace() {
        PlatformUser sgm = PlatformUser.of("Camille Martin", UserRole.SGM, AccountKind.NOMINATIVE);
        PlatformUser referent = sgm.withCommunityReferentOf(CLESSE_EPCI);
        Space community = Space.community(CLESSE_EPCI);
        assertEquals("role ADMINISTRATEUR is the CDG79's alone ('Le CDG79 en est seul l'administrateur') and is never"
                + " granted to a commune user", SpaceRoles.reason(PlatformRole.ADMINISTRATEUR, community, referent));
        assertFalse(SpaceRoles.mayHold(PlatformRole.ADMINISTRATEUR, community, referent));
        assertEquals("the user is the référent communautaire designated by EPCI 200040244: the space is 'animé par le"
                + " référent communautaire désigné par chaque EPCI'", SpaceRoles.reason(PlatformRole.ANIMATEUR, community,
                referent));
        assertEquals("the community space of EPCI 200040244 is 'animé par le référent communautaire désigné par chaque"
                + " EPCI' (or by the Chef de projet of the CDG79 'si aucun reseau n'existe à l'échelle communautaire');"
                + " the user is not the référent designated by that EPCI", SpaceRoles.reason(PlatformRole.ANIMATEUR,
                community, sgm));
        assertEquals("the departmental space is animated by the CDG79: 'Son animation est plus spécifiquement portée"
                + " par le Chef de projet' (art. 1.2); the right of animateur is not granted to a commune user",
                SpaceRoles.reason(PlatformRole.ANIMATEUR, Space.departmental(), referent));
        assertEquals(List.of(Cdg79Articles.CHARTER_PREAMBLE), SpaceRoles.citations(PlatformRole.ADMINISTRATEUR, community));
        assertEquals(List.of(Cdg79Articles.CHARTER_PREAMBLE, Cdg79Articles.COMMUNITY_NETWORK),
                SpaceRoles.citations(PlatformRole.ANIMATEUR, community));
        assertEquals(List.of(Cdg79Articles.CHARTER_PREAMBLE, Cdg79Articles.NETWORK_ANIMATION),
                SpaceRoles.citations(PlatformRole.ANIMATEUR, Space.departmental()));
        assertEquals(List.of(Cdg79Articles.CHARTER_PREAMBLE, Cdg79Articles.CHARTER_USE),
                SpaceRoles.citations(PlatformRole.VISITEUR, Space.departmental()));
        assertThrows(NullPointerException.class, () -> SpaceRoles.mayHold(null, community, sgm));
        assertThrows(NullPointerException.class, () -> SpaceRoles.mayHold(PlatformRole.VISITEUR, null, sgm));
        assertThrows(NullPointerException.class, () -> SpaceRoles.mayHold(PlatformRole.VISITEUR, community, null));
        assertFalse(PlatformRole.ADMINISTRATEUR.isGrantable());
        assertTrue(PlatformRole.ANIMATEUR.isGrantable());
    }

    @Test
    void aUserAndASpaceInWordsAndTheirChecks() {
        PlatformUser referent = PlatformUser.of("Camille Martin", UserRole.SGM, AccountKind.NOMINATIVE)
                .withCommunityReferentOf(CLESSE_EPCI);
        assertEquals("Camille Martin (SGM, référent communautaire of EPCI 200040244)", referent.toString());
        assertEquals("Camille Martin (SGM)", PlatformUser.of("Camille Martin", UserRole.SGM, AccountKind.NOMINATIVE)
                .toString());
        assertFalse(referent.isReferentOf(Space.departmental()));
        assertTrue(referent.isReferentOf(Space.community(CLESSE_EPCI)));
        assertFalse(referent.isReferentOf(Space.community(NIORTAIS)));
        assertEquals(AccountKind.SHARED, referent.withAccount(AccountKind.SHARED).account());
        assertEquals(UserRole.DGS, referent.withRole(UserRole.DGS).role());
        InvalidInputException blank = assertThrows(InvalidInputException.class,
                () -> PlatformUser.of(" ", UserRole.SGM, AccountKind.NOMINATIVE));
        assertEquals("user.name", blank.field().orElseThrow());
        assertEquals(List.of(Cdg79Articles.CHARTER_NOMINATIVE), blank.rules());
        assertThrows(NullPointerException.class, () -> referent.withCommunityReferentOf(null));

        assertEquals("departmental space", Space.departmental().toString());
        assertEquals("community space of EPCI 200040244", Space.community(CLESSE_EPCI).toString());
        InvalidInputException siren = assertThrows(InvalidInputException.class, () -> Space.community("20004024"));
        assertEquals("space.epciSiren", siren.field().orElseThrow());
        assertTrue(siren.getMessage().contains("a SIREN has 9 digits, got '20004024'"), siren.getMessage());
        InvalidInputException noSiren = assertThrows(InvalidInputException.class,
                () -> CdgJson.read("{\"kind\":\"COMMUNITY\"}", Space.class));
        assertTrue(noSiren.rules().contains(Cdg79Articles.COMMUNITY_NETWORK), noSiren.rules().toString());
        InvalidInputException departmental = assertThrows(InvalidInputException.class,
                () -> CdgJson.read("{\"kind\":\"DEPARTMENTAL\",\"epciSiren\":\"200040244\"}", Space.class));
        assertEquals(List.of(Cdg79Articles.PLATFORM_ACCESS), departmental.rules());
    }

    @Test
    void aConditionInWords() {
        AccessCondition met = AccessCondition.of("territory", "rule", true, "found", List.of(Cdg79Articles.PREAMBLE));
        assertEquals("[met]     territory: found [000 préambule]", met.toString());
        AccessCondition unmet = AccessCondition.of("territory", "rule", false, "found", List.<Citation>of());
        assertEquals("[NOT MET] territory: found []", unmet.toString());
    }

    @Test
    void noConditionExaminedMeansRefused() {
        // default deny: a decision with no condition examined is a refusal
        AccessDecision d = AccessDecision.of(sgmOfClesse(), List.of(), List.of());
        assertFalse(d.granted());
        assertTrue(d.grantedRole().isEmpty());
        assertTrue(d.citations().isEmpty());
    }

    @Test
    void aDecisionReadFromJsonKeepsItsInvariants() {
        String granted = CdgJson.write(POLICY.decide(sgmOfClesse()));
        InvalidInputException unmet = assertThrows(InvalidInputException.class, () -> CdgJson.read(
                granted.replaceFirst("\"met\" : true", "\"met\" : false"), AccessDecision.class));
        assertEquals("decision.granted", unmet.field().orElseThrow());
        assertTrue(unmet.getMessage().contains("access cannot be granted with a condition not met"), unmet.getMessage());
        InvalidInputException noRole = assertThrows(InvalidInputException.class, () -> CdgJson.read(
                granted.replace("\"grantedRole\" : \"CONTRIBUTEUR\",", ""), AccessDecision.class));
        assertEquals("decision.grantedRole", noRole.field().orElseThrow());
        InvalidInputException administrator = assertThrows(InvalidInputException.class, () -> CdgJson.read(
                granted.replace("\"grantedRole\" : \"CONTRIBUTEUR\"", "\"grantedRole\" : \"ADMINISTRATEUR\""),
                AccessDecision.class));
        assertEquals("decision.grantedRole", administrator.field().orElseThrow());
        assertTrue(administrator.getMessage().contains("the CDG79 alone is administrator"), administrator.getMessage());
        String refused = CdgJson.write(POLICY.decide(sgmOfClesse().withMembership(Membership.none())));
        InvalidInputException roleWhenRefused = assertThrows(InvalidInputException.class, () -> CdgJson.read(
                refused.replace("\"grantedRole\" : null", "\"grantedRole\" : \"VISITEUR\""),
                AccessDecision.class));
        assertEquals("decision.grantedRole", roleWhenRefused.field().orElseThrow());
        assertEquals(POLICY.decide(sgmOfClesse().withMembership(Membership.none())), CdgJson.read(refused, AccessDecision.class));
    }

    @Test
    void aDecisionWithoutConditionsCannotBeGranted() {
        String granted = CdgJson.write(POLICY.decide(sgmOfClesse()));
        int from = granted.indexOf("\"conditions\"");
        int to = granted.indexOf("\"date\"");
        String empty = granted.substring(0, from) + "\"conditions\" : [ ],\n  " + granted.substring(to);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CdgJson.read(empty, AccessDecision.class));
        assertEquals("decision.granted", e.field().orElseThrow());
        assertTrue(e.getMessage().contains("access is denied unless conditions were examined"), e.getMessage());
    }

    @Test
    void thePolicyNamesAMissingReading() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> AccessPolicy.of(null,
                PlatformMembershipReading.PACK_MEMBERSHIP_REQUIRED, CharterSignaturesReading.ALL_FOUR_PER_CONVENTION,
                DgsReading.STANDS_IN_FOR_SGM_ABOVE_CEILING));
        assertEquals("ceiling", e.getMessage());
        assertThrows(NullPointerException.class, () -> POLICY.decide(null));
    }
}
