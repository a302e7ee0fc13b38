package fr.cdgrules.cdg62.convention;

/**
 * Ambiguity (004 art. 6, résiliation): which date is "la notification" of a termination. The text:
 * "La dénonciation sera réalisée par lettre recommandée avec accusé de réception. La convention
 * prendra dès lors fin le 1er jour du mois suivant la notification." — the letter is registered with
 * acknowledgement of receipt, but the text does not say whether it is notified when posted or when
 * received.
 */
public enum NotificationDateReading {
    /**
     * The default: the letter is notified on the day it is received, as the accusé de réception
     * shows (a notification is made to its addressee; the AR exists to prove that date). A letter
     * posted on 27 February and received on 2 March is notified on 2 March: effective 1 April.
     */
    DATE_OF_RECEIPT,
    /** The letter is notified on the day it is posted (the postmark of the registered letter). */
    DATE_OF_DISPATCH;

    /** The reading used unless the caller chooses another. */
    public static final NotificationDateReading DEFAULT = DATE_OF_RECEIPT;
}
