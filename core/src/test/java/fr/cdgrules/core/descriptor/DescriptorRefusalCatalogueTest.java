package fr.cdgrules.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a descriptor's author reads when a descriptor is refused: one change to the illustrative
 * descriptor per row, and every error the loader reports for it, each with its file and path, in the
 * order found. The table is documentation of the loader's checks as much as a test.
 */
class DescriptorRefusalCatalogueTest {
    private static final String FEE_VERSION = "      - effective: 2026-01-01\n        decision: \"délibération illustrative"
            + " du conseil d'administration du 1er décembre 2025\"\n        article: \"900 art. 3\"\n";
    private static final String STRATA = "        strata:\n"
            + "          - { from: 0,    to: 999,  wording: \"Communes de moins de 1 000 habitants\", fee: \"120.00\" }\n"
            + "          - { from: 1000, to: 4999, wording: \"Communes de 1 000 à 4 999 habitants\", fee: \"240.00\" }\n"
            + "          - { from: 5000,           wording: \"Communes de 5 000 habitants et plus\", fee: \"480.00\" }\n";
    private static final String READING = "readings:\n  - id: top\n    about: [\"900 art. 2\"]\n"
            + "    quote: \"5 000 habitants et plus\"\n    default: A\n    options:\n";
    private static final String TWO_OPTIONS = "      - { id: A, meaning: a }\n      - { id: B, meaning: b }\n";
    private static final String TOP_KEYS =
            "[body, capabilities, hooks, id, parameters, readings, rules, sources, terms, territory, tests]";
    private static final String UNDECLARED = "which is not a declared article";

    private static Arguments row(String what, UnaryOperator<String> change, String... errors) {
        return Arguments.of(what, change, List.of(errors));
    }

    private static UnaryOperator<String> replace(String from, String to) {
        return y -> {
            if (!y.contains(from)) {
                throw new IllegalStateException("the illustrative descriptor no longer contains: " + from);
            }
            return y.replace(from, to);
        };
    }

    private static UnaryOperator<String> append(String more) {
        return y -> y + more;
    }

