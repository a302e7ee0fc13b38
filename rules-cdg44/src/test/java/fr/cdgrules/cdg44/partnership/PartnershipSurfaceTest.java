package fr.cdgrules.cdg44.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.calendar.MonthEndRule;
import fr.cdgrules.core.calendar.PeriodCounting;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.lifecycle.Deadline;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Art. 5 (« prend effet à sa date de signature par les parties pour une durée de 3 ans ») and art. 7.3. */
class PartnershipSurfaceTest {
    private static final LocalDate CDG = LocalDate.of(2024, 12, 20);
    private static final LocalDate CNFPT = LocalDate.of(2025, 1, 6);
    private static final LocalDate FRAMEL = LocalDate.of(2025, 1, 9);
    private static final LocalDate REGION = LocalDate.of(2025, 1, 15);

    @Test
    void theExplanationSaysWhenTheConventionTakesEffectOrWhoIsMissing() {
        Signatures three = Signatures.none().with(Party.CDG_COORDINATION, CDG).with(Party.CNFPT, CNFPT).with(Party.FRAMEL, FRAMEL);
        assertEquals("not yet in effect: missing the signature of [REGION]",
                three.entryIntoForce().explanation().steps().get(0).result());
        EntryIntoForce e = three.with(Party.REGION, REGION).entryIntoForce();
        assertEquals("in effect from 2025-01-15, the date of the last of the four signatures",
                e.explanation().steps().get(0).result());
        assertEquals("in force until 2028-01-14", e.explanation().steps().get(1).result());
        assertEquals("REGION on 2025-01-15", e.signatures().signatureOf(Party.REGION).orElseThrow().toString());
    }

    /** The CNFPT delegate signs « en vertu de l'arrêté 129-929 en date du 23 mars 2021 »: a signature before it is flagged. */
    @Test
    void aCnfptSignatureBeforeItsDelegationIsFlagged() {
        EntryIntoForce e = Signatures.none().with(Party.CDG_COORDINATION, CDG).with(Party.CNFPT, LocalDate.of(2021, 3, 22))
                .with(Party.FRAMEL, FRAMEL).with(Party.REGION, REGION).entryIntoForce();
        assertTrue(e.findings().has("signature-before-authorisation"));
        assertTrue(e.findings().all().stream().anyMatch(f -> f.message().equals(
                Party.CNFPT.label() + " signed on 2021-03-22, before the act authorising its signatory (2021-03-23)")),
                e.findings().toString());
        EntryIntoForce onTheDay = Signatures.none().with(Party.CDG_COORDINATION, CDG).with(Party.CNFPT, LocalDate.of(2021, 3, 23))
                .with(Party.FRAMEL, FRAMEL).with(Party.REGION, REGION).entryIntoForce();
        assertTrue(!onTheDay.findings().has("signature-before-authorisation"), onTheDay.findings().toString());
        assertEquals(Optional.of(REGION), onTheDay.effectiveOn());
    }

    @Test
    void thePartnershipListsItsDeadlinesAndTheTermsTheirDefaults() {
        Partnership p = Partnership.of(REGION);
        assertEquals(p.convention().deadlines(), p.deadlines());
        assertTrue(p.deadlines().stream().map(Deadline::date).anyMatch(LocalDate.of(2028, 1, 14)::equals), p.deadlines().toString());
        assertEquals(PartnershipTerms.of(MonthEndRule.CLAMP_TO_MONTH_END, PeriodCounting.CIVIL_PROCEDURE), PartnershipTerms.defaults());
        assertEquals(PartnershipTerms.of(MonthEndRule.ROLL_TO_NEXT_MONTH, PeriodCounting.CIVIL_PROCEDURE),
                PartnershipTerms.of(MonthEndRule.ROLL_TO_NEXT_MONTH));
    }

    /** A notice read from JSON without its counting is counted under the default, CIVIL_PROCEDURE. */
    @Test
    void aNoticeWithoutItsCountingReadsUnderTheDefault() {
        TerminationByNotice n = Partnership.of(REGION).withNotice(Party.FRAMEL, LocalDate.of(2025, 11, 30)).notices().get(0);
        String json = CdgJson.write(n);
        String without = json.replaceFirst(",\\s*\"periodCounting\"\\s*:\\s*\"[A-Z_]+\"", "");
        assertNotEquals(json, without);
        TerminationByNotice back = CdgJson.read(without, TerminationByNotice.class);
        assertEquals(PeriodCounting.CIVIL_PROCEDURE, back.periodCounting());
        assertEquals(n, back);
        assertEquals(LocalDate.of(2026, 3, 1), back.effectiveOn());
    }
}
