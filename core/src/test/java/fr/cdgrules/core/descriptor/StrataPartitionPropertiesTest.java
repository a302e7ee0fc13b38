package fr.cdgrules.core.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The strata check of the loader: a partition is accepted, a gap or an overlap is reported at its stratum. */
class StrataPartitionPropertiesTest {

    private static String descriptor(List<Integer> widths, int shifted, int shift) {
        StringBuilder strata = new StringBuilder();
        long from = 0;
        for (int i = 0; i < widths.size(); i++) {
            long start = i == shifted ? from + shift : from;
            long to = from + widths.get(i) - 1;
            strata.append("          - { from: ").append(start).append(", to: ").append(Math.max(to, start))
                    .append(", wording: \"s").append(i).append("\", fee: \"").append(10 * (i + 1)).append(".00\" }\n");
            from = to + 1;
        }
        int start = Illustrative.yaml().indexOf("        strata:\n") + "        strata:\n".length();
        int end = Illustrative.yaml().indexOf("  hourlyRate:");
        return Illustrative.yaml().substring(0, start) + strata + Illustrative.yaml().substring(end)
                .replaceFirst("(?s)tests:.*", "tests: []\n")
                .replace("article: \"900 art. 1\"", "article: \"900 art. 1\"");
    }

    @Test
    void aPartitionIsAcceptedAndEveryShiftedBoundaryIsReportedAtItsStratum() {
        qt().forAll(lists().of(integers().between(10, 3000)).ofSizeBetween(2, 7), integers().between(0, 1000),
                integers().between(-5, 4))
                .checkAssert((widths, raw, rawShift) -> {
                    int i = 1 + raw % (widths.size() - 1);
                    int shift = rawShift >= 0 ? rawShift + 1 : rawShift;
                    String clean = descriptor(widths, -1, 0);
                    // the tests were dropped: the articles they cited become uncited, mark them prose
                    String prose = clean.replace("heading: Territoire", "heading: Territoire\n        prose: true")
                            .replace("heading: Durée", "heading: Durée\n        prose: true");
                    DescriptorLoader.read("p.yaml", prose);
                    InvalidDescriptorException e = org.junit.jupiter.api.Assertions.assertThrows(
                            InvalidDescriptorException.class,
                            () -> DescriptorLoader.read("p.yaml", descriptor(widths, i, shift)
                                    .replace("heading: Territoire", "heading: Territoire\n        prose: true")
                                    .replace("heading: Durée", "heading: Durée\n        prose: true")));
                    assertEquals(1, e.errors().size(), e.getMessage());
                    assertEquals("parameters.fee.versions[0].strata[" + i + "]", e.errors().get(0).path());
                    assertEquals(shift > 0 ? "gap" : "overlap", e.errors().get(0).message().split(" ")[0].replace(":", ""));
                });
    }
}
