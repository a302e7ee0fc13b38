package fr.cdgrules.core.module;

import fr.cdgrules.core.strata.StrataScale;
import fr.cdgrules.core.timeline.Timeline;
import fr.cdgrules.core.timeline.Version;

/**
 * Capability: the annual fee under a proposed or newly decided tariff version (a new deliberation),
 * without rebuilding the module — the same rules (territory, readings, exempt years), another scale
 * from the version's effective date.
 */
public interface TariffRevision {
    /** @return the module's fee scale, as bundled */
    Timeline<StrataScale> feeTariff();

    /**
     * @param version a dated scale with its deciding act and article
     * @return the annual fee with that version added (replacing one of the same date)
     */
    AnnualFees withFeeTariff(Version<StrataScale> version);
}
