package fr.cdgrules.cucm.replacement;

import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.cucm.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Random;

/** Requests for the tests: named examples and a decoder of seeds into a small domain (many ties). */
final class Requests {
    private Requests() {}

    static ReplacementRequest request(Collectivity c, boolean singlePartTime, ReplacementReason reason, LocalDate requestedOn,
            LocalDate start, Period duration) {
        return ReplacementRequest.of(c, requestedOn, start, duration, reason, List.of("état civil", "urbanisme"),
                new BigDecimal("1.5"), singlePartTime).withAdhesionDate(Fixtures.ADHESION);
    }

    static final List<Collectivity> COMMUNES = List.of(Fixtures.member("71278", "Marigny", 166),
            Fixtures.member("71286", "Mary", 281), Fixtures.member("71187", "Écuisses", 1652),
            Fixtures.member("71153", "Le Creusot", 20509), Fixtures.member("71347", "Perreuil", 599),
            Fixtures.member("71347", "Perreuil", 600));

    static final List<BigDecimal> FTES = List.of(new BigDecimal("1"), new BigDecimal("1.0"), new BigDecimal("2.5"));

    static final List<List<String>> TASKS = List.of(List.of(), List.of("état civil"), List.of("paie"),
            List.of("état civil", "paie"));

    /** Decodes a seed into a request over a small domain, so that ties on every criterion happen. */
    static ReplacementRequest decode(long seed) {
        Random r = new Random(seed);
        Collectivity c = COMMUNES.get(r.nextInt(COMMUNES.size()));
        ReplacementReason reason = ReplacementReason.values()[r.nextInt(ReplacementReason.values().length)];
        LocalDate requestedOn = LocalDate.of(2023, 3, 1).plusDays(r.nextInt(3));
        LocalDate start = LocalDate.of(2023, 3, 8).plusDays(r.nextInt(3));
        Period duration = r.nextBoolean() ? Period.ofWeeks(1 + r.nextInt(3)) : Period.ofMonths(1 + r.nextInt(2));
        return ReplacementRequest.of(c, requestedOn, start, duration, reason, TASKS.get(r.nextInt(TASKS.size())),
                FTES.get(r.nextInt(FTES.size())), r.nextBoolean()).withAdhesionDate(Fixtures.ADHESION);
    }

    /** Every combination of readings. */
    static List<PriorityOrder> allOrders() {
        return List.of(PriorityOrder.defaults(),
                PriorityOrder.of(AccidentRankReading.AFTER_ILLNESS_AND_MATERNITY, PriorityCriteriaReading.REASON_THEN_PROFILE),
                PriorityOrder.of(AccidentRankReading.EQUAL_TO_ILLNESS_AND_MATERNITY, PriorityCriteriaReading.PROFILE_THEN_REASON),
                PriorityOrder.of(AccidentRankReading.AFTER_ILLNESS_AND_MATERNITY, PriorityCriteriaReading.PROFILE_THEN_REASON));
    }
}
