package fr.cdgrules.cdg44.financing;

import fr.cdgrules.core.citation.Citation;
import java.util.List;
import java.util.Set;

/**
 * One sentence of the text that names a payer: the costs and statuses it covers, the payer, the
 * extent, the paragraphs and the words. The rules of {@link Financing} never overlap.
 */
record PayerRule(Set<Cost> costs, Set<TraineeStatus> statuses, Payer payer, Extent extent, List<Citation> citations,
        String quote) {
    boolean covers(Cost cost, TraineeStatus status) {
        return costs.contains(cost) && statuses.contains(status);
    }
}
