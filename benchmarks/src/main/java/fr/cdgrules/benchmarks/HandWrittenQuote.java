package fr.cdgrules.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The hand-written baseline of a CDG79 quote: the same information as the library's quote (fee,
 * stratum wording, tariff version and its act, citations, and the trace steps as plain records), with
 * the 2025 tariff written into the code. It is the practical limit of what the library computes:
 * no data files, no versions, no readings, no generic machinery.
 */
public final class HandWrittenQuote {
    /** The act of the 2025 tariff. */
    public static final String ACT = "délibération du conseil d'administration du CDG79 du 9 décembre 2024 "
            + "(tarifs « établie[s] pour l'exercice 2025 »)";
    /** The date the 2025 tariff is in force from. */
    public static final LocalDate TARIFF_FROM = LocalDate.of(2025, 1, 1);
    /** The citations of an eligible quote, as the library lists them. */
    public static final List<String> CITATIONS = List.of("000 préambule", "000 art. 3.1", "000 art. 2");

    private static final BigDecimal[] FEES = {new BigDecimal("100.00"), new BigDecimal("150.00"),
        new BigDecimal("200.00"), new BigDecimal("300.00")};
    private static final String[] WORDINGS = {"Communes de moins de 500 habitants", "Communes de 500 à 999 habitants",
        "Communes de 1 000 à 2 000 habitants", "Communes de 2 001 à 3 500 habitants"};

    private HandWrittenQuote() {}

    /** Step 1: the commune is in the Deux-Sèvres. */
    public record TerritoryStep(String code, String name, String department, String epciSiren, boolean inside) {}

    /** Step 2: the stratum and fee of the tariff in force. */
    public record FeeStep(long population, int year, LocalDate tariffFrom, String act, boolean carriedForward,
            String wording, BigDecimal fee) {}

    /** Step 3: the pack's ceiling, under the default reading (last eligible population 3 499). */
    public record CeilingStep(long population, String reading, boolean under) {}

    /** The quote. */
    public record Quote(boolean eligible, BigDecimal fee, String wording, LocalDate tariffFrom, String act,
            List<String> citations, TerritoryStep territory, FeeStep feeStep, CeilingStep ceiling) {}

    /**
     * @param code INSEE code
     * @param name name
     * @param department département
     * @param epciSiren EPCI SIREN or null
     * @param population population municipale
     * @param year the budget year (2025 or later: the 2025 tariff, carried forward)
     * @return the quote
     */
    public static Quote quote(String code, String name, String department, String epciSiren, long population, int year) {
        TerritoryStep t = new TerritoryStep(code, name, department, epciSiren, "79".equals(department));
        if (!t.inside()) {
            return new Quote(false, null, null, null, null, List.of("000 préambule"), t, null, null);
        }
        int i = population < 500 ? 0 : population < 1000 ? 1 : population <= 2000 ? 2 : population <= 3500 ? 3 : -1;
        CeilingStep c = new CeilingStep(population, "EXCLUDED_PER_TITLE", population <= 3499);
        if (i < 0 || !c.under()) {
            return new Quote(false, null, null, TARIFF_FROM, ACT, CITATIONS, t, null, c);
        }
        FeeStep f = new FeeStep(population, year, TARIFF_FROM, ACT, year > 2025, WORDINGS[i], FEES[i]);
        return new Quote(true, FEES[i], WORDINGS[i], TARIFF_FROM, ACT, CITATIONS, t, f, c);
    }

    /**
     * The bare decision, for scale: the fee of a population, nothing else.
     *
     * @param population population municipale
     * @return the fee in cents, or -1 when not eligible
     */
    public static int feeCents(long population) {
        if (population < 500) {
            return 10_000;
        } else if (population < 1000) {
            return 15_000;
        } else if (population <= 2000) {
            return 20_000;
        } else if (population < 3500) {
            return 30_000;
        }
        return -1;
    }
}
