package fr.cdgrules.cdg44.financing;

/**
 * A trainee's situation on a given day, as the financing section distinguishes it. A job seeker whose
 * ARE rights end during the training is {@link #JOB_SEEKER_WITH_ARE} up to the last day of rights and
 * {@link #JOB_SEEKER_AFTER_END_OF_ARE_RIGHTS} from the next day (see {@link TraineeSituation}).
 */
public enum TraineeStatus {
    /** « les demandeurs d'emploi bénéficiaires » of the ARE. */
    JOB_SEEKER_WITH_ARE,
    /** « les demandeurs d'emploi ne bénéficiant pas de l'allocation de retour à l'emploi ». */
    JOB_SEEKER_WITHOUT_ARE,
    /** « les demandeurs d'emploi en fin de droit du bénéfice de l'allocation de retour à l'emploi », after the end of their rights. */
    JOB_SEEKER_AFTER_END_OF_ARE_RIGHTS,
    /** An agent of the Région in retraining (art. 1, art. 2 § Région). */
    REGION_AGENT_IN_RETRAINING,
    /** An agent in retraining of a non-affiliated collectivity of the département (art. 1). */
    NON_AFFILIATED_COLLECTIVITY_AGENT_IN_RETRAINING
}
