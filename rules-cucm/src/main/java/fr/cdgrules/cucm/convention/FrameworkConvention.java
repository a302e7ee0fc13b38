package fr.cdgrules.cucm.convention;

import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import java.time.Period;

/**
 * The framework convention's duration and termination clauses (art. 9 and 10).
 *
 * <ul>
 *   <li>Art. 9: "La présente convention cadre prend effet à compter de la date du 1er juillet 2022";
 *       "Quel que soit la date d'adhésion individuelle des communes, elle est conclue pour une durée de
 *       2 ans non reconductible de façon tacite qui viendra à expiration à la date du 30 juin 2024":
 *       one term of two years, 1 July 2022 to 30 June 2024, for every commune, and no renewal (the
 *       "bilan" decides the future of the service; a new convention would be a new text).
 *   <li>Art. 10, in the general interest: "La communauté urbaine, comme chacune des communes, pourra
 *       mettre fin à la présente convention avant son terme normal, pour un motif d'intérêt général.
 *       La résiliation devra être notifiée par lettre recommandée avec accusé de réception et dûment
 *       motivée. Aucune des parties ne pourra réclamer une quelconque indemnité": reasons required,
 *       effective on notification, no indemnity. Listed first, so that a plain notice
 *       ({@link Convention#withNotice}) means this termination.
 *   <li>Art. 10, for fault: "Cette résiliation sera précédée d'une mise en demeure, dûment notifiée par
 *       lettre recommandée avec accusé de réception, assortie d'un délai d'un mois pour se mettre en
 *       conformité"; "Si cette mise en demeure reste sans effet, la résiliation sera confirmée par
 *       l'envoi d'une nouvelle lettre recommandée"; "La même faculté de résiliation est reconnue à chaque
 *       commune": either side, formal notice with a cure period of one calendar month, then a
 *       confirming letter from the day after the cure period. The month is counted from the
 *       notification under {@link fr.cdgrules.core.calendar.PeriodCounting#CIVIL_PROCEDURE} (Code de
 *       procédure civile art. 641–642 by analogy: served 10 March 2023, the last day to comply is
 *       10 April 2023; served 31 January, 28 February), reading {@code CucmReadings#curePeriodCounting}.
 *       "A moins que les manquements ne soient imputables à des circonstances de force majeure dûment
 *       établies": see {@link FaultTermination}. Individual: it ends that commune's
 *       membership only.
 * </ul>
 */
public final class FrameworkConvention {
    private FrameworkConvention() {}

    /**
     * « une durée de 2 ans »: {@code terms.duration} of the descriptor.
     *
     * @deprecated read {@code terms().initialTerm()} ({@link fr.cdgrules.cucm.CucmDescriptor#bundled()})
     */
    @Deprecated
    public static final Period TERM = fr.cdgrules.cucm.CucmParameters.terms().initialTerm();

    /**
     * « un délai d'un mois pour se mettre en conformité »: the {@code cure} of the for-fault termination
     * in the descriptor's terms.
     *
     * @deprecated read the for-fault termination of {@link #terms()}
     */
    @Deprecated
    public static final Period CURE_PERIOD = fr.cdgrules.cucm.CucmParameters.terms()
            .termination(fr.cdgrules.core.lifecycle.TerminationKind.FOR_FAULT).orElseThrow().period().orElseThrow();

    /**
     * @return the clauses as the text sets them: 2 years, no renewal, termination in the general
     *     interest then for fault (cure period counted under {@link fr.cdgrules.core.calendar.PeriodCounting#CIVIL_PROCEDURE});
     *     same as {@code FrameworkPeriod.initial().terms()}
     */
    public static ConventionTerms terms() {
        return FrameworkPeriod.initial().terms();
    }

    /**
     * @return the framework convention, 1 July 2022 to 30 June 2024, with no event recorded; a
     *     reconducted convention is {@link FrameworkPeriod#convention()}
     */
    public static Convention convention() {
        return FrameworkPeriod.initial().convention();
    }
}
