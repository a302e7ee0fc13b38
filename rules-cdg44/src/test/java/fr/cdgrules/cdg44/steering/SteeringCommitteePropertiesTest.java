package fr.cdgrules.cdg44.steering;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import fr.cdgrules.cdg44.partnership.Partnership;
import fr.cdgrules.cdg44.partnership.Party;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SteeringCommitteePropertiesTest {
    private static final LocalDate BASE = LocalDate.of(2024, 12, 17);

    /**
     * Under either reading, with or without a termination, the years tile the days in force exactly
     * (contiguous, no gap, no overlap), and a meeting on the first day of each year leaves no finding.
     */
    @Test
    void theYearsTileTheDaysInForceAndOneMeetingAYearSuffices() {
        qt().forAll(integers().between(0, 800), integers().between(0, 1200), integers().between(0, 1))
                .check((startOffset, noticeOffset, readingIndex) -> {
                    // one effect in four on a 29 February, which a uniform draw would rarely give
                    LocalDate effect = startOffset % 4 == 0 ? LocalDate.of(2024 + 4 * (startOffset % 2), 2, 29)
                            : BASE.plusDays(startOffset);
                    Partnership p = Partnership.of(effect);
                    if (noticeOffset < 1096 && !effect.plusDays(noticeOffset).isAfter(p.endOfTerm())) {
                        p = p.withNotice(Party.CNFPT, effect.plusDays(noticeOffset));
                    }
                    SteeringCommittee sc = SteeringCommittee.of(CommitteeYearReading.values()[readingIndex]);
                    List<CommitteeYear> years = sc.check(p, List.of(), LocalDate.of(2031, 1, 1)).years();
                    boolean tiles = years.get(0).firstDay().equals(p.effectiveOn())
                            && years.get(years.size() - 1).lastDay().equals(p.lastDayInForce());
                    for (int i = 1; i < years.size(); i++) {
                        tiles &= years.get(i).firstDay().equals(years.get(i - 1).lastDay().plusDays(1));
                    }
                    List<LocalDate> firstDays = years.stream().map(CommitteeYear::firstDay).toList();
                    boolean noFinding = sc.check(p, firstDays, LocalDate.of(2031, 1, 1)).findings().isEmpty();
                    return tiles && noFinding && years.stream().noneMatch(y -> y.firstDay().isAfter(y.lastDay()));
                });
    }

    /** Under the default reading, a convention that runs its course has exactly three whole years. */
    @Test
    void aFullTermHasThreeWholeConventionYears() {
        qt().forAll(integers().between(0, 2000)).check(offset -> {
            Partnership p = Partnership.of(BASE.plusDays(offset));
            List<CommitteeYear> years = SteeringCommittee.defaults().check(p, List.of(), LocalDate.of(2035, 1, 1)).years();
            return years.size() == 3 && years.stream().noneMatch(CommitteeYear::partial)
                    && years.stream().allMatch(y -> y.status() == CommitteeYearStatus.MISSED);
        });
    }
}
