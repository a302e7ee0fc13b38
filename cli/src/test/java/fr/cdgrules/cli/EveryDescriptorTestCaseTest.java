package fr.cdgrules.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.descriptor.DescriptorTestCases;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.RuleModules;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** One generic test, in the manner of OpenFisca's YAML tests: every test case of every descriptor found. */
class EveryDescriptorTestCaseTest {

    @TestFactory
    Stream<DynamicTest> everyTestCaseOfEveryBundledDescriptor() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleModule m : RuleModules.load().all()) {
            DescriptorTestCases.run(m).forEach(r -> tests.add(DynamicTest.dynamicTest(r.module() + ": " + r.testCase().name(),
                    () -> assertTrue(r.passed(), r::toString))));
        }
        assertTrue(tests.size() >= 9, "the cdg79 and cucm descriptors have test cases");
        return tests.stream();
    }
}
