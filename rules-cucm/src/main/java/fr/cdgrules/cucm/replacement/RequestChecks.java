package fr.cdgrules.cucm.replacement;

import fr.cdgrules.core.calendar.CalendarMonths;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.finding.Findings;
import fr.cdgrules.cucm.convention.FrameworkPeriod;
import fr.cdgrules.cucm.CucmArticles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The conditions of art. 3 on a request. Three are hard rules, giving a refusal: the commune
 * must be a member of the CUCM, it must have adhered before the replacement starts (art. 4: « Le
 * recours au service nécessite la signature d'un contrat de prestation », open to an adherent commune),
 * and the forecast period must lie within the framework convention (1 July 2022 – 30 June 2024, art. 9,
 * or as reconducted after the bilan, {@link FrameworkPeriod}). The others are soft and give warnings,
 * never a refusal:
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

    /**
     * Notice, minimum duration: « une semaine », 7 days (parameters {@code requestNoticeDays} and
     * {@code minimumReplacementDays} of the descriptor, both 7).
     */
    public static final int ONE_WEEK_DAYS = fr.cdgrules.cucm.CucmParameters.whole("requestNoticeDays");

    /** « une durée minimale de 1 semaine consécutive »: parameter {@code minimumReplacementDays}. */
    private static final int MINIMUM_DAYS = fr.cdgrules.cucm.CucmParameters.whole("minimumReplacementDays");

    /**
     * Maximum duration « 2 mois hormis les cas exceptionnels »: two calendar months, parameter
     * {@code maximumReplacementMonths}.
     */
    public static final int MAXIMUM_MONTHS = fr.cdgrules.cucm.CucmParameters.whole("maximumReplacementMonths");

    /**
     * @param request the request
     * @return the refusals and warnings, in the order above, within the convention as the text sets it
     */
    public static Findings check(ReplacementRequest request) {
        return check(request, FrameworkPeriod.initial());
    }

    /**
     * @param request the request
     * @param period the framework convention's period of force, with its reconductions
     * @return the refusals and warnings, in the order above; empty when every rule is met
     * @throws NullPointerException if an argument is null
     */
    public static Findings check(ReplacementRequest request, FrameworkPeriod period) {
        java.util.Objects.requireNonNull(request, "request");
        java.util.Objects.requireNonNull(period, "period");
        List<Finding> found = new ArrayList<>();
        if (!fr.cdgrules.cucm.CucmDescriptor.bundled().territory().contains(request.commune())) {
            found.add(Finding.refusal("not-a-member-commune", fr.cdgrules.cucm.CucmDescriptor.bundled().territory().outsideReason(request.commune())
                    + " (« Toutes les communes de la CUCM peuvent adhérer au service commun »)", CucmArticles.ART_3));
        }
        if (request.adhesionDate().isEmpty()) {
            found.add(Finding.refusal("no-adhesion", request.commune() + " has not adhered: « Le recours au service "
                    + "nécessite la signature d'un contrat de prestation de service », made with a commune that has "
                    + "adhered (deliberation, then annex 1)", CucmArticles.ART_4));
        } else if (request.start().isBefore(request.adhesionDate().get())) {
            found.add(Finding.refusal("before-adhesion", "the replacement would start on " + request.start()
                    + ", before the commune's adhesion of " + request.adhesionDate().get(), CucmArticles.ART_4));
        }
        if (!period.contains(request.start()) || !period.contains(request.forecastLastDay())) {
            found.add(Finding.refusal("outside-convention-period", "the forecast period " + request.start() + " to "
                    + request.forecastLastDay() + " is not within the framework convention, in force from "
                    + period.describe(), period.reconductions().isEmpty() ? CucmArticles.ART_9 : CucmArticles.ART_12));
        }
        LocalDate noticeDate = request.requestedOn().plusDays(ONE_WEEK_DAYS);
        if (request.start().isBefore(noticeDate)) {
            found.add(Finding.warning("notice-shorter-than-one-week", "asked on " + request.requestedOn() + " for "
                    + request.start() + ": less than the week of notice to respect « autant que possible » (a start on "
                    + noticeDate + " or later)", CucmArticles.ART_3));
        }
        if (request.forecastDays() < MINIMUM_DAYS) {
            found.add(Finding.warning("shorter-than-one-week", request.forecastDays() + " day(s) forecast: « il est "
                    + "souhaité » that a replacement lasts at least one consecutive week", CucmArticles.ART_3));
        }
        LocalDate twoMonths = CalendarMonths.plusMonths(request.start(), MAXIMUM_MONTHS);
        if (request.forecastEndExclusive().isAfter(twoMonths)) {
            found.add(Finding.warning("longer-than-two-months", "forecast until " + request.forecastLastDay()
                    + ", beyond two months (last day " + twoMonths.minusDays(1) + "): allowed only in « les cas "
                    + "exceptionnels » and if the agent is available", CucmArticles.ART_3));
        }
        if (request.mainTasks().isEmpty()) {
            found.add(Finding.warning("main-tasks-missing", "« La commune devra fournir [...] les principales missions "
                    + "à exercer par l'agent »: none given", CucmArticles.ART_3));
        }
        return Findings.of(found);
    }
}
