package fr.cdgrules.core.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.citation.Source;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.explain.ParameterUse;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.ledger.CarryOverRule;
import fr.cdgrules.core.ledger.PrepaidLedger;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.strata.Stratum;
import fr.cdgrules.core.territory.Collectivity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The value contract as properties ({@link ValueLaws}) of the main value types, generated from their parts:
 * amounts, hours, citations, trace steps, explanations, annual-fee quotes and prepaid-hour ledgers. The parts
 * are the texts' own figures (Clessé, 923 inhabitants, 150 € and 210 €, 31.50 €/h, 20/3 h, {@code 000 art. 3.1}).
 */
class ValueLawsTest {
    static final Citation ART_3_1 = Citation.of("000", "art. 3.1");
    static final Citation ART_5 = Citation.of("003", "art. 5");

    private static <P, T> void lawsHold(ValueLaws<P, T> laws) {
        assertEquals(List.of(), laws.broken());
    }

    // ---- Money: cents; factories ofCents, parse, of(BigDecimal with trailing zeros), ofNumber

    static final Gen<Long> CENTS = Generate.pick(List.of(-21000L, -1L, 0L, 1L, 50L, 3150L, 15000L, 21000L,
            99_999_999_999_999L)).mix(longs().between(-99_999_999_999_999L, 99_999_999_999_999L), 20);

    static Money money(long cents, int form) {
        BigDecimal euros = BigDecimal.valueOf(cents, 2);
        return switch (form) {
            case 0 -> Money.ofCents(cents);
            case 1 -> Money.parse(euros.toPlainString());
            case 2 -> Money.of(euros.setScale(4));
            default -> Money.ofNumber(euros.stripTrailingZeros());
        };
    }

    @Test
    void money() {
        lawsHold(ValueLaws.of(CENTS, ValueLawsTest::money, 4, json -> CdgJson.read(json, Money.class)));
    }

    // ---- Hours: an exact fraction; factories ofFraction, parse("n/d"), the fraction unreduced, ofMinutes

    record Fraction(long numerator, long denominator) {}

    static final Gen<Fraction> FRACTIONS = integers().between(0, 9).zip(Generate.pick(List.of(1, 2, 3, 4, 6)),
            (n, d) -> new Fraction(n, d)).mix(longs().between(0, 999_999_999L).zip(Generate.pick(List.of(1L, 3L, 60L)),
            Fraction::new), 10);

    static Hours hours(Fraction f, int form) {
        return switch (form) {
            case 0 -> Hours.ofFraction(f.numerator(), f.denominator());
            case 1 -> Hours.parse(f.numerator() + "/" + f.denominator());
            case 2 -> Hours.ofFraction(3 * f.numerator(), 3 * f.denominator());
            default -> f.numerator() * 60 % f.denominator() == 0 ? Hours.ofMinutes(f.numerator() * 60 / f.denominator())
                    : Hours.ofFraction(f.numerator(), f.denominator());
        };
    }

    @Test
    void hours() {
        lawsHold(ValueLaws.of(FRACTIONS, ValueLawsTest::hours, 4, json -> CdgJson.read(json, Hours.class)));
    }

    // ---- Citation: document and article; factories of, parse, of with spaces around

    record CitationParts(String document, String article) {}

    static final Gen<CitationParts> CITATIONS = Generate.pick(List.of("000", "003", "004")).zip(
            Generate.pick(List.of("art. 3.1", "art. 4", "annexe 2")), CitationParts::new);

    static Citation citation(CitationParts p, int form) {
        return switch (form) {
            case 0 -> Citation.of(p.document(), p.article());
            case 1 -> Citation.parse(p.document() + " " + p.article());
            default -> Citation.of(" " + p.document(), p.article() + " ");
        };
    }

    @Test
    void citation() {
        lawsHold(ValueLaws.of(CITATIONS, ValueLawsTest::citation, 3, json -> CdgJson.read(json, Citation.class)));
    }

    // ---- TraceStep: rule, articles, inputs in order, parameters, result; factories of and deferred

    static final ParameterUse PACK_FEE = ParameterUse.setByReading("cdg79.pack-fee", "150.00",
            LocalDate.of(2026, 1, 1), Source.of("délibération du 12 décembre 2025", ART_3_1));

    record StepParts(String rule, List<Citation> citations, List<Map.Entry<String, String>> inputs,
            List<ParameterUse> parameters, String result) {}

