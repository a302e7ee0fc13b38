package fr.cdgrules.cucm.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.billing.Timesheet;
import fr.cdgrules.core.billing.TimesheetEntry;
import fr.cdgrules.core.calendar.CalendarMonths;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.cucm.CucmArticles;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A replacement mission as the CLI reads it ({@code bill cucm --timesheet FILE.json [--estimate]}):
 * the commune, the mission's first and last days, the agent's schedule, the forecast hours (for the
 * provisional cost) and/or the timesheet (for the final amount), the prepaid hours the commune has
 * already used in the mission's first year, and the day the titre de recettes was received.
 *
 * <p>JSON example:
 * <pre>{@code
 * { "commune": { "code": "71...", "name": "...", "department": "71", "epciSiren": "247100290",
 *                "population": { "inhabitants": 512, "basis": "MUNICIPALE", "vintage": 2026 } },
 *   "firstDay": "2023-03-06", "lastDay": "2023-03-21", "schedule": "35", "plannedHours": "80",
 *   "adhesionDate": "2022-10-03",
 *   "timesheet": [ { "date": "2023-03-06", "hours": "7", "activity": "WORK" } ],
 *   "prepaidHoursAlreadyUsed": "0", "titreReceivedOn": "2023-04-03" }
 * }</pre>
 *
 * <p>Optional fields: {@code plannedHours} (a total, for an estimate) or {@code forecast} (the
 * forecast day by day, same format as {@code timesheet}), {@code adhesionDate} (the day the
 * commune's adhesion took effect: billing refuses a mission without it, art. 4),
 * {@code replacementStartedOn} (the first day of the replacement a prolongation continues, art. 6),
 * {@code timesheet} (required
 * for an invoice; default empty), {@code prepaidHoursAlreadyUsed} (default 0; applies to the year of
 * the first day — a later year of the same mission starts with its whole grant, the agent being with
 * this commune since), {@code titreReceivedOn}, {@code estimateIssuedOn} (default: the first day,
 * the estimate preceding the mission), {@code invoiceIssuedOn} (default: the last day, "Le montant
 * définitif [...] sera fixé à la fin de la mission").
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableMissionSheet.class)
@JsonDeserialize(as = ImmutableMissionSheet.class)
public abstract class MissionSheet {
    MissionSheet() {}

    /** @return the commune replaced, with its population (for its cotisation) */
    @JsonProperty("commune")
    public abstract Collectivity commune();

    /** @return the first day of the mission */
    @JsonProperty("firstDay")
    public abstract LocalDate firstDay();

    /** @return the last day of the mission, inclusive (forecast for an estimate) */
    @JsonProperty("lastDay")
    public abstract LocalDate lastDay();

    /** @return the agent's schedule, 35 or 37.5 h a week */
    @JsonProperty("schedule")
    public abstract WorkSchedule schedule();

    /** @return the forecast hours of work, for the provisional cost */
    @JsonProperty("plannedHours")
    public abstract Optional<Hours> plannedHours();

    /** @return the timesheet (relevé d'heures), for the final amount */
    @JsonProperty("timesheet")
    public abstract List<TimesheetEntry> timesheet();

    /**
     * @return the forecast day by day (« la durée prévisionnelle de la mission », art. 5), for the
     *     provisional cost; when given it is priced exactly like a timesheet and {@link #plannedHours()}
     *     is not read
     */
    @JsonProperty("forecast")
    public abstract List<TimesheetEntry> forecast();

    /**
     * @return the day the commune's adhesion took effect (art. 4: « Le recours au service nécessite la
     *     signature d'un contrat de prestation », a contract open to « la convention cadre [...] à
     *     laquelle la commune a adhéré en date du XXX »); required to bill
     */
    @JsonProperty("adhesionDate")
    public abstract Optional<LocalDate> adhesionDate();

    /**
     * @return the first day of the replacement this mission prolongs or renews (contract art. 4
     *     « Renouvellement ou prolongation »), when it does; the replacement is judged over its whole
     *     period for the RTT of art. 6
     */
    @JsonProperty("replacementStartedOn")
    public abstract Optional<LocalDate> replacementStartedOn();

    /** @return the prepaid hours already used in the year of the first day, before this mission */
    @JsonProperty("prepaidHoursAlreadyUsed")
    public abstract Optional<Hours> prepaidHoursAlreadyUsed();

    /** @return the day the commune received the titre de recettes, once known */
    @JsonProperty("titreReceivedOn")
    public abstract Optional<LocalDate> titreReceivedOn();

    /** @return the day the estimate is drawn up; default the first day */
    @JsonProperty("estimateIssuedOn")
    public abstract Optional<LocalDate> estimateIssuedOn();

    /** @return the day the invoice is drawn up; default the last day */
    @JsonProperty("invoiceIssuedOn")
    public abstract Optional<LocalDate> invoiceIssuedOn();

    /**
     * @param commune the commune
     * @param firstDay the first day
     * @param lastDay the last day, inclusive
     * @param schedule the agent's schedule
     * @return a sheet with no hours yet
     */
    public static MissionSheet of(Collectivity commune, LocalDate firstDay, LocalDate lastDay, WorkSchedule schedule) {
        return ImmutableMissionSheet.builder().commune(commune).firstDay(firstDay).lastDay(lastDay).schedule(schedule)
                .build();
    }

    /**
     * @param hours the forecast hours of work
     * @return this sheet with them
     */
    public abstract MissionSheet withPlannedHours(Hours hours);

    /**
     * @param entries the timesheet entries
     * @return this sheet with that timesheet
     */
    public MissionSheet withTimesheet(List<TimesheetEntry> entries) {
        java.util.Objects.requireNonNull(entries, "entries");
        return ((ImmutableMissionSheet) this).withTimesheet((Iterable<TimesheetEntry>) entries);
    }

    /**
     * @param entries the forecast day by day
     * @return this sheet with that forecast
     */
    public MissionSheet withForecast(List<TimesheetEntry> entries) {
        java.util.Objects.requireNonNull(entries, "entries");
        return ((ImmutableMissionSheet) this).withForecast((Iterable<TimesheetEntry>) entries);
    }

    /**
     * @param date the day the commune's adhesion took effect
     * @return this sheet with it
     */
    public abstract MissionSheet withAdhesionDate(LocalDate date);

    /**
     * @param date the first day of the replacement this mission prolongs or renews
     * @return this sheet with it
     */
    public abstract MissionSheet withReplacementStartedOn(LocalDate date);

    /** @return the first day of the whole replacement: {@link #replacementStartedOn()} or the first day */
    public LocalDate replacementFirstDay() {
        return replacementStartedOn().orElse(firstDay());
    }

    /**
     * @param hours the prepaid hours already used in the year of the first day
     * @return this sheet with them
     */
    public abstract MissionSheet withPrepaidHoursAlreadyUsed(Hours hours);

    /**
     * @param date the day the titre de recettes was received
     * @return this sheet with it
     */
    public abstract MissionSheet withTitreReceivedOn(LocalDate date);

    /**
     * @param date the day the estimate is drawn up
     * @return this sheet with it
     */
    public abstract MissionSheet withEstimateIssuedOn(LocalDate date);

    /**
     * @param date the day the invoice is drawn up
     * @return this sheet with it
     */
    public abstract MissionSheet withInvoiceIssuedOn(LocalDate date);

    /** @return the prepaid hours already used, 0 when not given */
    public Hours prepaidHoursAlreadyUsedOrZero() {
        return prepaidHoursAlreadyUsed().orElse(Hours.ZERO);
    }

    /** @return the timesheet as a core {@link Timesheet} */
    public Timesheet actualTimesheet() {
        return Timesheet.of(timesheet());
    }

    /**
     * Art. 6, "une période de remplacement au-delà de 1 mois": the replacement lasts beyond one calendar
     * month when its last day is on or after its first day plus one month (6 March – 5 April is
     * exactly one month and does not; 6 March – 6 April does). A replacement that is prolonged or
     * renewed is judged over its whole period, from {@link #replacementFirstDay()}: a first contract of
     * 6 – 31 March prolonged from 1 to 30 April lasts beyond one month.
     *
     * @return true if the replacement lasts more than one month
     */
    public boolean isLongerThanOneMonth() {
        return !lastDay().isBefore(CalendarMonths.plusMonths(replacementFirstDay(), 1));
    }

    @Value.Check
    void check() {
        if (lastDay().isBefore(firstDay())) {
            throw new InvalidInputException("lastDay", null, "the last day " + lastDay() + " is before the first day "
                    + firstDay());
        }
        plannedHours().ifPresent(h -> {
            if (h.isNegative()) {
                throw new InvalidInputException("plannedHours", CucmArticles.ART_5, "forecast hours cannot be negative");
            }
        });
        prepaidHoursAlreadyUsed().ifPresent(h -> {
            if (h.isNegative()) {
                throw new InvalidInputException("prepaidHoursAlreadyUsed", CucmArticles.ART_5,
                        "prepaid hours already used cannot be negative");
            }
        });
        replacementStartedOn().ifPresent(d -> {
            if (d.isAfter(firstDay())) {
                throw new InvalidInputException("replacementStartedOn", CucmArticles.ART_6, "the replacement prolonged "
                        + "started on " + d + ", after this mission's first day " + firstDay());
            }
        });
        for (int i = 0; i < forecast().size(); i++) {
            TimesheetEntry e = forecast().get(i);
            if (e.date().isBefore(firstDay()) || e.date().isAfter(lastDay())) {
                throw new InvalidInputException("forecast[" + i + "].date", CucmArticles.ART_5, e.date()
                        + " is outside the mission, " + firstDay() + " to " + lastDay());
            }
        }
        Map<LocalDate, Hours> perDay = new HashMap<>();
        for (int i = 0; i < timesheet().size(); i++) {
            TimesheetEntry e = timesheet().get(i);
            if (e.date().isBefore(firstDay()) || e.date().isAfter(lastDay())) {
                throw new InvalidInputException("timesheet[" + i + "].date", CucmArticles.CONTRACT_ART_2, e.date()
                        + " is outside the mission, " + firstDay() + " to " + lastDay());
            }
            Hours day = perDay.merge(e.date(), e.hours(), Hours::plus);
            if (day.compareTo(Hours.of(24)) > 0) {
                throw new InvalidInputException("timesheet[" + i + "].hours", CucmArticles.CONTRACT_ART_2,
                        e.date() + " has " + day + " h recorded, more than a day");
            }
        }
    }
}
