package fr.cdgrules.cdg79.fee;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.cdgrules.cdg79.TestCommunes;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.strata.StrataScale;
import java.time.Year;
import org.quicktheories.core.Gen;
import org.junit.jupiter.api.Test;

class PackAdhesionPropertiesTest {
    private static final Ceiling3500Reading[] READINGS = Ceiling3500Reading.values();
    /** The last eligible population of each reading, stated independently of the implementation. */
    private static final long[] LAST_ELIGIBLE = {3_499, 3_500};

    /**
     * Every eligible population falls in exactly one stratum of the tariff applied, which is the
     * quote's; and a population is eligible exactly when it is under the reading's ceiling.
     */
    /** Populations from 0 to {@code max}, with the text's boundaries drawn often. */
    private static Gen<Long> populations(long max) {
        return longs().between(0, max)
                .mix(arbitrary().pick(0L, 499L, 500L, 999L, 1_000L, 2_000L, 2_001L, 3_499L, 3_500L, 3_501L), 30);
    }

    @Test
    void everyEligiblePopulationFallsInExactlyOneStratum() {
        qt().forAll(populations(20_000), integers().between(0, READINGS.length - 1), integers().between(2025, 2040))
                .checkAssert((p, r, y) -> {
                    PackAdhesion pack = PackAdhesion.of(READINGS[r]);
                    AnnualFeeQuote q = pack.quote(TestCommunes.clesseWith(p), Year.of(y));
                    StrataScale scale = pack.appliedTariff().forYear(Year.of(y)).value();
                    long containing = scale.strata().stream().filter(s -> s.contains(p)).count();
                    boolean underCeiling = p <= LAST_ELIGIBLE[r];
                    if (q.eligible() != underCeiling) {
                        throw new AssertionError(p + " eligible=" + q.eligible() + " under " + READINGS[r]);
                    }
                    if (q.eligible()) {
                        if (containing != 1 || !q.stratum().orElseThrow().contains(p)) {
                            throw new AssertionError(p + " is in " + containing + " strata");
                        }
                    } else if (containing != 0) {
                        throw new AssertionError(p + " is not eligible but lies in a stratum");
                    }
                });
    }

    /** The fee never decreases as the population grows (among eligible populations). */
    @Test
    void theFeeNeverDecreasesAsPopulationGrows() {
        qt().forAll(populations(3_500), populations(3_500), integers().between(0, READINGS.length - 1))
                .assuming((x, y, r) -> Math.max(x, y) <= LAST_ELIGIBLE[r])
                .checkAssert((x, y, r) -> {
                    long a = Math.min(x, y);
                    long b = Math.max(x, y);
                    PackAdhesion pack = PackAdhesion.of(READINGS[r]);
                    Money fa = pack.quote(TestCommunes.clesseWith(a), Year.of(2026)).annualFee().orElseThrow();
                    Money fb = pack.quote(TestCommunes.clesseWith(b), Year.of(2026)).annualFee().orElseThrow();
                    if (fa.compareTo(fb) > 0) {
                        throw new AssertionError(a + " pays " + fa + " but " + b + " pays " + fb);
                    }
                });
    }
}
