package fr.cdgrules.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cdgrules.core.money.Money;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The limits on a number written in a descriptor (LIMITS.md): at most 40 characters, 18 significant
 * digits and 18 decimals, each exactly at its boundary; the error names the file, the path and the limit.
 */
class DescriptorNumberLimitsTest {
    private static final String ILLUSTRATIVE = text("/fr/cdgrules/core/descriptor/illustrative-cdg00.yaml");
    private static final String AMOUNT = "amount: \"40.00\"";
    private static final String FROM = "from: 5000,";
    private static final String AMOUNT_PATH = "x.yaml: parameters.hourlyRate.versions[0].amount: ";
    private static final String FROM_PATH = "x.yaml: parameters.fee.versions[0].strata[2].from: ";

    private static String text(String resource) {
        try (InputStream in = DescriptorNumberLimitsTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Descriptor read(String from, String to) {
        return DescriptorLoader.read("x.yaml", ILLUSTRATIVE.replaceFirst(from, to));
    }

    private static List<String> errors(String from, String to) {
        return assertThrows(InvalidDescriptorException.class, () -> read(from, to)).errors().stream()
                .map(DescriptorError::toString).toList();
    }

    private static Money hourlyRate(Descriptor d) {
        return (Money) d.parameter("hourlyRate").versions().get(0).value();
    }

    @Test
    void aNumberOfFortyCharactersIsReadOneOfFortyOneIsNot() {
        String forty = "0".repeat(35) + "40.00";
        assertEquals(40, forty.length());
        assertEquals(Money.ofEuros(40), hourlyRate(read(AMOUNT, "amount: \"" + forty + "\"")));
        assertEquals(List.of(AMOUNT_PATH + "a number is written in at most 40 characters, got 41"),
                errors(AMOUNT, "amount: \"0" + forty + "\""));
    }

    @Test
    void eighteenSignificantDigitsAreReadNineteenAreNot() {
        // 5000 written with 18 significant digits is still 5 000 inhabitants
        Descriptor d = read(FROM, "from: 5000.00000000000000,");
        assertEquals(5000, ((fr.cdgrules.core.strata.StrataScale) d.parameter("fee").versions().get(0).value()).strata().get(2).from());
        assertEquals(List.of(FROM_PATH + "'5000.000000000000000' has more than 18 significant digits or 18 decimals"),
                errors(FROM, "from: 5000.000000000000000,"));
    }

    @Test
    void eighteenDecimalsAreReadNineteenAreNot() {
        // 18 decimals pass the limit and are then refused as a population (not a whole number); the YAML
        // parser hands the nineteen-decimal number over as 1E-19
        assertEquals(List.of(FROM_PATH + "expected a whole number, got 0.000000000000000001"),
                errors(FROM, "from: 0.000000000000000001,"));
        assertEquals(List.of(FROM_PATH + "'1E-19' has more than 18 significant digits or 18 decimals"),
                errors(FROM, "from: 0.0000000000000000001,"));
    }
}
