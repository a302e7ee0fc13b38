package fr.cdgrules.core.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.billing.TimesheetEntry;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.citation.Source;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.ConventionState;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.lifecycle.RenewalPolicy;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.territory.Territory;
import fr.cdgrules.core.timeline.Timeline;
import fr.cdgrules.core.timeline.Version;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threeten.extra.LocalDateRange;

/** Regression tests for the contract bugs of issue 14. */
class ContractRegressionTest {
    static final Citation ART = Citation.of("000", "art. 4");

    @Test
    void runningTermsCannotBeChangedFromOutside() {
        ConventionTerms terms = ConventionTerms.of(Period.ofYears(2), ART,
                RenewalPolicy.tacit(1, Period.ofYears(2), Period.ofMonths(1), ART), List.of());
        Convention c = Convention.of(terms, LocalDate.of(2026, 1, 1));
        ConventionState before = c.stateAt(LocalDate.of(2028, 6, 1));
        List<LocalDateRange> terms1 = c.runningTerms();
        assertThrows(UnsupportedOperationException.class, terms1::clear);
        assertEquals(before, c.stateAt(LocalDate.of(2028, 6, 1)));
        assertEquals(2, c.runningTerms().size());
    }

    @Test
    void aValueWithNoJsonFormIsAnErrorNotAnEmptyObject() {
        Territory t = Territory.departments("the Deux-Sèvres (79)", ART, "79");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CdgJson.write(t));
        assertTrue(e.getMessage().contains("no JSON form"), e.getMessage());
        Timeline<Money> tl = Timeline.of("fee", List.of(Version.of(LocalDate.of(2026, 1, 1), Money.ofEuros(150),
                Source.of("délibération", ART))));
        assertThrows(IllegalArgumentException.class, () -> CdgJson.write(tl.at(LocalDate.of(2026, 3, 1))));
        assertThrows(IllegalArgumentException.class, () -> CdgJson.write(new Object()));
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T serialised(T e) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void exceptionsKeepTheirCitationsThroughJavaSerialisation() throws Exception {
        Citation other = Citation.of("003", "annexe 2");
        List<CdgRulesException> all = List.of(
                new InvalidInputException("population.inhabitants", ART, "negative"),
                new NothingInForceException("cdg79.pack", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1), List.of(ART, other)),
                new NoRuleAppliesException("billing", List.of(ART, other)),
                new RuleConflictException("billing", List.of(ART, other)),
                new ConventionNotInForceException("a fee for 2031", LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31), ART),
                new NotEligibleException("billing of Aiguillon", "outside the Deux-Sèvres", ART),
                new UnknownRuleModuleException("cdg99", List.of("cdg79")));
        for (CdgRulesException e : all) {
            CdgRulesException back = serialised(e);
            assertEquals(e.rules(), back.rules(), e.getClass().getSimpleName());
            assertEquals(e.getMessage(), back.getMessage());
            assertEquals(e.field(), back.field());
            assertEquals(e.isRefusal(), back.isRefusal());
        }
        assertEquals(LocalDate.of(2025, 1, 1), serialised((NothingInForceException) all.get(1)).firstEffective());
    }

    @Test
    void refusalsAndInvalidInputAreTwoFamilies() {
        assertFalse(new InvalidInputException("x", null, "bad").isRefusal());
        assertFalse(new UnknownRuleModuleException("x", List.of()).isRefusal());
        assertTrue(new NotEligibleException("s", "r", ART).isRefusal());
        assertTrue(new NoRuleAppliesException("s", List.of(ART)).isRefusal());
        assertTrue(new ConventionNotInForceException("s", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), ART).isRefusal());
        NotEligibleException e = new NotEligibleException("billing of Aiguillon", "outside the Deux-Sèvres", ART);
        assertEquals("not eligible: billing of Aiguillon: outside the Deux-Sèvres (000 art. 4)", e.getMessage());
        assertEquals(List.of(ART), e.rules());
        assertEquals("billing of Aiguillon", e.subject());
    }

    /** Documents that do not fit: the message names the field in domain words, never a Java or Jackson name. */
    @ParameterizedTest
    @ValueSource(strings = {
            "{\"date\": 5, \"hours\": \"7\", \"activity\": \"WORK\"}",
            "{\"date\": \"2026-13-01\", \"hours\": \"7\", \"activity\": \"WORK\"}",
            "{\"date\": \"2026-01-05\", \"hours\": true, \"activity\": \"WORK\"}",
            "{\"date\": \"2026-01-05\", \"hours\": \"7\", \"activity\": \"PLAY\"}",
            "{\"date\": \"2026-01-05\", \"hours\": \"7\"}",
            "{\"date\": \"2026-01-05\", \"hours\": \"7\", \"activity\": \"WORK\", \"x\": 1}",
            "{\"date\": \"2026-01-05\", \"hours\": [7], \"activity\": \"WORK\"}",
            "{\"date\": {}, \"hours\": \"7\", \"activity\": \"WORK\"}",
            "{\"date\": \"2026-01-05\", \"hours\": \"7\", \"activity\": 3}",
            "[]", "\"text\"", "42", "{", "{\"date\": }", "{} {}", "",
    })
    void messagesNeverShowJavaOrJacksonNames(String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CdgJson.read(json, TimesheetEntry.class));
        assertClean(e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"inhabitants\": \"x\", \"basis\": \"MUNICIPALE\", \"vintage\": 2026}",
            "{\"inhabitants\": 1.5, \"basis\": \"MUNICIPALE\", \"vintage\": 2026}",
            "{\"inhabitants\": null, \"basis\": \"MUNICIPALE\", \"vintage\": 2026}",
            "{\"inhabitants\": 99999999999999999999, \"basis\": \"MUNICIPALE\", \"vintage\": 2026}",
            "{\"inhabitants\": 1, \"basis\": \"MUNICIPALE\", \"vintage\": 2026.5}"})
    void populationMessagesNameTheFieldInDomainWords(String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CdgJson.read(json, Population.class));
        assertClean(e.getMessage());
        assertTrue(e.field().orElseThrow().equals("inhabitants") || e.field().orElseThrow().equals("vintage"), e.getMessage());
    }

    static void assertClean(String message) {
        for (String internal : List.of("java.", "tools.jackson", "fr.cdgrules", "Immutable", "$", "JsonToken",
                "START_", "VALUE_", "`", "\n", "LocalDate", "BigDecimal", "Integer", "Json")) {
            assertFalse(message.contains(internal), "'" + internal + "' in: " + message);
        }
    }
}
