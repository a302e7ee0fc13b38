package fr.cdgrules.cucm;

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
            RttReading.PRO_RATA_OF_ANNUAL_OBLIGATION, RttDayReading.SCHEDULE_DAY, AdhesionDateReading.FORM_SIGNATURE);

    private final TenThousandReading tenThousand;
    private final AccidentRankReading accidentRank;
    private final PriorityCriteriaReading priorityCriteria;
    private final RttReading rtt;
    private final RttDayReading rttDay;
    private final AdhesionDateReading adhesionDate;

    private CucmReadings(TenThousandReading tenThousand, AccidentRankReading accidentRank,
            PriorityCriteriaReading priorityCriteria, RttReading rtt, RttDayReading rttDay,
            AdhesionDateReading adhesionDate) {
        this.tenThousand = Objects.requireNonNull(tenThousand);
        this.accidentRank = Objects.requireNonNull(accidentRank);
        this.priorityCriteria = Objects.requireNonNull(priorityCriteria);
        this.rtt = Objects.requireNonNull(rtt);
        this.rttDay = Objects.requireNonNull(rttDay);
        this.adhesionDate = Objects.requireNonNull(adhesionDate);
    }

    /**
     * @return the defaults: {@link TenThousandReading#TOP_STRATUM},
     *     {@link AccidentRankReading#EQUAL_TO_ILLNESS_AND_MATERNITY},
     *     {@link PriorityCriteriaReading#REASON_THEN_PROFILE},
     *     {@link RttReading#PRO_RATA_OF_ANNUAL_OBLIGATION}, {@link RttDayReading#SCHEDULE_DAY},
     *     {@link AdhesionDateReading#FORM_SIGNATURE}
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
        return new CucmReadings(reading, accidentRank, priorityCriteria, rtt, rttDay, adhesionDate);
    }

    /**
     * @param reading the reading of the accident's rank
     * @return these readings with it
     */
    public CucmReadings withAccidentRank(AccidentRankReading reading) {
        return new CucmReadings(tenThousand, reading, priorityCriteria, rtt, rttDay, adhesionDate);
    }

    /**
     * @param reading the reading of the order of criteria
     * @return these readings with it
     */
    public CucmReadings withPriorityCriteria(PriorityCriteriaReading reading) {
        return new CucmReadings(tenThousand, accidentRank, reading, rtt, rttDay, adhesionDate);
    }

    /**
     * @param reading the reading of RTT generated
     * @return these readings with it
     */
    public CucmReadings withRtt(RttReading reading) {
        return new CucmReadings(tenThousand, accidentRank, priorityCriteria, reading, rttDay, adhesionDate);
    }

    /**
     * @param reading the reading of an RTT day's hours
     * @return these readings with it
     */
    public CucmReadings withRttDay(RttDayReading reading) {
        return new CucmReadings(tenThousand, accidentRank, priorityCriteria, rtt, reading, adhesionDate);
    }

    /**
     * @param reading the reading of the adhesion date
     * @return these readings with it
     */
    public CucmReadings withAdhesionDate(AdhesionDateReading reading) {
        return new CucmReadings(tenThousand, accidentRank, priorityCriteria, rtt, rttDay, reading);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CucmReadings r && tenThousand == r.tenThousand && accidentRank == r.accidentRank
                && priorityCriteria == r.priorityCriteria && rtt == r.rtt && rttDay == r.rttDay
                && adhesionDate == r.adhesionDate;
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenThousand, accidentRank, priorityCriteria, rtt, rttDay, adhesionDate);
    }

    @Override
    public String toString() {
        return "CucmReadings[" + tenThousand + ", " + accidentRank + ", " + priorityCriteria + ", " + rtt + ", " + rttDay
                + ", " + adhesionDate + "]";
    }
}
