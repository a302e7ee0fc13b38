package fr.cdgrules.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.descriptor.PreParsedDescriptor;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The build wrote the pre-parsed form of every bundled descriptor (what a quote reads at start), and
 * each is faithful to the text beside it: made from it, holding the tree a fresh parse gives.
 */
class BundledDescriptorFormsTest {
    private static void faithful(Class<?> anchor, String resource) throws IOException {
        try (InputStream yaml = anchor.getResourceAsStream(resource);
                InputStream form = anchor.getResourceAsStream(resource + PreParsedDescriptor.SUFFIX)) {
            assertNotNull(yaml, resource);
            assertNotNull(form, resource + PreParsedDescriptor.SUFFIX + " (written by the build)");
            assertTrue(PreParsedDescriptor.isFaithful(yaml, form), resource);
        }
    }

    @Test
    void everyBundledDescriptorHasAFaithfulPreParsedForm() throws IOException {
        faithful(fr.cdgrules.cdg79.Cdg79Descriptor.class, fr.cdgrules.cdg79.Cdg79Descriptor.RESOURCE);
        faithful(fr.cdgrules.cdg44.Cdg44Descriptor.class, fr.cdgrules.cdg44.Cdg44Descriptor.RESOURCE);
        faithful(fr.cdgrules.cdg62.Cdg62Descriptor.class, fr.cdgrules.cdg62.Cdg62Descriptor.RESOURCE);
        faithful(fr.cdgrules.cucm.CucmDescriptor.class, fr.cdgrules.cucm.CucmDescriptor.RESOURCE);
    }
}