    static final Gen<StepParts> STEPS = Generate.pick(List.of("annual fee by population stratum", "prepaid hours"))
            .zip(Generate.pick(List.of(List.<Citation>of(), List.of(ART_3_1), List.of(ART_3_1, ART_5), List.of(ART_5, ART_3_1))),
                    Generate.pick(List.of(List.<Map.Entry<String, String>>of(), List.of(Map.entry("population", "923")),
                            List.of(Map.entry("population", "923"), Map.entry("year", "2026")),
                            List.of(Map.entry("year", "2026"), Map.entry("population", "923")))),
                    Generate.pick(List.of(List.<ParameterUse>of(), List.of(PACK_FEE))),
                    Generate.pick(List.of("150.00 €", "not eligible: above the 3 500-inhabitant ceiling")),
                    StepParts::new);

    static TraceStep step(StepParts p, int form) {
        Map<String, String> inputs = new LinkedHashMap<>();
        p.inputs().forEach(e -> inputs.put(e.getKey(), e.getValue()));
        return form == 0 ? TraceStep.of(p.rule(), p.citations(), inputs, p.parameters(), p.result())
                : TraceStep.deferred(p.rule(), p.citations(), () -> inputs, p.parameters(), p::result);
    }

    @Test
    void traceStep() {
        lawsHold(ValueLaws.of(STEPS, ValueLawsTest::step, 2, json -> CdgJson.read(json, TraceStep.class)));
    }

    // ---- Explanation: subject and steps; factories of, deferred (two), of then plus, of then plusDeferred

    record ExplanationParts(String subject, List<StepParts> steps) {}

    static final Gen<ExplanationParts> EXPLANATIONS = Generate.pick(List.of("Clessé (79094), 2026", "Marigny (71279), 2023"))
            .zip(lists().of(STEPS).ofSizeBetween(0, 2), ExplanationParts::new);

    static Explanation explanation(ExplanationParts p, int form) {
        List<TraceStep> steps = p.steps().stream().map(s -> step(s, form % 2)).toList();
        switch (form) {
            case 0:
                return Explanation.of(p.subject(), steps);
            case 1:
                return Explanation.deferred(p::subject, steps);
            case 2:
                return Explanation.deferred(p::subject, () -> steps);
            default:
                Explanation e = Explanation.of(p.subject());
                for (TraceStep s : steps) {
                    e = form == 3 ? e.plus(s) : e.plusDeferred(() -> s);
                }
                return e;
        }
    }

    @Test
    void explanation() {
        lawsHold(ValueLaws.of(EXPLANATIONS, ValueLawsTest::explanation, 5,
                json -> CdgJson.read(json, Explanation.class)));
    }

    // ---- AnnualFeeQuote: eligible (stratum, fee, tariff, prepaid hours) or not (reason); the explanation
    //      given whole, or its last step added by plus

    static final Collectivity CLESSE = Collectivity.of("79094", "Clessé", "79", Optional.of("200040244"),
            Population.of(923, Year.of(2026)));
    static final Collectivity NIORT = Collectivity.of("79191", "Niort", "79", Optional.of("200041317"),
            Population.of(59_005, Year.of(2026)));

    record QuoteParts(String module, int year, Collectivity commune, Optional<Long> feeCents, Optional<Fraction> prepaid,
            ExplanationParts explanation) {}

    static final Gen<QuoteParts> QUOTES = Generate.pick(List.of("cdg79", "cucm")).zip(
            Generate.pick(List.of(2025, 2026)), Generate.pick(List.of(CLESSE, NIORT)),
            Generate.pick(List.of(Optional.<Long>empty(), Optional.of(15000L), Optional.of(21000L))),
            Generate.pick(List.of(Optional.<Fraction>empty(), Optional.of(new Fraction(20, 3)))),
            (module, year, commune, fee, prepaid) -> new Object[] {module, year, commune, fee, prepaid})
            .zip(EXPLANATIONS, (a, e) -> {
                @SuppressWarnings("unchecked")
                QuoteParts q = new QuoteParts((String) a[0], (Integer) a[1], (Collectivity) a[2], (Optional<Long>) a[3],
                        (Optional<Fraction>) a[4], e);
                return q;
            });

    static final TraceStep PREPAID_STEP = TraceStep.of("prepaid hours", ART_3_1, Map.of("fee", "150.00"), "20/3 h");

