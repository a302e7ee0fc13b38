package fr.cdgrules.cdg44.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg44.Cdg44Rules;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.json.CdgJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntryIntoForceTest {
    private static final LocalDate CDG = LocalDate.of(2024, 12, 20);
    private static final LocalDate CNFPT = LocalDate.of(2025, 1, 6);
    private static final LocalDate FRAMEL = LocalDate.of(2025, 1, 9);
    private static final LocalDate REGION = LocalDate.of(2025, 1, 15);

    private static Signatures fourSignatures() {
        return Signatures.none().with(Party.CDG_COORDINATION, CDG).with(Party.CNFPT, CNFPT)
                .with(Party.REGION, REGION).with(Party.FRAMEL, FRAMEL);
    }

    @Test
    void takesEffectOnTheLastOfFourDifferentSignatureDates() {
        EntryIntoForce e = fourSignatures().entryIntoForce();
        assertTrue(e.isInEffect());
        assertEquals(Optional.of(REGION), e.effectiveOn());
        assertEquals(List.of(), e.missingSignatories());
        assertTrue(e.explanation().citations().contains(Citation.of("002", "art. 5")));
    }

    @Test
    void theOrderOfSigningDoesNotMatter() {
        Signatures reversed = Signatures.of(Signature.of(Party.FRAMEL, FRAMEL), Signature.of(Party.REGION, REGION),
                Signature.of(Party.CNFPT, CNFPT), Signature.of(Party.CDG_COORDINATION, CDG));
        assertEquals(Optional.of(REGION), reversed.entryIntoForce().effectiveOn());
    }

    @Test
    void lastSignatureOn15January2025RunsUntil14January2028() {
        EntryIntoForce e = fourSignatures().entryIntoForce();
        assertEquals(Optional.of(LocalDate.of(2028, 1, 14)), e.lastDayOfTerm());
        Partnership p = Cdg44Rules.defaults().partnership(fourSignatures()).orElseThrow();
        assertEquals(LocalDate.of(2028, 1, 14), p.endOfTerm());
        assertEquals(LocalDate.of(2028, 1, 14), p.lastDayInForce());
        assertTrue(p.stateAt(LocalDate.of(2028, 1, 14)).isInForce());
        assertFalse(p.stateAt(LocalDate.of(2028, 1, 15)).isInForce());
        assertFalse(p.stateAt(LocalDate.of(2025, 1, 14)).isInForce());
    }

    @Test
    void threeSignaturesOnlyIsNotYetInEffect() {
        Signatures three = Signatures.none().with(Party.CDG_COORDINATION, CDG).with(Party.CNFPT, CNFPT)
                .with(Party.FRAMEL, FRAMEL);
        EntryIntoForce e = three.entryIntoForce();
        assertFalse(e.isInEffect());
        assertEquals(Optional.empty(), e.effectiveOn());
        assertEquals(Optional.empty(), e.lastDayOfTerm());
        assertEquals(List.of(Party.REGION), e.missingSignatories());
        assertTrue(Cdg44Rules.defaults().partnership(three).isEmpty());
    }

    @Test
    void aFranceTravailSignatureIsNotNeededAndIsIgnoredWithAReason() {
        Signatures threeAndFranceTravail = Signatures.none().with(Party.CDG_COORDINATION, CDG)
                .with(Party.CNFPT, CNFPT).with(Party.FRAMEL, FRAMEL).with(Party.FRANCE_TRAVAIL, REGION);
        EntryIntoForce e = threeAndFranceTravail.entryIntoForce();
        assertFalse(e.isInEffect());
        assertEquals(List.of(Party.REGION), e.missingSignatories());
        assertTrue(e.findings().has("france-travail-not-signatory"));
        assertFalse(e.findings().isRefused());

        EntryIntoForce withAll = fourSignatures().with(Party.FRANCE_TRAVAIL, LocalDate.of(2025, 3, 1)).entryIntoForce();
        assertEquals(Optional.of(REGION), withAll.effectiveOn(), "a later France Travail signature does not move the date");
        assertTrue(withAll.findings().has("france-travail-not-signatory"));
    }

    @Test
    void franceTravailIsAStakeholderNotASignatory() {
        assertEquals(List.of(Party.CDG_COORDINATION, Party.CNFPT, Party.REGION, Party.FRAMEL), Party.signatories());
        assertFalse(Party.FRANCE_TRAVAIL.isSignatory());
    }

    @Test
    void aPartyCannotSignTwice() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> fourSignatures().with(Party.CNFPT, LocalDate.of(2025, 2, 1)));
        assertEquals("signatures.party", e.field().orElseThrow());
        // malformed input, not a refusal: « prend effet à sa date de signature par les parties » gives each party
        // one date of signature; two dates for one party is a contradictory record, which no clause refuses
        assertEquals(List.of(Citation.of("002", "signatures")), e.rules());
        assertTrue(e.getMessage().contains("CNFPT has signed twice; each party signs once"), e.getMessage());
        assertEquals("signatures.party", assertThrows(InvalidInputException.class, () -> Signatures.of(
                Signature.of(Party.REGION, REGION), Signature.of(Party.REGION, REGION))).field().orElseThrow());
    }

    @Test
    void flagsASignatureBeforeTheSignatorysAuthority() {
        EntryIntoForce e = Signatures.none().with(Party.CDG_COORDINATION, LocalDate.of(2024, 12, 16))
                .with(Party.CNFPT, CNFPT).with(Party.REGION, REGION).with(Party.FRAMEL, FRAMEL).entryIntoForce();
        assertTrue(e.findings().has("signature-before-authorisation"));
        assertEquals(Optional.of(REGION), e.effectiveOn());
        assertFalse(fourSignatures().entryIntoForce().findings().has("signature-before-authorisation"));
    }

    @Test
    void warnsWhenTheTermRunsPast2027AsTheTitleSays2024To2027() {
        assertTrue(fourSignatures().entryIntoForce().findings().has("term-runs-past-2027"));
        EntryIntoForce december = Signatures.none().with(Party.CDG_COORDINATION, LocalDate.of(2024, 12, 18))
                .with(Party.CNFPT, LocalDate.of(2024, 12, 18)).with(Party.REGION, LocalDate.of(2024, 12, 19))
                .with(Party.FRAMEL, LocalDate.of(2024, 12, 18)).entryIntoForce();
        assertEquals(Optional.of(LocalDate.of(2027, 12, 18)), december.lastDayOfTerm());
        assertTrue(december.findings().isEmpty());
    }

    @Test
    void roundTripsAsJson() {
        EntryIntoForce e = fourSignatures().entryIntoForce();
        assertEquals(e, CdgJson.read(CdgJson.write(e), EntryIntoForce.class));
    }
}
