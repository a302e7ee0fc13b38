package fr.cdgrules.cucm.replacement;

import fr.cdgrules.core.calendar.CalendarMonths;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.finding.Findings;
import fr.cdgrules.cucm.source.CucmText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The conditions of art. 3 on a request. Only two are hard rules, giving a refusal: the commune
 * must be a member of the CUCM, and the forecast period must lie within the framework convention
 * (1 July 2022 – 30 June 2024, art. 9). The others are soft and give warnings, never a refusal:
 *
 * <ul>
 *   <li>notice: "Il sera demandé aux communes de respecter <em>autant que possible</em> un délai de
 *       prévenance d'une semaine" — warned when the first day is less than 7 days after the request;
 *   <li>minimum: "il est <em>souhaité</em> que le remplacement à effectuer soit d'une durée minimale de
 *       1 semaine consécutive" — warned under 7 days;
 *   <li>maximum: "la durée d'un remplacement ne pourra pas excéder 2 mois <em>hormis les cas
 *       exceptionnels</em> et sous réserve de la disponibilité de l'agent remplaçant" (contract, art. 1:
 *       "(maximum 2 mois)") — warned beyond two calendar months from the first day;
 *   <li>information: "La commune devra fournir [...] les principales missions à exercer par l'agent" —
 *       warned when none is given.
 * </ul>
 */
public final class RequestChecks {
    private RequestChecks() {}

    /** Notice, minimum duration: "une semaine", 7 days. */
    public static final int ONE_WEEK_DAYS = 7;

    /** Maximum duration "hormis les cas exceptionnels": two calendar months. */
    public static final int MAXIMUM_MONTHS = 2;

    /**
     * @param request the request
     * @return the refusals and warnings, in the order above; empty when every rule is met
     */
    public static Findings check(ReplacementRequest request) {
        List<Finding> found = new ArrayList<>();
        if (!CucmText.TERRITORY.contains(request.commune())) {
            found.add(Finding.refusal("not-a-member-commune", CucmText.TERRITORY.outsideReason(request.commune())
                    + " (« Toutes les communes de la CUCM peuvent adhérer au service commun »)", CucmText.ART_3));
        }
        if (request.start().isBefore(CucmText.CONVENTION_START)
                || request.forecastLastDay().isAfter(CucmText.CONVENTION_LAST_DAY)) {
            found.add(Finding.refusal("outside-convention-period", "the forecast period " + request.start() + " to "
                    + request.forecastLastDay() + " is not within the framework convention, in force from "
                    + CucmText.CONVENTION_START + " to " + CucmText.CONVENTION_LAST_DAY, CucmText.ART_9));
        }
        LocalDate noticeDate = request.requestedOn().plusDays(ONE_WEEK_DAYS);
        if (request.start().isBefore(noticeDate)) {
            found.add(Finding.warning("notice-shorter-than-one-week", "asked on " + request.requestedOn() + " for "
                    + request.start() + ": less than the week of notice to respect « autant que possible » (a start on "
                    + noticeDate + " or later)", CucmText.ART_3));
        }
        if (request.forecastDays() < ONE_WEEK_DAYS) {
            found.add(Finding.warning("shorter-than-one-week", request.forecastDays() + " day(s) forecast: « il est "
                    + "souhaité » that a replacement lasts at least one consecutive week", CucmText.ART_3));
        }
        LocalDate twoMonths = CalendarMonths.plusMonths(request.start(), MAXIMUM_MONTHS);
        if (request.forecastEndExclusive().isAfter(twoMonths)) {
            found.add(Finding.warning("longer-than-two-months", "forecast until " + request.forecastLastDay()
                    + ", beyond two months (last day " + twoMonths.minusDays(1) + "): allowed only in « les cas "
                    + "exceptionnels » and if the agent is available", CucmText.ART_3));
        }
        if (request.mainTasks().isEmpty()) {
            found.add(Finding.warning("main-tasks-missing", "« La commune devra fournir [...] les principales missions "
                    + "à exercer par l'agent »: none given", CucmText.ART_3));
        }
        return Findings.of(found);
    }
}
