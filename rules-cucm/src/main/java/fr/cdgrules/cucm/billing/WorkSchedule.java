package fr.cdgrules.cucm.billing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.cucm.CucmArticles;

/**
 * The agent's weekly schedule (art. 6): "le régime horaire de l'agent/des agents est de 35 ou de
 * 37,5 heures par semaine", with "Nombre de jours de RTT: 12 jours si temps de travail de 37,5
 * heures/semaine; 0 jours si temps de travail de 35 heures/semaine", "au regard de l'obligation de
 * travail de 1607 heures par an". JSON form: {@code "35"} or {@code "37.5"}.
 */
public enum WorkSchedule {
    /** 35 hours a week, 7 h a day over 5 days: no RTT. */
    HOURS_35("35", "7", 0),
    /** 37.5 hours a week, 7.5 h a day over 5 days: 12 RTT days a year. */
    HOURS_37_5("37.5", "7.5", 12);

    private final String label;
    private final Hours dailyHours;
    private final int rttDaysPerYear;

    WorkSchedule(String label, String dailyHours, int rttDaysPerYear) {
        this.label = label;
        this.dailyHours = Hours.parse(dailyHours);
        this.rttDaysPerYear = rttDaysPerYear;
    }

    /**
     * @param text {@code "35"} or {@code "37.5"} (also {@code "37,5"})
     * @return the schedule
     * @throws InvalidInputException for any other schedule, null included (this is the JSON creator: a null here is
     *     input read from a mission sheet)
     */
    @JsonCreator
    public static WorkSchedule parse(String text) {
        if (text != null) {
            String t = text.strip().replace(',', '.');
            for (WorkSchedule s : values()) {
                if (s.label.equals(t) || s.name().equals(t)) {
                    return s;
                }
            }
        }
        throw new InvalidInputException("schedule", CucmArticles.ART_6,
                "the agent works « 35 ou [...] 37,5 heures par semaine »; got '" + text + "'");
    }

    /** @return {@code "35"} or {@code "37.5"} */
    @JsonValue
    public String label() {
        return label;
    }

    /** @return the hours of a week */
    public Hours weeklyHours() {
        return Hours.parse(label);
    }

    /** @return the hours of a working day (a fifth of the week) */
    public Hours dailyHours() {
        return dailyHours;
    }

    /** @return the RTT days a year of work on this schedule earns (12 or 0) */
    public int rttDaysPerYear() {
        return rttDaysPerYear;
    }

    @Override
    public String toString() {
        return label + " h/week";
    }
}
