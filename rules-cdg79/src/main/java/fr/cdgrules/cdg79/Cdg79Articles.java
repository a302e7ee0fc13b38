package fr.cdgrules.cdg79;

import fr.cdgrules.core.citation.Citation;

/**
 * The articles of the CDG79 texts this module cites, as {@link Citation}s: the keys only. Their
 * headings and quoted words are in the descriptor, {@code cdg79.yaml} ({@code sources:}), where
 * {@code ArticlesDeclaredTest} checks that each constant is declared. Document {@code 000} is the
 * convention d'adhésion with its annex and the charte d'utilisation de la plateforme (cited as
 * {@code 000 charte …}); {@code 001} is the Clessé deliberation of 23 April 2026.
 */
public final class Cdg79Articles {
    /** The short id of the convention (and of its annexed charter). */
    public static final String CONVENTION = "000";
    /** The short id of the Clessé deliberation, the worked case. */
    public static final String CLESSE_DELIBERATION = "001";

    /** Préambule. */
    public static final Citation PREAMBLE = Citation.of("000", "préambule");
    /** Art. 1, animation du réseau et de la plateforme collaborative. */
    public static final Citation NETWORK = Citation.of("000", "art. 1");
    /** Art. 1.1, rôle du réseau départemental des SGDM. */
    public static final Citation NETWORK_ROLE = Citation.of("000", "art. 1.1");
    /** Art. 1.2, animation du réseau départemental des SGDM. */
    public static final Citation NETWORK_ANIMATION = Citation.of("000", "art. 1.2");
    /** Art. 1.3, réseau des SGDM au niveau intercommunal (espaces communautaires). */
    public static final Citation COMMUNITY_NETWORK = Citation.of("000", "art. 1.3");
    /** Art. 1.4, accès à la plateforme collaborative. */
    public static final Citation PLATFORM_ACCESS = Citation.of("000", "art. 1.4");
    /** Art. 2, services et prestations au titre d'une adhésion facultative. */
    public static final Citation SERVICES = Citation.of("000", "art. 2");
    /** Art. 2.1, création d'une boîte à outils. */
    public static final Citation TOOLBOX = Citation.of("000", "art. 2.1");
    /** Art. 2.2, conseils et soutiens. */
    public static final Citation ADVICE = Citation.of("000", "art. 2.2");
    /** Art. 2.3, accompagnement des stagiaires et étudiants des formations du CDG79. */
    public static final Citation TRAINEE_SUPPORT = Citation.of("000", "art. 2.3");
    /** Art. 2.4, accompagnement à la prise de poste des SGM non formés par le CDG79. */
    public static final Citation ONBOARDING = Citation.of("000", "art. 2.4");
    /** Art. 2.5, activation spécifique du réseau. */
    public static final Citation NETWORK_ACTIVATION = Citation.of("000", "art. 2.5");
    /** Art. 2.6, intervention spécifique du CDG79 sur des difficultés ponctuelles. */
    public static final Citation SPECIFIC_INTERVENTION = Citation.of("000", "art. 2.6");
    /** Art. 3.1, tarifs (adhésion annuelle par strate). */
    public static final Citation FEE = Citation.of("000", "art. 3.1");
    /** Art. 3.2, tarif horaire des interventions. */
    public static final Citation HOURLY_RATES = Citation.of("000", "art. 3.2");
    /** Art. 4, durée et résiliation. */
    public static final Citation DURATION = Citation.of("000", "art. 4");
    /** Annexe, tableau des services. */
    public static final Citation ANNEX = Citation.of("000", "annexe");
    /** Charte, préambule (l'administrateur de la plateforme). */
    public static final Citation CHARTER_PREAMBLE = Citation.of("000", "charte préambule");
    /** Charte art. 1.1, identifiants personnels. */
    public static final Citation CHARTER_PERSONAL_ACCOUNT = Citation.of("000", "charte art. 1.1");
    /** Charte art. 2.2, consulter, déposer et partager des documents. */
    public static final Citation CHARTER_USE = Citation.of("000", "charte art. 2.2");
    /** Charte art. 2.7, départ de l'utilisateur. */
    public static final Citation CHARTER_LEFT_POST = Citation.of("000", "charte art. 2.7");
    /** Charte art. 6, sanctions. */
    public static final Citation CHARTER_SANCTIONS = Citation.of("000", "charte art. 6");
    /** Charte art. 7.3, identifiant nominatif. */
    public static final Citation CHARTER_NOMINATIVE = Citation.of("000", "charte art. 7.3");
    /** Charte, blocs de signature. */
    public static final Citation CHARTER_SIGNATURES = Citation.of("000", "charte signatures");
    /** Délibération du conseil municipal de Clessé du 23 avril 2026. */
    public static final Citation CLESSE = Citation.of("001", "délibération du 23 avril 2026");

    private Cdg79Articles() {}
}
