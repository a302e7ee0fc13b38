package fr.cdgrules.core.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.cdgrules.core.citation.Citation;
import org.junit.jupiter.api.Test;

/** Findings compare by their findings, in order. */
class FindingsEqualityTest {
    private static final Citation ART3 = Citation.of("003", "art. 3");

    @Test
    void findingsWithOtherFindingsAreDifferent() {
        Finding late = Finding.warning("short-notice", "less than one week's notice", ART3);
        Findings one = Findings.of(late);
        assertEquals(one, Findings.none().plus(Finding.warning("short-notice", "less than one week's notice", ART3)));
        assertEquals(one.hashCode(), Findings.none().plus(late).hashCode());
        assertNotEquals(one, Findings.none());
        assertNotEquals(one, one.plus(Finding.refusal("not-a-member", "not a member commune", ART3)));
        assertNotEquals(one, late);
    }
}
