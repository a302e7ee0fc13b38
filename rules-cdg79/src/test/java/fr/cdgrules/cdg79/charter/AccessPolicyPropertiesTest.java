package fr.cdgrules.cdg79.charter;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fr.cdgrules.cdg79.TestCommunes;
import fr.cdgrules.cdg79.fee.Ceiling3500Reading;
import fr.cdgrules.cdg79.fee.Membership;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AccessPolicyPropertiesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 5, 4);

    private static <E extends Enum<E>> List<E> subset(E[] values, int mask) {
        List<E> list = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if ((mask & (1 << i)) != 0) {
                list.add(values[i]);
            }
        }
        return list;
    }

    /**
     * No access is granted without every signature the reading requires; and a granted decision has
     * every condition met. Requests are drawn over every signature subset, approval subset, user role,
     * account kind, space, population, membership, request flag, role and reading.
     */
    @Test
    void noAccessIsGrantedWithoutEveryRequiredSignature() {
        AtomicInteger granted = new AtomicInteger();
        qt().withExamples(5_000).forAll(integers().between(0, 16 * 4 - 1), integers().between(0, 4 * 3 * 4 - 1),
                        integers().between(0, 6_000), integers().between(0, 2 * 2 * 2 * 2 * 2 * 2 - 1))
                .checkAssert((masks, who, inhabitants, flags) -> {
                    int sigMask = masks & 15;
                    int apprMask = masks >> 4;
                    UserRole role = UserRole.values()[who % 4];
                    AccountKind account = AccountKind.values()[(who / 4) % 3];
                    PlatformRole platformRole = PlatformRole.values()[who / 12];
                    boolean community = (flags & 1) != 0;
                    boolean member = (flags & 2) != 0;
                    boolean requested = (flags & 4) != 0;
                    CharterSignaturesReading sigReading = CharterSignaturesReading.values()[(flags >> 3) & 1];
                    Ceiling3500Reading ceiling = Ceiling3500Reading.values()[(flags >> 4) & 1];
                    PlatformMembershipReading membership = PlatformMembershipReading.values()[(flags >> 5) & 1];
                    AccessPolicy policy = AccessPolicy.of(ceiling, membership, sigReading, DgsReading.defaultReading());
                    List<Signatory> signatures = subset(Signatory.values(), sigMask);
                    AccessRequest r = AccessRequest.of(DAY, PlatformUser.of("P", role, account),
                                    TestCommunes.clesseWith(inhabitants),
                                    member ? Membership.ofYears(Year.of(2026)) : Membership.none(),
                                    community ? Space.community("200040244") : Space.departmental(), platformRole)
                            .withCharterSignatures(signatures)
                            .withApprovals(subset(Approver.values(), apprMask))
                            .withRequestedByCommune(requested);
                    AccessDecision d = policy.decide(r);
                    Set<Signatory> required = sigReading.required();
                    if (d.granted() && !signatures.containsAll(required)) {
                        throw new AssertionError("granted with signatures " + signatures + ", required " + required
                                + "\n" + d.render());
                    }
                    if (d.granted() && !d.unmet().isEmpty()) {
                        throw new AssertionError("granted with unmet conditions\n" + d.render());
                    }
                    if (d.granted()) {
                        granted.incrementAndGet();
                    }
                });
        assertTrue(granted.get() > 0, "the generated requests include granted ones");
    }
}