    static AnnualFeeQuote quote(QuoteParts p, int form) {
        Explanation e = explanation(p.explanation(), 0);
        List<TraceStep> steps = e.steps();
        boolean addLast = form == 1 && !steps.isEmpty();
        Explanation given = addLast ? Explanation.of(e.subject(), steps.subList(0, steps.size() - 1)) : e;
        AnnualFeeQuote q = p.feeCents().isPresent()
                ? AnnualFeeQuote.eligible(p.module(), Year.of(p.year()), p.commune(),
                        Stratum.of(1, 999, "De 1 à 999 habitants", Money.ofCents(p.feeCents().get())),
                        Money.ofCents(p.feeCents().get()), PACK_FEE, given)
                : AnnualFeeQuote.notEligible(p.module(), Year.of(p.year()), p.commune(),
                        "above the 3 500-inhabitant ceiling", Optional.of(PACK_FEE), given);
        if (addLast) {
            q = q.plus(steps.get(steps.size() - 1));
        }
        if (p.prepaid().isPresent()) {
            q = q.withPrepaidHours(hours(p.prepaid().get(), 0), PREPAID_STEP);
        }
        return q;
    }

    @Test
    void annualFeeQuote() {
        lawsHold(ValueLaws.of(QUOTES, ValueLawsTest::quote, 2, json -> CdgJson.read(json, AnnualFeeQuote.class))
                .withExamples(50));
    }

    // ---- PrepaidLedger: its carry-over rule and what was recorded (grants of 150 € and 210 € at 31.50 €/h,
    //      hours worked, year ends); refused operations are skipped. A second factory records nothing first.

    enum Operation {
        GRANT_2025, GRANT_2026, WORK_2025, WORK_2026, NO_WORK_2026, CLOSE_2025, CLOSE_2026
    }

    record LedgerParts(CarryOverRule rule, List<Operation> operations) {}

    static final Gen<LedgerParts> LEDGERS = Generate.enumValues(CarryOverRule.class).zip(
            lists().of(Generate.enumValues(Operation.class)).ofSizeBetween(0, 4), LedgerParts::new);

    static PrepaidLedger ledger(LedgerParts p, int form) {
        PrepaidLedger l = PrepaidLedger.empty(p.rule());
        if (form == 1) {
            l = l.consume(LocalDate.of(2026, 1, 2), Hours.ZERO, "nothing worked", ART_5).ledger();
        }
        for (Operation o : p.operations()) {
            try {
                l = switch (o) {
                    case GRANT_2025 -> l.grant(Year.of(2025), LocalDate.of(2025, 1, 15), Money.ofEuros(150),
                            Money.parse("31.50"), ART_5);
                    case GRANT_2026 -> l.grant(Year.of(2026), LocalDate.of(2026, 1, 15), Money.ofEuros(210),
                            Money.parse("31.50"), ART_5);
                    case WORK_2025 -> l.consume(LocalDate.of(2025, 3, 3), Hours.of(3), "état civil", ART_5).ledger();
                    case WORK_2026 -> l.consume(LocalDate.of(2026, 2, 2), Hours.parse("7.5"), "paie", ART_5).ledger();
                    case NO_WORK_2026 -> l.consume(LocalDate.of(2026, 2, 3), Hours.ZERO, "rien", ART_5).ledger();
                    case CLOSE_2025 -> l.close(Year.of(2025), LocalDate.of(2025, 12, 31), ART_5);
                    case CLOSE_2026 -> l.close(Year.of(2026), LocalDate.of(2026, 12, 31), ART_5);
                };
            } catch (InvalidInputException refused) {
                // a second grant, or work in a closed year: refused, the ledger is unchanged
            }
        }
        return l;
    }

    @Test
    void prepaidLedger() {
        lawsHold(ValueLaws.of(LEDGERS, ValueLawsTest::ledger, 2, json -> CdgJson.read(json, PrepaidLedger.class))
                .withExamples(50));
    }

    /** The generators give the texts' figures: 210 € at 31.50 €/h is 20/3 h, whatever the factory. */
    @Test
    void theFiguresAreTheTexts() {
        for (int form = 0; form < 2; form++) {
            PrepaidLedger l = ledger(new LedgerParts(CarryOverRule.FORFEIT, List.of(Operation.GRANT_2026)), form);
            assertEquals(Hours.ofFraction(20, 3), l.balance(Year.of(2026)));
        }
        List<Money> forms = new ArrayList<>();
        for (int form = 0; form < 4; form++) {
            forms.add(money(3150, form));
        }
        assertEquals(List.of(Money.parse("31.50"), Money.parse("31.50"), Money.parse("31.50"), Money.parse("31.50")), forms);
        assertEquals("000 art. 3.1", citation(new CitationParts("000", "art. 3.1"), 2).toString());
    }
}
