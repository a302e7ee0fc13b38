package fr.cdgrules.cucm.membership;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.calendar.CalendarMonths;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.finding.Findings;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.cucm.convention.FrameworkPeriod;
import fr.cdgrules.cucm.CucmArticles;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A commune's adhesion as the rules see it (art. 4, art. 9, annex 1): accepted or refused, its date,
 * and the last day of the commitment not to recruit the agent.
 *
 * <ul>
 *   <li>Only a member commune of the CUCM may join (art. 3): otherwise a refusal.
 *   <li>The framework convention ends on 30 June 2024 whatever the adhesion date (art. 9: "Quel que
 *       soit la date d'adhésion individuelle des communes, elle est conclue pour une durée de 2 ans
 *       [...] qui viendra à expiration à la date du 30 juin 2024"): an adhesion dated after that day (or
 *       after the last day a reconduction sets) is refused. An adhesion signed before 1 July 2022 takes effect with the convention on that day.
 *   <li>"les communes s'engagent à ne pas recruter directement l'agent [...]. Cet engagement moral
 *       sera pris pour une période de 3 ans à compter de la date d'adhésion de la commune": the
 *       commitment's last day is the day before the third anniversary of the adhesion date (1 September
 *       2022 → 31 August 2025; 29 February 2024 → 28 February 2027, the anniversary in a common year
 *       being 1 March, so that the three years are full). It outlives the convention; it is a moral commitment, not a rule with a sanction.
 * </ul>
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableAdhesion.class)
@JsonDeserialize(as = ImmutableAdhesion.class)
public abstract class Adhesion {
    Adhesion() {}

    /** « une période de 3 ans » (art. 4), parameter {@code nonRecruitmentYears} of the descriptor. */
    public static final Period NON_RECRUITMENT_PERIOD = Period.ofYears(
            fr.cdgrules.cucm.CucmParameters.whole("nonRecruitmentYears"));

    /** @return the form */
    @JsonProperty("form")
    public abstract AdhesionForm form();

    /** @return the reading of the adhesion date */
    @JsonProperty("reading")
    public abstract AdhesionDateReading reading();

    /** @return the refusals (not a member, after the convention); empty when accepted */
    @JsonProperty("findings")
    public abstract Findings findings();

    /** @return the explanation */
    @JsonProperty("explanation")
    public abstract Explanation explanation();

    /**
     * @param form the adhesion form
     * @param reading which date is the adhesion date
     * @return the adhesion
     */
    public static Adhesion of(AdhesionForm form, AdhesionDateReading reading) {
        return of(form, reading, FrameworkPeriod.initial());
    }

    /**
     * @param form the adhesion form
     * @param reading which date is the adhesion date
     * @param period the framework convention's period of force, with its reconductions
     * @return the adhesion
     * @throws NullPointerException if an argument is null
     */
    public static Adhesion of(AdhesionForm form, AdhesionDateReading reading, FrameworkPeriod period) {
        java.util.Objects.requireNonNull(form, "form");
        java.util.Objects.requireNonNull(reading, "reading");
        java.util.Objects.requireNonNull(period, "period");
        List<Finding> found = new ArrayList<>();
        if (!fr.cdgrules.cucm.CucmDescriptor.bundled().territory().contains(form.commune())) {
            found.add(Finding.refusal("not-a-member-commune", fr.cdgrules.cucm.CucmDescriptor.bundled().territory().outsideReason(form.commune()),
                    CucmArticles.ART_3));
        }
        LocalDate date = date(form, reading);
        if (date.isAfter(period.lastDay())) {
            found.add(Finding.refusal("after-convention-end", "adhesion dated " + date + ", after the framework "
                    + "convention expired on " + period.lastDay(), period.reconductions().isEmpty() ? CucmArticles.ART_9
                            : CucmArticles.ART_12));
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("council deliberation", form.councilDeliberationOn().toString());
        inputs.put("form signed", form.formSignedOn().toString());
        inputs.put("reading", "AdhesionDateReading." + reading.name());
        LocalDate last = CalendarMonths.term(date, NON_RECRUITMENT_PERIOD).getEndInclusive();
        Explanation e = Explanation.of("adhesion of " + form.commune(),
                TraceStep.of("adhesion by deliberation then form", List.of(CucmArticles.ART_4, CucmArticles.ANNEX_1), inputs,
                        List.of(), found.isEmpty() ? "adhesion dated " + date : "refused: " + found),
                TraceStep.of("commitment not to recruit the agent for " + NON_RECRUITMENT_PERIOD.getYears() + " years", CucmArticles.ART_4,
                        Map.of("adhesion date", date.toString()), "from " + date + " to " + last + " inclusive"));
        return ImmutableAdhesion.of(form, reading, Findings.of(found), e);
    }

    private static LocalDate date(AdhesionForm form, AdhesionDateReading reading) {
        return reading == AdhesionDateReading.COUNCIL_DELIBERATION ? form.councilDeliberationOn() : form.formSignedOn();
    }

    /** @return true if no rule refuses the adhesion */
    public boolean isAccepted() {
        return !findings().isRefused();
    }

    /** @return "la date d'adhésion de la commune" under the reading */
    public LocalDate adhesionDate() {
        return date(form(), reading());
    }

    /** @return the first day the commune benefits from the service: the adhesion date, not before 1 July 2022 */
    public LocalDate effectiveFrom() {
        LocalDate d = adhesionDate();
        LocalDate start = FrameworkPeriod.initial().start();
        return d.isBefore(start) ? start : d;
    }

    /** @return the last day of the commitment not to recruit the agent directly (3 years from adhesion) */
    public LocalDate nonRecruitmentLastDay() {
        return CalendarMonths.term(adhesionDate(), NON_RECRUITMENT_PERIOD).getEndInclusive();
    }
}
