package fr.cdgrules.cucm;

import fr.cdgrules.core.calendar.PeriodCounting;
import fr.cdgrules.cucm.billing.ForecastSplitReading;
import fr.cdgrules.cucm.billing.RttDayReading;
import fr.cdgrules.cucm.billing.RttReading;
import fr.cdgrules.cucm.cotisation.TenThousandReading;
import fr.cdgrules.cucm.membership.AdhesionDateReading;
import fr.cdgrules.cucm.replacement.AccidentRankReading;
import fr.cdgrules.cucm.replacement.PriorityCriteriaReading;
import java.util.Objects;

/**
 * The readings chosen for the ambiguities of seed 003, one per ambiguity; {@link #defaults()} is
 * what the {@link CucmModule} found by {@link java.util.ServiceLoader} uses. Each reading's Javadoc
 * quotes the words it resolves. Immutable.
 */
public final class CucmReadings {
    private static final CucmReadings DEFAULTS = new CucmReadings(TenThousandReading.TOP_STRATUM,
            AccidentRankReading.EQUAL_TO_ILLNESS_AND_MATERNITY, PriorityCriteriaReading.REASON_THEN_PROFILE,
            RttReading.PRO_RATA_OF_ANNUAL_OBLIGATION, RttDayReading.SCHEDULE_DAY, AdhesionDateReading.FORM_SIGNATURE,
            PeriodCounting.CIVIL_PROCEDURE, ForecastSplitReading.WEEKDAYS_PRO_RATA);

    private final TenThousandReading tenThousand;
    private final AccidentRankReading accidentRank;
    private final PriorityCriteriaReading priorityCriteria;
    private final RttReading rtt;
    private final RttDayReading rttDay;
    private final AdhesionDateReading adhesionDate;
    private final PeriodCounting curePeriodCounting;
    private final ForecastSplitReading forecastSplit;

    private CucmReadings(TenThousandReading tenThousand, AccidentRankReading accidentRank,
            PriorityCriteriaReading priorityCriteria, RttReading rtt, RttDayReading rttDay,
            AdhesionDateReading adhesionDate, PeriodCounting curePeriodCounting, ForecastSplitReading forecastSplit) {
        this.tenThousand = Objects.requireNonNull(tenThousand, "tenThousand");
        this.accidentRank = Objects.requireNonNull(accidentRank, "accidentRank");
        this.priorityCriteria = Objects.requireNonNull(priorityCriteria, "priorityCriteria");
        this.rtt = Objects.requireNonNull(rtt, "rtt");
        this.rttDay = Objects.requireNonNull(rttDay, "rttDay");
        this.adhesionDate = Objects.requireNonNull(adhesionDate, "adhesionDate");
        this.curePeriodCounting = Objects.requireNonNull(curePeriodCounting, "curePeriodCounting");
        this.forecastSplit = Objects.requireNonNull(forecastSplit, "forecastSplit");
    }

    /**
     * @return the defaults: {@link TenThousandReading#TOP_STRATUM},
     *     {@link AccidentRankReading#EQUAL_TO_ILLNESS_AND_MATERNITY},
     *     {@link PriorityCriteriaReading#REASON_THEN_PROFILE},
     *     {@link RttReading#PRO_RATA_OF_ANNUAL_OBLIGATION}, {@link RttDayReading#SCHEDULE_DAY},
     *     {@link AdhesionDateReading#FORM_SIGNATURE}, {@link PeriodCounting#CIVIL_PROCEDURE} (art. 10,
     *     « délai d'un mois »), {@link ForecastSplitReading#WEEKDAYS_PRO_RATA}
     */
    public static CucmReadings defaults() {
        return DEFAULTS;
    }

    /** @return which stratum 10 000 inhabitants fall in */
    public TenThousandReading tenThousand() {
        return tenThousand;
    }

    /** @return where an accident ranks */
    public AccidentRankReading accidentRank() {
        return accidentRank;
    }

    /** @return whether the reason or the profile ranks first */
    public PriorityCriteriaReading priorityCriteria() {
        return priorityCriteria;
    }

    /** @return how RTT generated are counted */
    public RttReading rtt() {
        return rtt;
    }

    /** @return how many hours an RTT day is worth */
    public RttDayReading rttDay() {
        return rttDay;
    }

    /** @return which date is the adhesion date */
    public AdhesionDateReading adhesionDate() {
        return adhesionDate;
    }

