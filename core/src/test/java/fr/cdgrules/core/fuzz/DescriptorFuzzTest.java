package fr.cdgrules.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.cdgrules.core.descriptor.Descriptor;
import fr.cdgrules.core.descriptor.DescriptorError;
import fr.cdgrules.core.descriptor.DescriptorLoader;
import fr.cdgrules.core.descriptor.InvalidDescriptorException;
import fr.cdgrules.core.descriptor.ParameterFragment;
import fr.cdgrules.core.error.InvalidInputException;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets for descriptor files and parameter fragments (YAML). Oracle: the file is accepted (and
 * read twice gives the same descriptor; a fragment applies to the illustrative descriptor or is
 * refused) or refused with an {@link InvalidDescriptorException} (or, for an unreadable text, an
 * {@link InvalidInputException}) whose messages name no Java type. Corpus:
 * {@code DescriptorFuzzTestInputs/<method>/}.
 */
class DescriptorFuzzTest {
    private static final Descriptor ILLUSTRATIVE = DescriptorLoader.resource(DescriptorFuzzTest.class,
            "/fr/cdgrules/core/descriptor/illustrative-cdg00.yaml");

    @FuzzTest(maxDuration = "10m")
    void descriptor(byte[] data) {
        String yaml = new String(data, StandardCharsets.UTF_8);
        try {
            Descriptor d = DescriptorLoader.read("fuzz.yaml", yaml);
            Descriptor again = DescriptorLoader.read("fuzz.yaml", yaml);
            if (!d.toString().equals(again.toString()) || !d.parameters().keySet().equals(again.parameters().keySet())
                    || d.articles().size() != again.articles().size() || !d.citedBy().equals(again.citedBy())
                    || d.readings().size() != again.readings().size()) {
                throw new AssertionError("the same text read twice differs");
            }
        } catch (InvalidInputException e) {
            refused(e, yaml);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void parameterFragment(byte[] data) {
        String yaml = new String(data, StandardCharsets.UTF_8);
        try {
            ParameterFragment f = DescriptorLoader.readFragment("fuzz.yaml", yaml);
            Descriptor revised = ILLUSTRATIVE.withParameters(f);
            if (!revised.id().equals(ILLUSTRATIVE.id()) || !revised.citedBy().equals(ILLUSTRATIVE.citedBy())
                    || !revised.parameters().keySet().equals(ILLUSTRATIVE.parameters().keySet())) {
                throw new AssertionError("a fragment changed more than parameters");
            }
        } catch (InvalidInputException e) {
            refused(e, yaml);
        }
    }

    private static void refused(InvalidInputException e, String input) {
        FuzzOracle.humane(e.getMessage(), input);
        if (e instanceof InvalidDescriptorException d) {
            if (d.errors().isEmpty()) {
                throw new AssertionError("a refused descriptor with no error");
            }
            for (DescriptorError err : d.errors()) {
                FuzzOracle.humane(err.toString(), input);
            }
        }
    }
}
