package fr.cdgrules.core.module;

import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.territory.Collectivity;
import java.time.Year;

/** The annual-fee capability of a priced rule module. */
@FunctionalInterface
public interface AnnualFees {
    /**
     * @param collectivity the collectivity, with its population
     * @param year the budget year
     * @return the quote; not eligible (with the reason) outside the territory or the scale
     * @throws fr.cdgrules.core.error.NothingInForceException if no tariff or convention is in force that year
     */
    AnnualFeeQuote quote(Collectivity collectivity, Year year);
}
