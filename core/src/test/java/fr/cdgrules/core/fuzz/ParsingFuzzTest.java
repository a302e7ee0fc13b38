package fr.cdgrules.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.cdgrules.core.billing.Timesheet;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.territory.Collectivity;

/**
 * Fuzz targets for the text and JSON inputs of core. In a plain build they replay their regression
 * corpus ({@code src/test/resources/fr/cdgrules/core/fuzz/ParsingFuzzTestInputs/<method>/}); with
 * {@code -Pfuzz} (JAZZER_FUZZ=1) each runs for its {@code maxDuration}. Anything but a value or an
 * {@link InvalidInputException} (an undocumented exception, a hang, running out of memory) is a finding.
 */
class ParsingFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void moneyParse(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            Money m = Money.parse(text);
            if (!Money.parse(m.toString()).equals(m)) {
                throw new AssertionError("round trip of " + m);
            }
        } catch (InvalidInputException | NullPointerException expected) {
            // documented refusal
        }
    }

    @FuzzTest(maxDuration = "10m")
    void hoursParse(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            Hours h = Hours.parse(text);
            if (!Hours.parse(h.toString()).equals(h)) {
                throw new AssertionError("round trip of " + h);
            }
        } catch (InvalidInputException expected) {
            // documented refusal
        }
    }

    @FuzzTest(maxDuration = "10m")
    void jsonValues(FuzzedDataProvider data) {
        int which = data.consumeInt(0, 3);
        String json = data.consumeRemainingAsString();
        Class<?> type = switch (which) {
            case 0 -> Timesheet.class;
            case 1 -> Population.class;
            case 2 -> Collectivity.class;
            default -> Money.class;
        };
        try {
            Object value = CdgJson.read(json, type);
            if (!CdgJson.read(CdgJson.write(value), type).equals(value)) {
                throw new AssertionError("JSON round trip of " + value);
            }
        } catch (InvalidInputException expected) {
            // a message may quote the input back (a backtick in an amount the input wrote is not an internal)
            FuzzOracle.humane(expected.getMessage(), json);
        }
    }
}
