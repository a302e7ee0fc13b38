package fr.cdgrules.cdg79.charter;

/**
 * Who must agree before a user who is not an SGM enters a community space (art. 1.4): "L'accès à
 * l'espace communautaire pour des utilisateurs non SGDM sera possible sous réserve de l'accord de
 * l'agent administrateur du CDG79 en charge de l'administration de la plateforme collaborative et du
 * référent communautaire."
 */
public enum Approver {
    /** "l'agent administrateur du CDG79 en charge de l'administration de la plateforme collaborative". */
    CDG79_ADMINISTRATOR,
    /** "le référent communautaire" of the EPCI. */
    COMMUNITY_REFERENT
}