    /**
     * @param reading the reading of 10 000
     * @return these readings with it
     */
    public CucmReadings withTenThousand(TenThousandReading reading) {
        java.util.Objects.requireNonNull(reading, "reading");
        return new CucmReadings(reading, accidentRank, priorityCriteria, rtt, rttDay, adhesionDate, curePeriodCounting, forecastSplit);
    }

    /**
     * @param reading the reading of the accident's rank
     * @return these readings with it
     */
    public CucmReadings withAccidentRank(AccidentRankReading reading) {
        java.util.Objects.requireNonNull(reading, "reading");
        return new CucmReadings(tenThousand, reading, priorityCriteria, rtt, rttDay, adhesionDate, curePeriodCounting, forecastSplit);
    }

    /**
     * @param reading the reading of the order of criteria
     * @return these readings with it
     */
    public CucmReadings withPriorityCriteria(PriorityCriteriaReading reading) {
        java.util.Objects.requireNonNull(reading, "reading");
        return new CucmReadings(tenThousand, accidentRank, reading, rtt, rttDay, adhesionDate, curePeriodCounting, forecastSplit);
    }

    /**
     * @param reading the reading of RTT generated
     * @return these readings with it
     */
    public CucmReadings withRtt(RttReading reading) {
        java.util.Objects.requireNonNull(reading, "reading");
        return new CucmReadings(tenThousand, accidentRank, priorityCriteria, reading, rttDay, adhesionDate, curePeriodCounting, forecastSplit);
    }

    /**
     * @param reading the reading of an RTT day's hours
     * @return these readings with it
     */
    public CucmReadings withRttDay(RttDayReading reading) {
        java.util.Objects.requireNonNull(reading, "reading");
        return new CucmReadings(tenThousand, accidentRank, priorityCriteria, rtt, reading, adhesionDate, curePeriodCounting, forecastSplit);
    }

    /**
     * @param reading the reading of the adhesion date
     * @return these readings with it
     */
    public CucmReadings withAdhesionDate(AdhesionDateReading reading) {
        java.util.Objects.requireNonNull(reading, "reading");
        return new CucmReadings(tenThousand, accidentRank, priorityCriteria, rtt, rttDay, reading, curePeriodCounting, forecastSplit);
    }

    /**
     * Art. 10: « une mise en demeure [...] assortie d'un délai d'un mois pour se mettre en conformité ».
     *
     * @return how the month runs from the notification: {@link PeriodCounting#CIVIL_PROCEDURE} by default
     *     (served 10 March, last day to comply 10 April), {@link PeriodCounting#EXPIRY_DAY_EXCLUDED} the other
     *     reading (last day 9 April)
     */
    public PeriodCounting curePeriodCounting() {
        return curePeriodCounting;
    }

    /** @return how a forecast total is split across 31 December or a cost revision */
    public ForecastSplitReading forecastSplit() {
        return forecastSplit;
    }

    /**
     * @param reading how the « délai d'un mois » of art. 10 is counted
     * @return these readings with it
     * @throws NullPointerException if {@code reading} is null
     */
    public CucmReadings withCurePeriodCounting(PeriodCounting reading) {
        java.util.Objects.requireNonNull(reading, "reading");
        return new CucmReadings(tenThousand, accidentRank, priorityCriteria, rtt, rttDay, adhesionDate, reading,
                forecastSplit);
    }

    /**
     * @param reading how a forecast total is split
     * @return these readings with it
     * @throws NullPointerException if {@code reading} is null
     */
    public CucmReadings withForecastSplit(ForecastSplitReading reading) {
        java.util.Objects.requireNonNull(reading, "reading");
        return new CucmReadings(tenThousand, accidentRank, priorityCriteria, rtt, rttDay, adhesionDate,
                curePeriodCounting, reading);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CucmReadings r && tenThousand == r.tenThousand && accidentRank == r.accidentRank
                && priorityCriteria == r.priorityCriteria && rtt == r.rtt && rttDay == r.rttDay
                && adhesionDate == r.adhesionDate && curePeriodCounting == r.curePeriodCounting
                && forecastSplit == r.forecastSplit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenThousand, accidentRank, priorityCriteria, rtt, rttDay, adhesionDate, curePeriodCounting, forecastSplit);
    }

    @Override
    public String toString() {
        return "CucmReadings[" + tenThousand + ", " + accidentRank + ", " + priorityCriteria + ", " + rtt + ", " + rttDay
                + ", " + adhesionDate + ", " + curePeriodCounting + ", " + forecastSplit + "]";
    }
}
