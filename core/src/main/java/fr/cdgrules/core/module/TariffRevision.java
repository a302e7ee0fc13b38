package fr.cdgrules.core.module;

import fr.cdgrules.core.strata.StrataScale;
import fr.cdgrules.core.timeline.Timeline;

/**
 * Capability: the annual fee follows a dated fee scale that a new deliberation can revise without
 * rebuilding the module — the same rules (territory, readings, exempt years), another scale from the
 * version's effective date. The revision is a parameter fragment applied with
 * {@link RuleModule#withParameters(fr.cdgrules.core.descriptor.ParameterFragment)}: the derived module's
 * {@link RuleModule#annualFees()} uses the supplied version, which traces name as supplied.
 */
public interface TariffRevision {
    /** @return the module's fee scale (the bundled versions; a module may include the versions supplied to it) */
    Timeline<StrataScale> feeTariff();
}