    /** Every error names the file and the path; several errors are all reported at once. */
    static Stream<Arguments> refusals() {
        return Stream.of(
                row("an empty file", y -> "",
                        "cdg00.yaml: the file is empty"),
                row("a YAML null", y -> "~\n",
                        "cdg00.yaml: expected a mapping with keys [id, body, sources, territory, terms, parameters,"
                                + " readings, rules, capabilities, hooks, tests]"),
                row("a list instead of a mapping", y -> "- a\n- b\n",
                        "cdg00.yaml: expected a mapping with keys [id, body, sources, territory, terms, parameters,"
                                + " readings, rules, capabilities, hooks, tests]"),
                row("a key given twice", replace("id: cdg00\n", "id: cdg00\nid: cdg01\n"),
                        "cdg00.yaml: not valid YAML: Duplicate Object property \"id\" (line 4)"),
                row("an unknown top-level key", append("extra: 1\n"),
                        "cdg00.yaml: extra: unknown key 'extra' (expected one of " + TOP_KEYS + ")"),
                row("an id in capitals", replace("id: cdg00", "id: Cdg00"),
                        "cdg00.yaml: id: a module id is lower case letters, digits and '-', got 'Cdg00'"),
                row("a body that is a mapping", replace("body: \"Centre de gestion illustratif (CDG00) — exemple fictif\"",
                        "body: { a: 1 }"),
                        "cdg00.yaml: body: expected a single value"),
                row("no territory", replace("territory:\n  description", "territoire:\n  description"),
                        "cdg00.yaml: territoire: unknown key 'territoire' (expected one of " + TOP_KEYS + ")",
                        "cdg00.yaml: missing 'territory'"),
                row("both departments and an EPCI", replace("  departments: [\"86\"]\n",
                        "  departments: [\"86\"]\n  epci: \"200041762\"\n"),
                        "cdg00.yaml: territory: a territory is either 'departments' or 'epci' (the SIREN of the EPCI"
                                + " whose member communes it serves)"),
                row("neither departments nor an EPCI", replace("  departments: [\"86\"]\n", ""),
                        "cdg00.yaml: territory: a territory is either 'departments' or 'epci' (the SIREN of the EPCI"
                                + " whose member communes it serves)"),
                row("an EPCI SIREN of 8 digits", replace("  departments: [\"86\"]\n", "  epci: \"20004176\"\n"),
                        "cdg00.yaml: territory.epci: a SIREN has 9 digits, got '20004176'"),
                row("an unparseable citation", replace("  article: \"900 art. 1\"\n", "  article: \"art1\"\n"),
                        "cdg00.yaml: territory.article: 'art1' is not a citation ('<text id> <article>', e.g. '000 art. 3.1')"),
                row("an article declared twice", replace("      - article: art. 5\n",
                        "      - article: art. 4\n        prose: true\n      - article: art. 5\n"),
                        "cdg00.yaml: sources[0].articles[5]: article 900 art. 4 is declared twice"),
                row("a text id with a space: its articles are not declared", replace("  - id: \"900\"", "  - id: \"9 00\""),
                        "cdg00.yaml: sources[0].id: a text id has no spaces, got '9 00'",
                        "cdg00.yaml: territory.article: cites 900 art. 1, " + UNDECLARED,
                        "cdg00.yaml: terms.article: cites 900 art. 4, " + UNDECLARED,
                        "cdg00.yaml: terms.renewal.article: cites 900 art. 4, " + UNDECLARED,
                        "cdg00.yaml: terms.indemnity.article: cites 900 art. 5, " + UNDECLARED,
                        "cdg00.yaml: terms.terminations[0].article: cites 900 art. 5, " + UNDECLARED,
                        "cdg00.yaml: parameters.fee.versions[0].article: cites 900 art. 2, " + UNDECLARED,
                        "cdg00.yaml: parameters.hourlyRate.versions[0].article: cites 900 art. 3, " + UNDECLARED,
                        "cdg00.yaml: rules.annualFee.article: cites 900 art. 2, " + UNDECLARED,
                        "cdg00.yaml: capabilities[0]: capability 'annual-fee' needs rules.annualFee or a hook",
                        "cdg00.yaml: capabilities[1]: capability 'deadlines' needs terms or a hook",
                        "cdg00.yaml: tests[0].articles[0]: cites 900 art. 2, " + UNDECLARED,
                        "cdg00.yaml: tests[1].articles[0]: cites 900 art. 2, " + UNDECLARED,
                        "cdg00.yaml: tests[2].articles[0]: cites 900 art. 1, " + UNDECLARED,
                        "cdg00.yaml: tests[3].articles[0]: cites 900 art. 4, " + UNDECLARED),
                row("sources that are not a list", replace("sources:\n  - id: \"900\"", "sources: abc\nx:\n  - id: \"900\""),
                        "cdg00.yaml: x: unknown key 'x' (expected one of " + TOP_KEYS + ")",
                        "cdg00.yaml: sources: expected a list",
                        "cdg00.yaml: sources: a descriptor declares at least one source text",
                        "cdg00.yaml: territory.article: cites 900 art. 1, " + UNDECLARED,
                        "cdg00.yaml: terms.article: cites 900 art. 4, " + UNDECLARED,
                        "cdg00.yaml: terms.renewal.article: cites 900 art. 4, " + UNDECLARED,
                        "cdg00.yaml: terms.indemnity.article: cites 900 art. 5, " + UNDECLARED,
                        "cdg00.yaml: terms.terminations[0].article: cites 900 art. 5, " + UNDECLARED,
                        "cdg00.yaml: parameters.fee.versions[0].article: cites 900 art. 2, " + UNDECLARED,
                        "cdg00.yaml: parameters.hourlyRate.versions[0].article: cites 900 art. 3, " + UNDECLARED,
                        "cdg00.yaml: rules.annualFee.article: cites 900 art. 2, " + UNDECLARED,
                        "cdg00.yaml: capabilities[0]: capability 'annual-fee' needs rules.annualFee or a hook",
                        "cdg00.yaml: capabilities[1]: capability 'deadlines' needs terms or a hook",
                        "cdg00.yaml: tests[0].articles[0]: cites 900 art. 2, " + UNDECLARED,
                        "cdg00.yaml: tests[1].articles[0]: cites 900 art. 2, " + UNDECLARED,
                        "cdg00.yaml: tests[2].articles[0]: cites 900 art. 1, " + UNDECLARED,
                        "cdg00.yaml: tests[3].articles[0]: cites 900 art. 4, " + UNDECLARED),
                row("an express renewal with a notice", replace("    kind: tacit\n", "    kind: express\n"),
                        "cdg00.yaml: terms.renewal.notice: a notice before renewal belongs to tacit renewal only"),
                row("an unknown renewal kind", replace("    kind: tacit\n", "    kind: automatic\n"),
                        "cdg00.yaml: terms.renewal.kind: a renewal kind is none, tacit or express, got 'automatic'",
                        "cdg00.yaml: capabilities[1]: capability 'deadlines' needs terms or a hook"),
                row("a tacit renewal zero times", replace("    times: 1\n", "    times: 0\n"),
                        "cdg00.yaml: terms.renewal: a tacit renewal says how many 'times' (1 or more)",
                        "cdg00.yaml: capabilities[1]: capability 'deadlines' needs terms or a hook"),
                row("a tacit renewal without times", replace("    times: 1\n", ""),
                        "cdg00.yaml: terms.renewal: a tacit renewal says how many 'times' (1 or more)",
                        "cdg00.yaml: capabilities[1]: capability 'deadlines' needs terms or a hook"),
                row("an express renewal zero times", replace("    kind: tacit\n    times: 1\n    term: P3Y\n    notice: P3M\n",
                        "    kind: express\n    times: 0\n    term: P3Y\n"),
                        "cdg00.yaml: terms.renewal: a express renewal says how many 'times' (1 or more)",
                        "cdg00.yaml: capabilities[1]: capability 'deadlines' needs terms or a hook"),
                row("a zero duration", replace("duration: P3Y", "duration: P0D"),
                        "cdg00.yaml: terms.duration: a period must be positive, got P0D",
                        "cdg00.yaml: capabilities[1]: capability 'deadlines' needs terms or a hook"),
                row("a negative duration", replace("duration: P3Y", "duration: P-1Y"),
                        "cdg00.yaml: terms.duration: a period must be positive, got P-1Y",
                        "cdg00.yaml: capabilities[1]: capability 'deadlines' needs terms or a hook"),
                row("a duration in words", replace("duration: P3Y", "duration: three years"),
                        "cdg00.yaml: terms.duration: 'three years' is not a period (ISO 8601, e.g. P3M, P2Y)",
                        "cdg00.yaml: capabilities[1]: capability 'deadlines' needs terms or a hook"),
                row("a duration that is a mapping", replace("duration: P3Y", "duration: { years: 3 }"),
                        "cdg00.yaml: terms.duration: expected a single value",
                        "cdg00.yaml: capabilities[1]: capability 'deadlines' needs terms or a hook"),
                row("an indemnity neither true nor false", replace("    due: false\n", "    due: yes please\n"),
                        "cdg00.yaml: terms.indemnity.due: expected true or false, got 'yes please'"),
                row("a termination for fault without cure period", replace(
                        "    - kind: at-notice-expiry\n      notice: P3M\n", "    - kind: for-fault\n"),
                        "cdg00.yaml: terms.terminations[0]: missing 'cure'"),
                row("a termination at notice expiry without notice", replace(
                        "    - kind: at-notice-expiry\n      notice: P3M\n", "    - kind: at-notice-expiry\n"),
                        "cdg00.yaml: terms.terminations[0]: missing 'notice'"),
                row("an unknown termination kind", replace(
                        "    - kind: at-notice-expiry\n      notice: P3M\n", "    - kind: whenever\n"),
                        "cdg00.yaml: terms.terminations[0].kind: a termination kind is at-notice-expiry,"
                                + " first-day-of-next-month, for-fault or general-interest, got 'whenever'"),
                row("an unknown month-end rule", replace("      notice: P3M\n      article: \"900 art. 5\"",
                        "      notice: P3M\n      monthEnd: sometimes\n      article: \"900 art. 5\""),
                        "cdg00.yaml: terms.terminations[0].monthEnd: a month-end rule is clamp-to-month-end or"
                                + " roll-to-next-month, got 'sometimes'"),
                row("an unknown parameter kind: its article is then cited by nothing", replace("    kind: amount\n",
                        "    kind: money\n"),
                        "cdg00.yaml: parameters.hourlyRate.kind: a parameter kind is scale, amount, number, population or date,"
                                + " got 'money'",
                        "cdg00.yaml: sources[0].articles[3]: article 900 art. 3 is cited by no rule, hook or test case"
                                + " and is not marked 'prose: true'"),
                row("a negative amount", replace("amount: \"40.00\"", "amount: \"-40.00\""),
                        "cdg00.yaml: parameters.hourlyRate.versions[0].amount: an amount cannot be negative, got -40.00"),
                row("an amount to the tenth of a cent", replace("amount: \"40.00\"", "amount: \"40.005\""),
                        "cdg00.yaml: parameters.hourlyRate.versions[0].amount: '40.005' is not an amount in euros to the cent"),
                row("an amount in words", replace("amount: \"40.00\"", "amount: \"forty\""),
                        "cdg00.yaml: parameters.hourlyRate.versions[0].amount: 'forty' is not a number"),
                row("a version without its amount", replace("        amount: \"40.00\"\n", ""),
                        "cdg00.yaml: parameters.hourlyRate.versions[0]: missing 'amount'"),
                row("a blank decision", replace(FEE_VERSION, FEE_VERSION.replaceFirst(
                        "decision: \"[^\"]*\"", "decision: \" \"")),
                        "cdg00.yaml: parameters.hourlyRate.versions[0].decision: a version names the act that decided it"),
                row("still valid before it takes effect", replace("        amount: \"40.00\"\n",
                        "        amount: \"40.00\"\n        stillValidOn: 2025-06-01\n"),
                        "cdg00.yaml: parameters.hourlyRate.versions[0].stillValidOn: still valid on 2025-06-01, before it"
                                + " takes effect (2026-01-01)"),
                row("still valid after the next version", replace("        amount: \"40.00\"\n",
                        "        amount: \"40.00\"\n        stillValidOn: 2027-01-01\n      - effective: 2027-01-01\n"
                                + "        decision: \"later act\"\n        article: \"900 art. 3\"\n        amount: \"42.00\"\n"),
                        "cdg00.yaml: parameters.hourlyRate: versions[0].stillValidOn 2027-01-01 is not before the next"
                                + " version (2027-01-01)"),
                row("two versions the same day", replace("        amount: \"40.00\"\n",
                        "        amount: \"40.00\"\n      - effective: 2026-01-01\n        decision: \"later act\"\n"
                                + "        article: \"900 art. 3\"\n        amount: \"42.00\"\n"),
                        "cdg00.yaml: parameters.hourlyRate.versions[1].effective: two versions take effect on 2026-01-01"),
                row("a thirteenth month", replace(FEE_VERSION, FEE_VERSION.replace("2026-01-01", "2026-13-01")),
                        "cdg00.yaml: parameters.hourlyRate.versions[0].effective: '2026-13-01' is not a date (YYYY-MM-DD)"),
                row("a parameter without versions", replace(FEE_VERSION + "        amount: \"40.00\"\n", "").andThen(
                        replace("    kind: amount\n    versions:\n", "    kind: amount\n    versions: []\n"))::apply,
                        "cdg00.yaml: parameters.hourlyRate.versions: a parameter has at least one version",
                        "cdg00.yaml: sources[0].articles[3]: article 900 art. 3 is cited by no rule, hook or test case"
                                + " and is not marked 'prose: true'"),
                row("populations negative, fractional or missing", replace("parameters:\n", "parameters:\n"
                        + "  share:\n    kind: number\n    versions:\n"
                        + "      - { effective: 2026-01-01, decision: d, article: \"900 art. 3\", number: \"0.5\" }\n"
                        + "  limit:\n    kind: population\n    versions:\n"
                        + "      - { effective: 2026-01-01, decision: d, article: \"900 art. 3\", population: -3 }\n"
                        + "  limit2:\n    kind: population\n    versions:\n"
                        + "      - { effective: 2026-01-01, decision: d, article: \"900 art. 3\", population: 1.5 }\n"
                        + "  limit3:\n    kind: population\n    versions:\n"
                        + "      - { effective: 2026-01-01, decision: d, article: \"900 art. 3\" }\n"
                        + "  share2:\n    kind: number\n    versions:\n"
                        + "      - { effective: 2026-01-01, decision: d, article: \"900 art. 3\" }\n"),
                        "cdg00.yaml: parameters.limit.versions[0].population: expected a whole number ≥ 0, got -3",
                        "cdg00.yaml: parameters.limit2.versions[0].population: expected a whole number, got 1.5",
                        "cdg00.yaml: parameters.limit3.versions[0]: missing 'population'",
                        "cdg00.yaml: parameters.share2.versions[0]: missing 'number'"),
                row("a scale without strata", replace(STRATA, "        strata: []\n"),
                        "cdg00.yaml: parameters.fee.versions[0].strata: a scale has at least one stratum"),
                row("a stratum ending before it starts", replace("{ from: 1000, to: 4999,", "{ from: 1000, to: 900,"),
                        "cdg00.yaml: parameters.fee.versions[0].strata[1]: stratum ends (900) before it starts (1000)",
                        "cdg00.yaml: parameters.fee.versions[0].strata[2]: gap between 900 and 5000"),
                row("an open stratum before the last", replace("{ from: 1000, to: 4999,", "{ from: 1000,"),
                        "cdg00.yaml: parameters.fee.versions[0].strata[2]: follows an open-ended stratum: only the last"
                                + " stratum may have no 'to'"),
                row("a stratum without its start", replace("{ from: 1000, to: 4999,", "{ to: 4999,"),
                        "cdg00.yaml: parameters.fee.versions[0].strata[1]: missing 'from'"),
                row("a stratum without its fee", replace(
                        "wording: \"Communes de 1 000 à 4 999 habitants\", fee: \"240.00\"",
                        "wording: \"Communes de 1 000 à 4 999 habitants\""),
                        "cdg00.yaml: parameters.fee.versions[0].strata[1]: missing 'fee'"),
                row("a negative fee: one error, not also 'missing'", replace("fee: \"120.00\"", "fee: \"-120.00\""),
                        "cdg00.yaml: parameters.fee.versions[0].strata[0].fee: an amount cannot be negative, got -120.00"),
                row("a negative start: one error, not also 'missing'", replace("{ from: 1000, to: 4999,", "{ from: -1000, to: 4999,"),
                        "cdg00.yaml: parameters.fee.versions[0].strata[1].from: expected a whole number ≥ 0, got -1000"),
                row("a stratum one above the previous end", replace("{ from: 1000, to: 4999,", "{ from: 1001, to: 4999,"),
                        "cdg00.yaml: parameters.fee.versions[0].strata[1]: gap between 999 and 1001"),
                row("a stratum starting on the previous end", replace("{ from: 1000, to: 4999,", "{ from: 999, to: 4999,"),
                        "cdg00.yaml: parameters.fee.versions[0].strata[1]: overlap: starts at 999, the stratum before ends at 999"),
                row("a reading with one option", append(READING + "      - { id: A, meaning: a }\n"),
                        "cdg00.yaml: readings[0].options: a reading has at least two options (the default and an alternative)"),
                row("two options with one id", append(READING + "      - { id: A, meaning: a }\n      - { id: A, meaning: b }\n"),
                        "cdg00.yaml: readings[0].options[1]: a second option with the id 'A'"),
                row("a reading replacing a whole scale", append(READING + "      - { id: A, meaning: a, sets: { fee: 3 } }\n"
                        + "      - { id: B, meaning: b, sets: { hourlyRate: \"41.00\" } }\n"),
                        "cdg00.yaml: readings[0].options[0].sets.fee: a reading cannot replace a whole scale; set a"
                                + " threshold or an amount"),
                row("two readings with one id", append(READING + TWO_OPTIONS + READING.substring("readings:\n".length())
                        + TWO_OPTIONS),
                        "cdg00.yaml: readings[1]: a second reading with the id 'top'"),
                row("a reading without the words it reads", append(READING.replace("    quote: \"5 000 habitants et plus\"\n", "")
                        + TWO_OPTIONS),
                        "cdg00.yaml: readings[0]: missing 'quote'"),
                row("an annual fee on a parameter that is not a scale", replace("    scale: fee\n", "    scale: hourlyRate\n"),
                        "cdg00.yaml: rules.annualFee.scale: 'hourlyRate' is not a declared parameter of kind scale"),
                row("an annual fee on an undeclared parameter", replace("    scale: fee\n", "    scale: tarif\n"),
                        "cdg00.yaml: rules.annualFee.scale: 'tarif' is not a declared parameter of kind scale"),
                row("a ceiling that is not a population", replace("    scale: fee\n", "    scale: fee\n    ceiling: hourlyRate\n"),
                        "cdg00.yaml: rules.annualFee.ceiling: 'hourlyRate' is not a declared parameter of kind population"),
                row("a ceiling that is not declared", replace("    scale: fee\n", "    scale: fee\n    ceiling: plafond\n"),
                        "cdg00.yaml: rules.annualFee.ceiling: 'plafond' is not a declared parameter of kind population"),
                row("a ceiling below the last stratum", replace("parameters:\n", "parameters:\n" + ceiling(4999))
                        .andThen(replace("    scale: fee\n", "    scale: fee\n    ceiling: ceil\n"))::apply,
                        "cdg00.yaml: rules.annualFee.ceiling: ceiling 4999 falls outside the last stratum [5000, ∞) of"
                                + " the scale of 2026-01-01"),
                row("a ceiling above a closed last stratum", replace("parameters:\n", "parameters:\n" + ceiling(6000))
                        .andThen(replace("    scale: fee\n", "    scale: fee\n    ceiling: ceil\n"))
                        .andThen(replace("{ from: 5000,           wording", "{ from: 5000, to: 5999, wording"))::apply,
                        "cdg00.yaml: rules.annualFee.ceiling: ceiling 6000 falls outside the last stratum [5000, 5999] of"
                                + " the scale of 2026-01-01"),
                row("a reading setting a ceiling outside the last stratum", replace("parameters:\n", "parameters:\n" + ceiling(5000))
                        .andThen(replace("    scale: fee\n", "    scale: fee\n    ceiling: ceil\n"))
                        .andThen(append(READING + "      - { id: A, meaning: a }\n      - { id: B, meaning: b, sets: { ceil: 10 } }\n"))
                        ::apply,
                        "cdg00.yaml: rules.annualFee.ceiling: ceiling 10 falls outside the last stratum [5000, ∞) of"
                                + " the scale of 2026-01-01"),
                row("a hook for an unknown capability", append("hooks:\n  teleportation: fr.x.Y\n"),
                        "cdg00.yaml: hooks.teleportation: unknown capability 'teleportation' (expected one of [annual-fee,"
                                + " deadlines, hourly-billing, mission-billing, access-decision, compliance-report,"
                                + " cohort-plan, financing])"),
                row("a hook that is not a class name", replace("capabilities: [annual-fee, deadlines]",
                        "capabilities: [annual-fee, deadlines, mission-billing]")
                        .andThen(append("hooks:\n  mission-billing: not a class\n"))::apply,
                        "cdg00.yaml: hooks.mission-billing: a hook names a Java class, e.g. fr.cdgrules.cdg79.Cdg79Module,"
                                + " got 'not a class'"),
                row("a hook whose capability is not declared", append("hooks:\n  mission-billing: fr.x.Y\n"),
                        "cdg00.yaml: hooks: hook 'mission-billing' implements a capability not declared in 'capabilities'"),
                row("an annual-fee rule without the capability", replace("capabilities: [annual-fee, deadlines]",
                        "capabilities: [deadlines]"),
                        "cdg00.yaml: rules: rules.annualFee is given but 'capabilities' does not declare annual-fee"),
                row("an unknown capability", replace("capabilities: [annual-fee, deadlines]",
                        "capabilities: [annual-fee, deadlines, teleportation]"),
                        "cdg00.yaml: capabilities[2]: unknown capability 'teleportation' (expected one of [annual-fee,"
                                + " deadlines, hourly-billing, mission-billing, access-decision, compliance-report,"
                                + " cohort-plan, financing])"),
                row("a capability that needs a hook", replace("capabilities: [annual-fee, deadlines]",
                        "capabilities: [annual-fee, deadlines, mission-billing]"),
                        "cdg00.yaml: capabilities[2]: capability 'mission-billing' needs a hook"),
                row("deadlines without terms", replace("terms:\n  duration", "termz:\n  duration"),
                        "cdg00.yaml: termz: unknown key 'termz' (expected one of " + TOP_KEYS + ")",
                        "cdg00.yaml: capabilities[1]: capability 'deadlines' needs terms or a hook",
                        "cdg00.yaml: sources[0].articles[5]: article 900 art. 5 is cited by no rule, hook or test case and"
                                + " is not marked 'prose: true'"),
                row("an article implemented by an undeclared hook", replace(
                        "        heading: Préambule\n        prose: true\n", "        heading: Préambule\n"
                                + "        implementedBy: [mission-billing]\n"),
                        "cdg00.yaml: sources[0].articles[0].implementedBy: 'mission-billing' is not a declared hook []",
                        "cdg00.yaml: sources[0].articles[0]: article 900 préambule is cited by no rule, hook or test case"
                                + " and is not marked 'prose: true'"),
                row("a test of an unknown kind", replace("    kind: deadlines\n", "    kind: invoice\n"),
                        "cdg00.yaml: tests[3].kind: a test case kind is quote or deadlines, got 'invoice'"),
                row("a quote test that does not say whether eligible", replace(
                        "expected: { eligible: true, fee: \"240.00\" }", "expected: { fee: \"240.00\" }"),
                        "cdg00.yaml: tests[1].expected: missing 'eligible'"),
                row("a deadline test of an unknown deadline", replace("      END_OF_TERM: [2028-12-31]\n",
                        "      END_OF_WORLD: [2028-12-31]\n"),
                        "cdg00.yaml: tests[3].expected.END_OF_WORLD: unknown deadline kind 'END_OF_WORLD' (expected one of"
                                + " [NOTICE_DEADLINE, RENEWAL_DECISION_DEADLINE, RENEWAL_DATE, END_OF_TERM, FINAL_END,"
                                + " CURE_PERIOD_END, TERMINATION_EFFECTIVE])"),
                row("a deadline test with a date that is not one", replace("      END_OF_TERM: [2028-12-31]\n",
                        "      END_OF_TERM: 2028-12-31\n      TERMINATION_EFFECTIVE: [2028-12-31, not-a-date]\n"),
                        "cdg00.yaml: tests[3].expected.TERMINATION_EFFECTIVE[1]: 'not-a-date' is not a date (YYYY-MM-DD)"),
                row("a deadline test whose start is not a date", replace("input: { start: 2026-01-01 }",
                        "input: { start: soon }"),
                        "cdg00.yaml: tests[3].input.start: 'soon' is not a date (YYYY-MM-DD)"),
                row("a quote test choosing a reading with a list", replace("population: 1000, year: 2026 }",
                        "population: 1000, year: 2026, epci: \"200041762\", readings: { top: A, bad: [1] } }"),
                        "cdg00.yaml: tests[1].input.readings.bad: expected a single value"));
    }

    private static String ceiling(long population) {
        return "  ceil:\n    kind: population\n    versions:\n"
                + "      - { effective: 2026-01-01, decision: d, article: \"900 art. 2\", population: " + population + " }\n";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void isRefusedWithEveryErrorNamingFileAndPath(String what, UnaryOperator<String> change, List<String> expected) {
        String yaml = change.apply(Illustrative.yaml());
        InvalidDescriptorException e = assertThrows(InvalidDescriptorException.class,
                () -> DescriptorLoader.read("cdg00.yaml", yaml), what);
        assertEquals(expected, e.errors().stream().map(DescriptorError::toString).toList(), what);
        assertEquals(expected.size() + (expected.size() == 1 ? " error:" : " errors:"), e.getMessage().lines()
                .findFirst().orElseThrow().replaceFirst("^invalid cdg00\\.yaml: ", ""), e.getMessage());
        assertEquals(java.util.Optional.of("cdg00.yaml"), e.field());
    }
}
