package fr.cdgrules.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.feerun.FeeRunOptions;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.territory.Territory;
import fr.cdgrules.core.citation.Citation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A value with no JSON form is refused at every depth, never written as {@code {}}: at the top level, as a
 * field of a larger value, as an element of a list, as the value of a map. The message names the path of the
 * part in words, never a Java type.
 */
class NoJsonFormTest {
    /** Options of a fee run: a record of dates and functions, with no JSON form (its type carries no property). */
    static final FeeRunOptions OPTIONS = FeeRunOptions.issuedOn(LocalDate.of(2026, 5, 15));
    /** Who may join: rules, with no JSON form (no Jackson annotation at all). */
    static final Territory TERRITORY = Territory.departments("the Deux-Sèvres (79)", Citation.of("000", "art. 1"), "79");
    /** Java type names of the values refused here, which no message may show. */
    static final Pattern JAVA_NAME = Pattern.compile("FeeRunOptions|Territory|Holder|Run|java\\.|fr\\.cdgrules|Immutable");

    /** A value holding an amount and a part with no JSON form. */
    static final class Holder {
        @JsonProperty("fee")
        final Money fee = Money.ofEuros(150);
        @JsonProperty("options")
        final Object options;

        Holder(Object options) {
            this.options = options;
        }
    }

    /** A run of several holders, to nest the part deeper, under a list. */
    static final class Run {
        @JsonProperty("year")
        final int year = 2026;
        @JsonProperty("lines")
        final List<Holder> lines;

        Run(List<Holder> lines) {
            this.lines = lines;
        }
    }

    private static String refused(Object value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CdgJson.write(value));
        assertTrue(e.getMessage().startsWith("this value has no JSON form"), e.getMessage());
        assertFalse(JAVA_NAME.matcher(e.getMessage()).find(), e.getMessage());
        return e.getMessage();
    }

    @Test
    void atTheTopLevel() {
        assertEquals("this value has no JSON form: it is a rule, a service or a set of options, not a figure or a"
                + " document", refused(OPTIONS));
        assertEquals("this value has no JSON form: it is a rule, a service or a set of options, not a figure or a"
                + " document", refused(TERRITORY));
    }

    @Test
    void asAFieldOfALargerValue() {
        assertEquals("this value has no JSON form: its part 'options' has none (it is a rule, a service or a set of"
                + " options, not a figure or a document)", refused(new Holder(OPTIONS)));
        assertTrue(refused(new Holder(TERRITORY)).contains("its part 'options' has none"));
    }

    @Test
    void deeperUnderAListAndAMap() {
        Run run = new Run(List.of(new Holder(Money.ofEuros(1)), new Holder(Money.ofEuros(2)), new Holder(OPTIONS)));
        assertTrue(refused(run).contains("its part 'lines[2].options' has none"), refused(run));
        assertTrue(refused(Map.of("run", run)).contains("its part 'run.lines[2].options' has none"));
        assertTrue(refused(List.of(OPTIONS)).contains("its part '[0]' has none"));
        assertTrue(refused(Map.of("territory", TERRITORY)).contains("its part 'territory' has none"));
    }

    @Test
    void aValueWithAJsonFormAroundOnesWithAJsonFormIsWritten() {
        String json = CdgJson.write(new Run(List.of(new Holder(Money.ofEuros(1)))));
        assertTrue(json.contains("\"options\" : \"1.00\""), json);
        assertEquals("{ }", CdgJson.write(Map.of()));
    }
}
