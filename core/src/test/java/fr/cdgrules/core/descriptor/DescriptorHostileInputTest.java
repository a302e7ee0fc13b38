package fr.cdgrules.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Findings of the descriptor fuzz targets and of the value contract, each pinned. */
class DescriptorHostileInputTest {
    private static final String ILLUSTRATIVE = text("/fr/cdgrules/core/descriptor/illustrative-cdg00.yaml");

    private static String text(String resource) {
        try (InputStream in = DescriptorHostileInputTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvalidDescriptorException refused(String yaml) {
        return assertThrows(InvalidDescriptorException.class, () -> DescriptorLoader.read("x.yaml", yaml));
    }

    @Test
    void aMissingKeyIsReportedNotAnInternalError() {
        // found by DescriptorFuzzTest#descriptor: the loader reported an error at a key that was missing (NPE)
        InvalidDescriptorException e = refused(ILLUSTRATIVE.replaceFirst("        strata:", "        strat/a:"));
        assertTrue(e.getMessage().contains("strata"), e.getMessage());
        refused(ILLUSTRATIVE.replaceFirst("effective: 2026-01-01", "effective: 1013-01-01"));
    }

    @Test
    void aHugeNumberIsRefusedAtOnceInDomainWords() {
        // found by DescriptorFuzzTest#descriptor: the YAML parser's message named java.lang.NumberFormatException
        InvalidDescriptorException e = refused(ILLUSTRATIVE.replaceFirst("from: 5000", "from: 1e10000005000"));
        assertFalse(e.getMessage().contains("java.") || e.getMessage().contains("`"), e.getMessage());
        // an amount written 1e-999999999 hung the loader (printing it); now refused by its length
        InvalidDescriptorException h = refused(ILLUSTRATIVE.replaceFirst("amount: \"40.00\"", "amount: \"1e-999999999\""));
        assertTrue(h.getMessage().contains("1e-999999999"), h.getMessage());
        InvalidDescriptorException d = refused(ILLUSTRATIVE.replaceFirst("amount: \"40.00\"",
                "amount: \"0.0000000000000000000001\""));
        assertTrue(d.getMessage().contains("decimals"), d.getMessage());
    }

    @Test
    void datesOutsideTheSupportedRangeAreRefused() {
        InvalidDescriptorException e = refused(ILLUSTRATIVE.replaceFirst("effective: 2026-01-01", "effective: 2200-01-01"));
        assertTrue(e.getMessage().contains("outside the supported dates"), e.getMessage());
    }

    @Test
    void whatADescriptorHandsOutCannotChangeIt() {
        Descriptor d = DescriptorLoader.read("x.yaml", ILLUSTRATIVE);
        List<Article> articles = d.articles();
        assertThrows(UnsupportedOperationException.class, articles::clear);
        DescriptorModule m = DescriptorModule.of(d);
        Set<?> capabilities = m.capabilities();
        assertThrows(UnsupportedOperationException.class, capabilities::clear);
        assertThrows(UnsupportedOperationException.class, () -> m.readings().clear());
        assertEquals(d.articles(), DescriptorLoader.read("x.yaml", ILLUSTRATIVE).articles(), "articles are values");
    }

    @Test
    void aRefusedDescriptorKeepsItsErrorsThroughJavaSerialisation() throws Exception {
        InvalidDescriptorException e = refused(ILLUSTRATIVE.replaceFirst("effective: 2026-01-01", "effective: 2200-01-01"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            InvalidDescriptorException back = (InvalidDescriptorException) in.readObject();
            assertEquals(e.errors(), back.errors());
            assertEquals(e.getMessage(), back.getMessage());
        }
    }
}
