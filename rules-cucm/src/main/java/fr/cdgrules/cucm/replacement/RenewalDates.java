package fr.cdgrules.cucm.replacement;

import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.finding.Findings;
import fr.cdgrules.cucm.CucmArticles;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The dates of a renewal or extension of a service contract (annexe 2 (contrat), art. 4):
 * "Une semaine avant l'échéance du présent contrat, la commune prendra contact avec le service de
 * remplacement pour exprimer son besoin de renouvellement ou de prolongation", and "la CUCM informe
 * dans un délai de 72 heures la commune de la possibilité d'accéder à sa requête".
 *
 * <h2>Readings</h2>
 * <ul>
 *   <li>"l'échéance" is the contract's last day; "une semaine avant" is 7 calendar days before it:
 *       the commune asks on or before {@code lastDay − 7 days}. Asking later is allowed but warned.
 *   <li>"72 heures" is elapsed calendar time on civil dates, i.e. 3 calendar days (weekends and
 *       public holidays included): a request received on day D is answered at the latest on D + 3.
 * </ul>
 */
public final class RenewalDates {
    /** « Une semaine »: 7 calendar days, parameter {@code renewalAskDaysBefore} of the descriptor. */
    public static final int ASK_DAYS_BEFORE = fr.cdgrules.cucm.CucmParameters.whole("renewalAskDaysBefore");

    /**
     * « 72 heures » on civil dates: 3 calendar days, parameter {@code renewalAnswerHours} (72) read in
     * whole days of 24 hours.
     */
    public static final int ANSWER_DAYS = Math.toIntExact(java.time.Duration.ofHours(
            fr.cdgrules.cucm.CucmParameters.whole("renewalAnswerHours")).toDays());

    private final LocalDate contractLastDay;

    private RenewalDates(LocalDate contractLastDay) {
        this.contractLastDay = contractLastDay;
    }

    /**
     * @param contractLastDay the last day of the current service contract
     * @return its renewal dates
     */
    public static RenewalDates of(LocalDate contractLastDay) {
        return new RenewalDates(Objects.requireNonNull(contractLastDay, "contractLastDay"));
    }

    /** @return the last day of the contract ("l'échéance") */
    public LocalDate contractLastDay() {
        return contractLastDay;
    }

    /** @return the day by which the commune asks for a renewal: the last day minus one week */
    public LocalDate askBy() {
        return contractLastDay.minusDays(ASK_DAYS_BEFORE);
    }

    /**
     * @param receivedOn the day the CUCM received the renewal request
     * @return the day by which the CUCM answers: 72 hours = 3 calendar days later
     */
    public LocalDate answerBy(LocalDate receivedOn) {
        java.util.Objects.requireNonNull(receivedOn, "receivedOn");
        return receivedOn.plusDays(ANSWER_DAYS);
    }

    /**
     * @param askedOn the day the commune asked
     * @return a warning if it asked after {@link #askBy()}; none otherwise
     */
    public Findings check(LocalDate askedOn) {
        java.util.Objects.requireNonNull(askedOn, "askedOn");
        if (askedOn.isAfter(askBy())) {
            return Findings.of(Finding.warning("renewal-asked-late", "renewal asked on " + askedOn
                    + ", after " + askBy() + " (« Une semaine avant l'échéance du présent contrat »)",
                    CucmArticles.CONTRACT_ART_4));
        }
        return Findings.none();
    }

    /**
     * @param receivedOn the day the CUCM received the renewal request
     * @return how both dates are computed
     */
    public Explanation explain(LocalDate receivedOn) {
        java.util.Objects.requireNonNull(receivedOn, "receivedOn");
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("contract last day", contractLastDay.toString());
        Map<String, String> answerInputs = new LinkedHashMap<>();
        answerInputs.put("request received on", receivedOn.toString());
        return Explanation.of("renewal of a service contract ending " + contractLastDay,
                TraceStep.of("renewal asked one week before the end", CucmArticles.CONTRACT_ART_4, inputs,
                        "ask by " + askBy() + " (last day − 7 days)"),
                TraceStep.of("answer within 72 hours", CucmArticles.CONTRACT_ART_4, answerInputs,
                        "answer by " + answerBy(receivedOn) + " (72 hours read as 3 calendar days)"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RenewalDates r && contractLastDay.equals(r.contractLastDay);
    }

    @Override
    public int hashCode() {
        return contractLastDay.hashCode();
    }

    @Override
    public String toString() {
        return "renewal of a contract ending " + contractLastDay + ": ask by " + askBy();
    }
}
