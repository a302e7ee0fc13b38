package fr.cdgrules.cdg79.register;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fr.cdgrules.cdg79.Cdg79Module;
import fr.cdgrules.cdg79.TestCommunes;
import fr.cdgrules.core.module.MembershipRules;
import fr.cdgrules.core.register.Admission;
import fr.cdgrules.core.register.Member;
import fr.cdgrules.core.register.RegisterRow;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * For any decision to join (decided in the year joined or the year before): by default the member is
 * in from 1 January of the year joined, as core's generic reading; under {@code DATE_OF_SIGNATURE} from
 * the later of the decision and that 1 January; either way for two years and the one renewal of
 * art. 4, that is four years less a day (no notice recorded).
 */
class RegisterAdmissionPropertiesTest {
    private static final MembershipRules DEFAULT = new Cdg79Module().capability(MembershipRules.class).orElseThrow();
    private static final MembershipRules SIGNATURE = new Cdg79Module()
            .withReadings(Map.of("conventionStart", "DATE_OF_SIGNATURE")).capability(MembershipRules.class).orElseThrow();

    private static Member admit(MembershipRules rules, LocalDate decided, Year joining) {
        Admission a = rules.admit(RegisterRow.of(2, "79094", decided, joining), TestCommunes.clesse());
        return a.member().orElseThrow(() -> new AssertionError(decided + " for " + joining + ": " + a.problems()));
    }

    @Test
    void membershipStartsWhereTheStartReadingPlacesTheConvention() {
        // 2028-02-29 (offset 424 of 2027 for 2028) and the turns of the years are drawn often
        qt().forAll(integers().between(2025, 2040).mix(integers().between(2028, 2028), 20),
                integers().between(0, 729).mix(org.quicktheories.generators.Generate.pick(java.util.List.of(0, 364, 365,
                        424, 425, 729)), 30))
                .checkAssert((y, offset) -> {
                    Year joining = Year.of(y);
                    LocalDate decided = joining.atDay(1).minusYears(1).plusDays(offset); // the year before, or the year joined
                    if (decided.getYear() > y) {
                        return;
                    }
                    LocalDate january = joining.atDay(1);
                    Member byDefault = admit(DEFAULT, decided, joining);
                    Member bySignature = admit(SIGNATURE, decided, joining);
                    LocalDate signatureStart = decided.isAfter(january) ? decided : january;
                    if (!byDefault.firstDay().equals(january) || !bySignature.firstDay().equals(signatureStart)) {
                        throw new AssertionError(decided + " for " + joining + ": " + byDefault.firstDay() + ", "
                                + bySignature.firstDay());
                    }
                    for (Member m : new Member[] {byDefault, bySignature}) {
                        if (!m.lastDay().equals(m.firstDay().plusYears(4).minusDays(1))) {
                            throw new AssertionError(m + " does not run four years less a day");
                        }
                    }
                });
    }
}
