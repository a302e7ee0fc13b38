package fr.cdgrules.cdg79.charter;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fr.cdgrules.cdg79.TestCommunes;
import fr.cdgrules.cdg79.fee.Membership;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SpaceRolesPropertiesTest {
    private static final String CLESSE_EPCI = "200040244";
    private static final String OTHER_EPCI = "200041317";

    /**
     * Charte préambule and art. 1.2, 1.3: whatever the request, the right of animateur is granted only in a
     * community space and only to the référent communautaire designated by that space's EPCI; administrateur never.
     */
    @Test
    void animateurOnlyForTheReferentOfThatCommunitySpace() {
        AtomicInteger animateurs = new AtomicInteger();
        qt().forAll(integers().between(0, PlatformRole.values().length - 1), integers().between(0, 2),
                        integers().between(0, 1), integers().between(0, UserRole.values().length - 1))
                .checkAssert((roleIndex, referentOf, spaceIndex, userRole) -> {
                    PlatformRole role = PlatformRole.values()[roleIndex];
                    PlatformUser user = PlatformUser.of("P", UserRole.values()[userRole], AccountKind.NOMINATIVE);
                    if (referentOf > 0) {
                        user = user.withCommunityReferentOf(referentOf == 1 ? CLESSE_EPCI : OTHER_EPCI);
                    }
                    Space space = spaceIndex == 0 ? Space.departmental() : Space.community(CLESSE_EPCI);
                    AccessRequest r = AccessRequest.of(LocalDate.of(2026, 5, 4), user, TestCommunes.clesse(),
                                    Membership.ofYears(Year.of(2026)), space, role)
                            .withCharterSignatures(List.of(Signatory.values()))
                            .withApprovals(List.of(Approver.values()));
                    AccessDecision d = AccessPolicy.of(fr.cdgrules.cdg79.fee.Ceiling3500Reading.defaultReading(),
                            PlatformMembershipReading.defaultReading(), CharterSignaturesReading.defaultReading(),
                            DgsReading.defaultReading()).decide(r);
                    PlatformRole granted = d.grantedRole().orElse(null);
                    if (granted == PlatformRole.ADMINISTRATEUR) {
                        throw new AssertionError("administrateur granted\n" + d.render());
                    }
                    if (granted == PlatformRole.ANIMATEUR) {
                        animateurs.incrementAndGet();
                        if (space.kind() != SpaceKind.COMMUNITY || !user.communityReferentOf().orElse("").equals(CLESSE_EPCI)) {
                            throw new AssertionError("animateur granted to " + user + " in " + space + "\n" + d.render());
                        }
                    }
                });
        if (animateurs.get() == 0) {
            throw new AssertionError("the generated requests include a référent granted animateur");
        }
    }
}
