package fr.cdgrules.cdg79.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg79.duration.AdhesionConvention;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.lifecycle.Convention;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class MembershipTest {
    @Test
    void memberOnEveryDayOfAJoinedCivilYearOnly() {
        Membership m = Membership.ofYears(Year.of(2026));
        assertTrue(m.isMemberOn(LocalDate.of(2026, 1, 1)));
        assertTrue(m.isMemberOn(LocalDate.of(2026, 12, 31)));
        assertFalse(m.isMemberOn(LocalDate.of(2025, 12, 31)));
        assertFalse(m.isMemberOn(LocalDate.of(2027, 1, 1)));
        assertFalse(Membership.none().isMemberOn(LocalDate.of(2026, 6, 1)));
    }

    @Test
    void aConventionCoversItsCivilYears() {
        Convention c = AdhesionConvention.of(fr.cdgrules.cdg79.duration.ConventionStartReading.FIRST_DAY_OF_CIVIL_YEAR)
                .startingOn(LocalDate.of(2026, 1, 1));
        assertEquals(List.of(Year.of(2026), Year.of(2027), Year.of(2028), Year.of(2029)), Membership.covering(c).years());
        Convention stopped = c.withNonRenewalNotice(LocalDate.of(2027, 11, 15));
        assertEquals(List.of(Year.of(2026), Year.of(2027)), Membership.covering(stopped).years());
    }

    @Test
    void jsonIsTheListOfYears() {
        Membership m = Membership.ofYears(Year.of(2027), Year.of(2026), Year.of(2026));
        assertEquals(List.of(Year.of(2026), Year.of(2027)), m.years());
        String json = CdgJson.write(m);
        assertEquals(m, CdgJson.read(json, Membership.class));
        assertEquals(m, CdgJson.read("[2026, 2027]", Membership.class));
        assertThrows(InvalidInputException.class, () -> CdgJson.read("[2026, null]", Membership.class));
    }
}
