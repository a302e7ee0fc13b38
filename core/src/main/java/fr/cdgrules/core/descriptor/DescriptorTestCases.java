package fr.cdgrules.core.descriptor;

import fr.cdgrules.core.error.CdgRulesException;
import fr.cdgrules.core.lifecycle.Deadline;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.module.AnnualFees;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.territory.Collectivity;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the test cases of a module's descriptor against the module, in the manner of OpenFisca's
 * YAML tests. A {@code quote} case compares the fields it names (eligible, fee, stratum wording,
 * prepaid hours, a word of the reason, a word of the deciding act, the version's origin); a
 * {@code deadlines} case checks that every date it lists is a deadline of that kind of the
 * convention starting on {@code start}. Thread-safe.
 */
public final class DescriptorTestCases {
    private DescriptorTestCases() {}

    /**
     * @param module a module with a descriptor
     * @return one result per test case, in file order; empty for a module without descriptor
     * @throws NullPointerException if an argument is null, naming it
     */
    public static List<TestCaseResult> run(RuleModule module) {
        java.util.Objects.requireNonNull(module, "module");
        List<TestCaseResult> out = new ArrayList<>();
        Optional<Descriptor> d = module.descriptor();
        if (d.isEmpty()) {
            return out;
        }
        for (TestCase t : d.get().tests()) {
            List<String> failures = new ArrayList<>();
            try {
                if (t.kind().equals("quote")) {
                    quote(module, t, failures);
                } else {
                    deadlines(module, t, failures);
                }
            } catch (CdgRulesException e) {
                failures.add("refused: " + e.getMessage());
            }
            out.add(TestCaseResult.of(module.id(), t, failures));
        }
        return out;
    }

    private static void quote(RuleModule module, TestCase t, List<String> failures) {
        Map<String, String> in = t.input();
        Map<String, String> readings = new LinkedHashMap<>();
        in.forEach((k, v) -> {
            if (k.startsWith("reading.")) {
                readings.put(k.substring("reading.".length()), v);
            }
        });
        RuleModule m = readings.isEmpty() ? module : module.withReadings(readings);
        Optional<AnnualFees> fees = m.annualFees();
        if (fees.isEmpty()) {
            failures.add("module " + module.id() + " sets no annual fee");
            return;
        }
        Year year = Year.of(Integer.parseInt(in.get("year")));
        Collectivity c = Collectivity.of(in.get("commune"), in.get("name"), in.get("department"),
                Optional.ofNullable(in.get("epci")), Population.of(Long.parseLong(in.get("population")), year));
        AnnualFeeQuote q = fees.get().quote(c, year);
        t.expected().forEach((k, vs) -> {
            String v = vs.get(0);
            switch (k) {
                case "eligible" -> check(failures, k, v, Boolean.toString(q.eligible()));
                case "fee" -> check(failures, k, Money.parse(v).toString(), q.annualFee().map(Money::toString).orElse("none"));
                case "stratum" -> check(failures, k, v, q.stratum().map(s -> s.wording()).orElse("none"));
                case "prepaidHours" -> check(failures, k, Hours.parse(v).toString(),
                        q.prepaidHours().map(Hours::toString).orElse("none"));
                case "reason" -> contains(failures, k, v, q.reason().orElse(""));
                case "decision" -> contains(failures, k, v, q.tariff().map(u -> u.source().decision()).orElse(""));
                case "origin" -> check(failures, k, v.toUpperCase(java.util.Locale.ROOT),
                        q.tariff().map(u -> u.origin().name()).orElse("none"));
                default -> failures.add("unknown expectation " + k);
            }
        });
    }

    private static void deadlines(RuleModule module, TestCase t, List<String> failures) {
        List<Deadline> all = module.convention(LocalDate.parse(t.input().get("start"))).deadlines();
        t.expected().forEach((kind, dates) -> {
            List<String> actual = all.stream().filter(d -> d.kind().name().equals(kind)).map(d -> d.date().toString())
                    .toList();
            for (String date : dates) {
                if (!actual.contains(date)) {
                    failures.add(kind + ": expected " + date + ", got " + actual);
                }
            }
        });
    }

    private static void check(List<String> failures, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            failures.add(what + ": expected " + expected + ", got " + actual);
        }
    }

    private static void contains(List<String> failures, String what, String expected, String actual) {
        if (!actual.contains(expected)) {
            failures.add(what + ": expected to contain '" + expected + "', got '" + actual + "'");
        }
    }
}
