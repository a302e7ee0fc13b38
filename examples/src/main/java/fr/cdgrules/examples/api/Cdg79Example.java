package fr.cdgrules.examples.api;

import fr.cdgrules.cdg79.Cdg79Readings;
import fr.cdgrules.cdg79.Cdg79Rules;
import fr.cdgrules.cdg79.adhesion.AdhesionDecision;
import fr.cdgrules.cdg79.duration.ConventionStart;
import fr.cdgrules.cdg79.charter.AccessDecision;
import fr.cdgrules.cdg79.charter.AccessRequest;
import fr.cdgrules.cdg79.charter.AccountKind;
import fr.cdgrules.cdg79.charter.PlatformRole;
import fr.cdgrules.cdg79.charter.PlatformUser;
import fr.cdgrules.cdg79.charter.Signatory;
import fr.cdgrules.cdg79.charter.Space;
import fr.cdgrules.cdg79.charter.UserRole;
import fr.cdgrules.cdg79.fee.Ceiling3500Reading;
import fr.cdgrules.cdg79.fee.Membership;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.RuleModules;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.population.PopulationBasis;
import fr.cdgrules.core.territory.Collectivity;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * CDG79 (Deux-Sèvres): the pack adhésion of Clessé for 2026 — the worked case of the council
 * deliberation of 23 April 2026 (seed 001) — under the default reading and the other reading of the
 * 3 500 line, the same quote found through the SPI, then two access requests to the collaborative
 * platform, one granted and one refused, with the conditions that decided them.
 *
 * <p>Run: {@code ./mvnw -q -pl examples exec:java -Dexec.mainClass=fr.cdgrules.examples.api.Cdg79Example}
 */
public final class Cdg79Example {
    private Cdg79Example() {}

    /**
     * Prints the example on standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        // Clessé, INSEE 79094: population municipale 2026 = 923 (INSEE via Etalab, Licence Ouverte)
        Collectivity clesse = Collectivity.of("79094", "Clessé", "79", Optional.of("200040244"),
                Population.of(923, PopulationBasis.MUNICIPALE, Year.of(2026)));

        // 1. The annual fee, default readings
        Cdg79Rules rules = Cdg79Rules.defaults();
        AnnualFeeQuote quote = rules.quote(clesse, Year.of(2026));
        out.println("== Pack adhésion of " + clesse + " for 2026");
        out.println("stratum:    " + quote.stratum().orElseThrow().wording());
        out.println("annual fee: " + quote.annualFee().orElseThrow().toDisplayString());
        out.println("tariff:     " + quote.tariff().orElseThrow());
        out.println("articles:   " + cite(quote.citations()));

        // 2. The 3 500 line: "moins de 3 500 habitants" (title, art. 2) or "2 001 à 3 500" (table, art. 3.1)?
        Collectivity at3500 = clesse.withPopulation(Population.of(3500, PopulationBasis.MUNICIPALE, Year.of(2026)));
        Cdg79Rules perTable = Cdg79Rules.defaults().withReadings(
                Cdg79Readings.defaults().withCeiling3500(Ceiling3500Reading.INCLUDED_PER_TABLE));
        out.println();
        out.println("== A commune of exactly 3 500 inhabitants");
        out.println(Ceiling3500Reading.EXCLUDED_PER_TITLE + " (default): " + describe(rules.quote(at3500, Year.of(2026))));
        out.println(Ceiling3500Reading.INCLUDED_PER_TABLE + ":          " + describe(perTable.quote(at3500, Year.of(2026))));

        // 3. The same quote through the SPI, as the command line does it
        RuleModule module = RuleModules.load().get("cdg79");
        AnnualFeeQuote viaSpi = module.annualFees().orElseThrow().quote(clesse, Year.of(2026));
        out.println();
        out.println("== Through ServiceLoader: " + module.id() + " — " + module.issuingBody());
        out.println("same quote: " + viaSpi.equals(quote));

        // 4. The convention the council's decision starts: « D'ADHERER, à compter de l'exercice budgétaire 2026 »
        ConventionStart start = rules.conventionStart(AdhesionDecision.of(LocalDate.of(2026, 4, 23), Year.of(2026))
                .withDeliberation("délibération du conseil municipal de Clessé du 23 avril 2026"));
        out.println();
        out.println("== Convention from the decision of 2026-04-23: starts " + start.start() + " ("
                + start.reading() + ")");
        start.convention().deadlines().forEach(d -> out.println("  " + d.date() + "  " + d.description()
                + " [" + d.citation() + "]"));

        // 5. Platform access: the SGM of Clessé asks to contribute to her community space
        AccessRequest request = AccessRequest.of(LocalDate.of(2026, 5, 4),
                        PlatformUser.of("Camille Martin", UserRole.SGM, AccountKind.NOMINATIVE), clesse,
                        Membership.ofYears(Year.of(2026)), Space.community("200040244"), PlatformRole.CONTRIBUTEUR)
                .withCharterSignatures(List.of(Signatory.MAYOR, Signatory.SGM_OR_DGS, Signatory.EPCI_PRESIDENT,
                        Signatory.COMMUNITY_REFERENT));
        AccessDecision granted = rules.decide(request);
        out.println();
        out.println("== Platform access");
        out.print(granted.render());

        // ... and the same with a shared mairie login and a missing signature
        AccessDecision refused = rules.decide(request
                .withUser(PlatformUser.of("mairie.clesse", UserRole.SGM, AccountKind.GENERIC))
                .withCharterSignatures(List.of(Signatory.MAYOR, Signatory.SGM_OR_DGS)));
        out.println(refused.granted() ? "granted" : "refused, unmet conditions:");
        refused.unmet().forEach(c -> out.println("  " + c.code() + ": " + c.detail() + " [" + cite(c.citations()) + "]"));
    }

    private static String describe(AnnualFeeQuote q) {
        return q.eligible()
                ? "eligible, " + q.stratum().orElseThrow().wording() + ", " + q.annualFee().orElseThrow().toDisplayString()
                : "not eligible";
    }

    private static String cite(List<Citation> citations) {
        return citations.stream().map(Citation::toString).collect(Collectors.joining(", "));
    }
}
