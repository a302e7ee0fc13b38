package fr.cdgrules.cucm.billing;

/**
 * How many RTT hours a replacement generates and bills.
 *
 * <p>Art. 6: "les jours de RTT qui seraient générés sur une période de remplacement au-delà de 1
 * mois seront facturés", with "12 jours si temps de travail de 37,5 heures/semaine, 0 jours si temps
 * de travail de 35 heures/semaine", "au regard de l'obligation de travail de 1607 heures par an".
 * The text does not say how the days "generated" over part of a year are counted. In every reading,
 * nothing is generated on 35 h/week or by a replacement of one month or less.
 */
public enum RttReading {
    /**
     * The default: the 12 days a year are earned in proportion to the hours worked against the
     * annual obligation of 1 607 h: days = 12 × hours worked ÷ 1 607 (exact), each day worth the hours
     * of {@link RttDayReading}. A six-week replacement of 225 h generates 2 700/1 607 days. This
     * reading uses the text's own two figures (12 days, 1 607 h); RTT days taken during the mission
     * (timesheet entries {@code RTT}) are not billed on top, being part of what is generated.
     */
    PRO_RATA_OF_ANNUAL_OBLIGATION,
    /**
     * RTT hours are the hours worked beyond 35 h a week: hours worked × (37.5 − 35) ÷ 37.5 (225 h →
     * 15 h). Ignores the text's "12 jours"; RTT entries of the timesheet are not billed on top.
     */
    EXCESS_OVER_35_HOURS,
    /**
     * The RTT days recorded on the timesheet (entries {@code RTT}, taken during the replacement, as
     * art. 6 asks: "Les communes feront leurs meilleurs efforts afin que les droits à congé et à RTT
     * soient pris durant la période de remplacement au prorata de sa durée") are billed, at the hours
     * recorded.
     */
    AS_RECORDED
}
