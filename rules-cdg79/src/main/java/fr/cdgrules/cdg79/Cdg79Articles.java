package fr.cdgrules.cdg79;

import fr.cdgrules.core.citation.Citation;

/**
 * The articles of the CDG79 texts this module implements, as {@link Citation}s. Document
 * {@code 000} is the convention d'adhésion and its annexes (the services table and the charte
 * d'utilisation de la plateforme, cited as {@code 000 charte art. …}); {@code 001} is the Clessé
 * deliberation of 23 April 2026.
 */
public final class Cdg79Articles {
    /** The short id of the convention (and of its annexed charter). */
    public static final String CONVENTION = "000";
    /** The short id of the Clessé deliberation, the worked case. */
    public static final String CLESSE_DELIBERATION = "001";

    /**
     * Préambule: the object of the convention, "les modalités et autres conditions d'adhésion des
     * communes de moins de 3 500 habitants à ce pack", a plan "ancr[é] sur le département".
     */
    public static final Citation PREAMBLE = Citation.of(CONVENTION, "préambule");
    /** Art. 1: "Animation du réseau et de la plateforme collaborative" (compétences obligatoires). */
    public static final Citation NETWORK = Citation.of(CONVENTION, "art. 1");
    /** Art. 1.1: "Rôle du réseau départemental des SGDM" (annuaire, matinales ou webinaires). */
    public static final Citation NETWORK_ROLE = Citation.of(CONVENTION, "art. 1.1");
    /** Art. 1.2: "Animation du réseau départemental des SGDM" (comité de suivi). */
    public static final Citation NETWORK_ANIMATION = Citation.of(CONVENTION, "art. 1.2");
    /** Art. 1.3: community spaces, open to communes "de plus de 3 500 habitants ... à leur demande". */
    public static final Citation COMMUNITY_NETWORK = Citation.of(CONVENTION, "art. 1.3");
    /** Art. 1.4: "Accès à la plateforme collaborative" (signatures, two spaces, approvals). */
    public static final Citation PLATFORM_ACCESS = Citation.of(CONVENTION, "art. 1.4");
    /** Art. 2: services "au titre d'une adhésion facultative, à destination des communes de moins de 3 500 habitants". */
    public static final Citation SERVICES = Citation.of(CONVENTION, "art. 2");
    /** Art. 2.1: "Création d'une boîte à outils". */
    public static final Citation TOOLBOX = Citation.of(CONVENTION, "art. 2.1");
    /** Art. 2.2: "Conseils et soutiens". */
    public static final Citation ADVICE = Citation.of(CONVENTION, "art. 2.2");
    /** Art. 2.3: support of the trainees of CDG79 training, six months and two half-days on site. */
    public static final Citation TRAINEE_SUPPORT = Citation.of(CONVENTION, "art. 2.3");
    /** Art. 2.4: onboarding of SGMs who did not follow a CDG79 training scheme. */
    public static final Citation ONBOARDING = Citation.of(CONVENTION, "art. 2.4");
    /** Art. 2.5: "Activation spécifique du réseau en cas de besoins ou absences ponctuels". */
    public static final Citation NETWORK_ACTIVATION = Citation.of(CONVENTION, "art. 2.5");
    /** Art. 2.6: "Intervention spécifique du CDG79 sur des difficultés ponctuelles". */
    public static final Citation SPECIFIC_INTERVENTION = Citation.of(CONVENTION, "art. 2.6");
    /** Art. 3.1: the annual adhesion by population stratum, "établie pour l'exercice 2025". */
    public static final Citation FEE = Citation.of(CONVENTION, "art. 3.1");
    /** Art. 3.2: the hourly rates, 35 € member, 75 € non-member. */
    public static final Citation HOURLY_RATES = Citation.of(CONVENTION, "art. 3.2");
    /** Art. 4: duration, renewal, notice, no indemnity, adhesion for a civil year. */
    public static final Citation DURATION = Citation.of(CONVENTION, "art. 4");
    /** Annex: the table of services (réseau départemental / plan d'actions adhésion annuelle). */
    public static final Citation ANNEX = Citation.of(CONVENTION, "annexe");
    /** Charter, préambule: "Le CDG79 en est seul l'administrateur". */
    public static final Citation CHARTER_PREAMBLE = Citation.of(CONVENTION, "charte préambule");
    /** Charter art. 1.1: "identifiant et ... mot de passe personnels et confidentiels". */
    public static final Citation CHARTER_PERSONAL_ACCOUNT = Citation.of(CONVENTION, "charte art. 1.1");
    /** Charter art. 2.2: « Les utilisateurs peuvent consulter, déposer et partager des documents ». */
    public static final Citation CHARTER_USE = Citation.of(CONVENTION, "charte art. 2.2");
    /** Charter art. 2.7: the commune informs the CDG79 when the user leaves the post. */
    public static final Citation CHARTER_LEFT_POST = Citation.of(CONVENTION, "charte art. 2.7");
    /** Charter art. 6: "la suppression de l'accès de l'utilisateur sera immédiate". */
    public static final Citation CHARTER_SANCTIONS = Citation.of(CONVENTION, "charte art. 6");
    /** Charter art. 7.3: the identifier "doit être nominatif". */
    public static final Citation CHARTER_NOMINATIVE = Citation.of(CONVENTION, "charte art. 7.3");
    /** Charter, signature blocks: the SGM and "L'autorité territoriale de la collectivité". */
    public static final Citation CHARTER_SIGNATURES = Citation.of(CONVENTION, "charte signatures");
    /** The Clessé deliberation: "forfait ... fixé pour 2025 au tarif de 150 €". */
    public static final Citation CLESSE = Citation.of(CLESSE_DELIBERATION, "délibération du 23 avril 2026");

    private Cdg79Articles() {}
}
