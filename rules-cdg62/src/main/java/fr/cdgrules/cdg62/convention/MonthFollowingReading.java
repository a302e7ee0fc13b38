package fr.cdgrules.cdg62.convention;

import fr.cdgrules.core.calendar.CalendarMonths;
import java.time.LocalDate;

/**
 * Point to decide (004 art. 6, résiliation): "La convention prendra dès lors fin le 1er jour du mois
 * suivant la notification." For a notification on the 1st of a month, "le mois suivant" could be
 * misread as "the month that follows from the notification day" (that very day). The only reading
 * kept, and core's ({@code TerminationRule.firstDayOfNextMonth}): the month after the calendar month
 * of the notification. The caller cannot choose another: the other reading would make a letter
 * take effect on the day it is notified, which "suivant" excludes.
 */
public enum MonthFollowingReading {
    /**
     * The first day of the calendar month after the month of the notification, always strictly
     * after it: 1 March → 1 April, 15 March → 1 April, 31 March → 1 April, 15 December → 1 January
     * of the next year. The effective date is the first day no longer in force; the last day in
     * force is the last day of the month of notification.
     */
    NEXT_CALENDAR_MONTH;

    /**
     * @param notifiedOn the notification date
     * @return the first day the convention is no longer in force
     */
    public LocalDate effectiveDate(LocalDate notifiedOn) {
        java.util.Objects.requireNonNull(notifiedOn, "notifiedOn");
        return CalendarMonths.firstDayOfNextMonth(notifiedOn);
    }
}
