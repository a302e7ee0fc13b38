package fr.cdgrules.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.cdgrules.core.error.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void rejectsSubCentDigits() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Money.of(new BigDecimal("1.005")));
        assertEquals("amount", e.field().orElseThrow());
    }

    @Test
    void propertyCentsRoundTrip() {
        qt().forAll(longs().between(-1_000_000_000L, 1_000_000_000L))
                .check(c -> Money.ofCents(c).cents() == c);
    }
}
