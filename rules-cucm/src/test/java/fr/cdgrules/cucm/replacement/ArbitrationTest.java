package fr.cdgrules.cucm.replacement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.money.Hours;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.Fixtures;
import fr.cdgrules.cucm.billing.WorkSchedule;
import fr.cdgrules.cucm.source.CucmText;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Art. 3: « Si les communes demandeuses ont le même profil et que le remplacement est demandé pour le
 * même motif, un arbitrage sera rendu par la CUCM qui pourra proposer une répartition des heures de
 * l'agent afin d'assurer autant que possible la continuité du service pour chaque commune concernée ».
 */
class ArbitrationTest {
    static final CucmRules RULES = CucmRules.defaults();
    static final LocalDate MONDAY = LocalDate.of(2023, 3, 6);

    @Test
    void sameProfileAndSameReasonAreLeftToTheCucmWithAProposedSharing() {
        ReplacementRequest marigny = Requests.request(Fixtures.member("71278", "Marigny", 166), true,
                ReplacementReason.ILLNESS_OR_MATERNITY, MONDAY.minusDays(7), MONDAY, Period.ofWeeks(3));
        ReplacementRequest mary = Requests.request(Fixtures.member("71286", "Mary", 281), true,
                ReplacementReason.ILLNESS_OR_MATERNITY, MONDAY.minusDays(7), MONDAY, Period.ofWeeks(3));
        PriorityRanking ranking = RULES.rank(List.of(mary, marigny));
        assertEquals(1, ranking.arbitrations().size());
        Arbitration a = ranking.arbitrations().get(0);
        assertEquals(2, a.requests().size());
        assertEquals(ReplacementReason.ILLNESS_OR_MATERNITY, a.reason());
        assertTrue(a.priorityProfile());
        assertEquals(Hours.ofFraction(35, 2), a.proposedWeeklyHoursEach(WorkSchedule.HOURS_35),
                "« une répartition des heures de l'agent »: 17.5 h each of 35 h");
        assertEquals(Hours.ofFraction(75, 4), a.proposedWeeklyHoursEach(WorkSchedule.HOURS_37_5));
        assertTrue(ranking.findings().has("arbitration-by-the-cucm"));
        assertEquals(CucmText.ART_3, ranking.findings().warnings().get(0).citation());
        assertTrue(ranking.ranked().get(1).explanation().render().contains("un arbitrage sera rendu par la CUCM"),
                "not silently ordered by INSEE code");
    }

    @Test
    void aDifferentProfileOrReasonDecidesWithoutArbitration() {
        ReplacementRequest small = Requests.request(Fixtures.member("71278", "Marigny", 166), true,
                ReplacementReason.ILLNESS_OR_MATERNITY, MONDAY.minusDays(7), MONDAY, Period.ofWeeks(3));
        ReplacementRequest large = Requests.request(Fixtures.member("71187", "Écuisses", 1652), false,
                ReplacementReason.ILLNESS_OR_MATERNITY, MONDAY.minusDays(7), MONDAY, Period.ofWeeks(3));
        ReplacementRequest summer = Requests.request(Fixtures.member("71286", "Mary", 281), true,
                ReplacementReason.SUMMER_LEAVE, MONDAY.minusDays(7), MONDAY, Period.ofWeeks(3));
        PriorityRanking ranking = RULES.rank(List.of(large, summer, small));
        assertTrue(ranking.arbitrations().isEmpty());
        assertEquals(List.of(small, large, summer), ranking.requests());
        ReplacementRequest longer = Requests.request(Fixtures.member("71278", "Marigny", 166), true,
                ReplacementReason.OTHER_ABSENCE, MONDAY.minusDays(7), MONDAY, Period.ofWeeks(4));
        ReplacementRequest shorter = Requests.request(Fixtures.member("71286", "Mary", 281), true,
                ReplacementReason.OTHER_ABSENCE, MONDAY.minusDays(7), MONDAY, Period.ofWeeks(2));
        assertTrue(RULES.rank(List.of(shorter, longer)).arbitrations().isEmpty(),
                "other absences: « sous réserve de la durée » decides");
    }
}
