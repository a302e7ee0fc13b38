package fr.cdgrules.cdg79.duration;

import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.cdg79.Cdg79Descriptor;
import fr.cdgrules.cdg79.adhesion.AdhesionDecision;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.money.Money;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The duration clauses of the convention (art. 4):
 *
 * <blockquote>"La présente convention est conclue pour une durée de deux (2) ans, renouvelable une
 * fois pour la même durée, sauf dénonciation par l'une ou l'autre des parties moyennant le respect
 * d'un préavis d'un mois avant la date de reconduction. Aucune indemnité ne sera due de part et
 * d'autre en cas de résiliation." (000 art. 4)</blockquote>
 *
 * <p>As core {@link ConventionTerms}: an initial term of two years; tacit renewal ("sauf
 * dénonciation"), once, for two years; notice of non-renewal at least one month before the renewal
 * date, the last day being the renewal date minus one calendar month (core's reading: start
 * 1 January 2026 → end of first term 31 December 2027, last day for notice 1 December 2027, renewal
 * 1 January 2028, final end 31 December 2029). The article has no other termination clause, so a
 * plain notice ({@link Convention#withNotice}) is a notice of non-renewal. No indemnity is due.
 */
public final class AdhesionConvention {
    /**
     * The duration clauses of art. 4 as bundled: the {@code terms:} of {@code cdg79.yaml}.
     *
     * @deprecated read them from the descriptor ({@code Cdg79Descriptor.bundled().terms()}) or from a
     *     rule ({@link #terms()}); kept as an alias of the bundled terms
     */
    @Deprecated
    public static final ConventionTerms TERMS = bundledTerms();

    private final ConventionTerms terms;
    private final ConventionStartReading startReading;

    private AdhesionConvention(ConventionTerms terms, ConventionStartReading startReading) {
        this.terms = terms;
        this.startReading = startReading;
    }

    private static ConventionTerms bundledTerms() {
        return Cdg79Descriptor.bundled().terms().orElseThrow(); // declared: DescriptorParametersTest
    }

    /**
     * @param startReading the reading of the first day of the convention
     * @return the clauses as bundled ({@code terms:} of {@code cdg79.yaml}) with that reading
     * @throws NullPointerException if {@code startReading} is null
     */
    public static AdhesionConvention of(ConventionStartReading startReading) {
        return of(bundledTerms(), startReading);
    }

    /**
     * @param terms the duration clauses of art. 4, as a descriptor declares them ({@code terms:})
     * @param startReading the reading of the first day of the convention
     * @return the clauses with that reading
     * @throws NullPointerException if an argument is null
     */
    public static AdhesionConvention of(ConventionTerms terms, ConventionStartReading startReading) {
        return new AdhesionConvention(Objects.requireNonNull(terms, "terms"),
                Objects.requireNonNull(startReading, "startReading"));
    }

    /** @return the reading of the first day */
    public ConventionStartReading startReading() {
        return startReading;
    }

    /** @return the duration clauses of art. 4 */
    public ConventionTerms terms() {
        return terms;
    }

    /**
     * The convention from a first day given as such: no {@link ConventionStartReading} is applied. To
     * start from a decision or a signature date, use {@link #start(AdhesionDecision)} or
     * {@link #signedOn(LocalDate)}.
     *
     * @param start the first day in force
     * @return the convention from that day, no event recorded
     * @throws NullPointerException if {@code start} is null
     */
    public Convention startingOn(LocalDate start) {
        return Convention.of(terms, Objects.requireNonNull(start, "start"));
    }

    /**
     * @param signedOn the date the convention was signed (or the adhesion decided), joining from that
     *     date's budget year
     * @return the convention from the first day given by the {@link ConventionStartReading}
     * @throws NullPointerException if {@code signedOn} is null
     */
    public Convention signedOn(LocalDate signedOn) {
        return start(AdhesionDecision.joiningTheSameYear(signedOn)).convention();
    }

    /**
     * Where a decision to join places the start of the convention, under this rule's
     * {@link ConventionStartReading}, with the explanation naming the reading. Clessé (001), decided on
     * 23 April 2026 from budget year 2026: start 2026-01-01 under the default reading.
     *
     * @param decision the decision to join, with the budget year joined
     * @return the start, the convention from it and the explanation
     * @throws NullPointerException if {@code decision} is null
     */
    public ConventionStart start(AdhesionDecision decision) {
        Objects.requireNonNull(decision, "decision");
        LocalDate first = startReading.start(decision);
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("decisionDate", decision.decisionDate().toString());
        inputs.put("joiningYear", decision.joiningYear().toString());
        decision.deliberation().ifPresent(d -> inputs.put("deliberation", d));
        inputs.put("reading", "ConventionStartReading." + startReading.name());
        TraceStep step = TraceStep.of("first day of the convention: 'conclue pour une durée de deux (2) ans' (art. 4),"
                        + " adhesion 'à compter de l'exercice budgétaire " + decision.joiningYear() + "' ("
                        + Cdg79Articles.CLESSE_DELIBERATION + "); 'L'adhésion"
                        + " est valable pour une année civile, quel que soit le mois d'adhésion' (art. 4)",
                List.of(Cdg79Articles.DURATION, Cdg79Articles.CLESSE), inputs, List.of(),
                "start " + first + ", placed by the reading " + startReading.name() + ": " + startReading.describe());
        Convention convention = startingOn(first);
        return ConventionStart.of(decision, startReading, convention,
                Explanation.of("start of the CDG79 convention for an " + decision, List.of(step)));
    }

    /**
     * The indemnity due by either party when the convention ends early or is not renewed: none.
     *
     * @return zero euros, with the article
     */
    public static Money indemnity() {
        return Money.ZERO;
    }

    /** @return why no indemnity is due */
    public static Explanation indemnityExplanation() {
        Map<String, String> inputs = new LinkedHashMap<>();
        return Explanation.of("indemnity on termination of the CDG79 convention",
                TraceStep.of("'Aucune indemnité ne sera due de part et d'autre en cas de résiliation'",
                        Cdg79Articles.DURATION, inputs, "no indemnity: " + indemnity().toDisplayString()));
    }
}
