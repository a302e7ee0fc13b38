package fr.cdgrules.cdg62;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.descriptor.Descriptor;
import fr.cdgrules.core.descriptor.DescriptorTestCases;
import org.junit.jupiter.api.Test;

/** The module takes its territory, terms, texts and body from the bundled descriptor; its test cases pass. */
class Cdg62DescriptorTest {
    private final Cdg62Module module = new Cdg62Module();

    @Test
    void theDescriptorAndTheJavaAgree() {
        Descriptor d = module.descriptor().orElseThrow();
        assertEquals(module.territory(), d.territory());
        assertEquals(module.conventionTerms(), d.terms().orElseThrow());
        assertEquals(module.sources(), d.sources());
        assertEquals(module.issuingBody(), d.body());
    }

    @Test
    void everyTestCaseOfTheDescriptorPasses() {
        DescriptorTestCases.run(module).forEach(r -> assertTrue(r.passed(), r.toString()));
        assertEquals(1, DescriptorTestCases.run(module).size());
    }
}
