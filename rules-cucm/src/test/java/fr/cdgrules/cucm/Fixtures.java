package fr.cdgrules.cucm;

import fr.cdgrules.core.citation.Source;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.core.timeline.Version;
import fr.cdgrules.cucm.cost.HourlyUnitCost;
import fr.cdgrules.cucm.source.CucmText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Shared test data: communes, and the HYPOTHETICAL cost revision used by the tests. */
public final class Fixtures {
    private Fixtures() {}

    /**
     * The adhesion date of the test communes: the day the framework convention took effect (art. 9),
     * billing needing an adhesion (art. 4).
     */
    public static final LocalDate ADHESION = LocalDate.of(2022, 7, 1);

    /** INSEE 2026 vintage of the populations used in tests. */
    public static final Year VINTAGE = Year.of(2026);

    /**
     * A HYPOTHETICAL revision of the hourly unit cost: 31.50 €/h from 1 January 2024. No such decision
     * is in the sources; it only exercises "Il sera révisé tous les ans" (art. 5).
     */
    public static final Version<HourlyUnitCost> HYPOTHETICAL_2024_COST = Version.of(LocalDate.of(2024, 1, 1),
            HourlyUnitCost.of(Money.parse("31.50")),
            Source.of("HYPOTHETICAL revision for tests only — not a published CUCM decision", CucmText.ART_5));

    /**
     * @param code INSEE code
     * @param name name
     * @param inhabitants population municipale 2026
     * @return a member commune of the CUCM
     */
    public static Collectivity member(String code, String name, long inhabitants) {
        return Collectivity.of(code, name, "71", Optional.of(CucmText.EPCI_SIREN), Population.of(inhabitants, VINTAGE));
    }

    /**
     * @param inhabitants a population
     * @return a member commune with that population (the code and name of Marigny, 71278)
     */
    public static Collectivity memberOf(long inhabitants) {
        return member("71278", "Marigny", inhabitants);
    }

    /** @return Marigny (71278), 166 inhabitants: first stratum, under 600 */
    public static Collectivity marigny() {
        return member("71278", "Marigny", 166);
    }

    /** @return Écuisses (71187), 1 652 inhabitants: second stratum */
    public static Collectivity ecuisses() {
        return member("71187", "Écuisses", 1652);
    }

    /** @return Autun (71014), of the CC du Grand Autunois Morvan (SIREN 200070936): not a member */
    public static Collectivity autun() {
        return Collectivity.of("71014", "Autun", "71", Optional.of("200070936"), Population.of(13_000, VINTAGE));
    }

    /** @return the 34 member communes, from the test resource cucm-communes-2026.csv */
    public static List<Collectivity> cucmCommunes() {
        List<Collectivity> list = new ArrayList<>();
        try (InputStream in = Fixtures.class.getResourceAsStream("cucm-communes-2026.csv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",");
                list.add(member(f[0], f[1], Long.parseLong(f[2])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return list;
    }
}
