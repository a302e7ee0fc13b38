package fr.cdgrules.cucm.billing;

/**
 * How the provisional cost (art. 5: « Avant toute mission, la CUCM établira un coût prévisionnel sur
 * la base de la durée prévisionnelle de la mission ») splits a forecast given as one total of hours
 * when the mission runs across 31 December or across a revision of the unit cost: each budget year's
 * forecast hours are priced with that year's prepaid hours, and each hour at the cost in force on its
 * day. A forecast given day by day ({@link MissionSheet#forecast()}) is never split.
 */
public enum ForecastSplitReading {
    /**
     * Default: the total is shared between the parts of the mission pro rata of their weekdays (Monday to
     * Friday, the days a mairie secretary works), exactly (a mission of 15 weekdays, 5 in December and
     * 10 in January, forecast 105 h: 35 h in the first year, 70 h in the second). A mission with no
     * weekday is shared pro rata of its calendar days.
     */
    WEEKDAYS_PRO_RATA,
    /**
     * The total is not split: the estimate is refused and asks for the forecast day by day
     * ({@code forecast}).
     */
    REQUIRE_DATED_FORECAST
}
