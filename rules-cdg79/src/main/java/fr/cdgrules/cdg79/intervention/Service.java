package fr.cdgrules.cdg79.intervention;

import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.core.citation.Citation;

/**
 * The services of the convention (art. 1 and 2 of 000), each with the text's own title and its
 * article. {@link ServiceCatalogue} says which are included in the pack and which are billed by the
 * hour.
 */
public enum Service {
    /** "Mise en place et animation du réseau" départemental des SGDM (art. 1.2). */
    NETWORK_ANIMATION("Mise en place et animation du réseau départemental des SGDM", Cdg79Articles.NETWORK_ANIMATION),
    /** "un annuaire de logiciels métiers &amp; référents experts" (art. 1.1). */
    SOFTWARE_DIRECTORY("Annuaire de logiciels métiers & référents experts", Cdg79Articles.NETWORK_ROLE),
    /** "organise des matinales ou webinaires hors compétences GRH" (art. 1.1). */
    WEBINARS("Matinales, webinaires ou autres évènementiels", Cdg79Articles.NETWORK_ROLE),
    /** "Un comité de suivi du réseau départemental" (art. 1.2). */
    FOLLOW_UP_COMMITTEE("Comité de suivi du réseau départemental", Cdg79Articles.NETWORK_ANIMATION),
    /** The collaborative platform, "avec deux espaces distincts" (art. 1.4). */
    PLATFORM_ACCESS("Accès à la plateforme collaborative (espace communautaire et espace départemental)",
            Cdg79Articles.PLATFORM_ACCESS),
    /** "Création d'une boîte à outils" (art. 2.1). */
    TOOLBOX("Création d'une boîte à outils", Cdg79Articles.TOOLBOX),
    /** "Conseils et soutiens" (art. 2.2). */
    ADVICE("Conseils et soutiens", Cdg79Articles.ADVICE),
    /** "Accompagnement des stagiaires et étudiants des formations initiées par la CDG79" (art. 2.3). */
    TRAINEE_SUPPORT("Accompagnement des stagiaires et étudiants des formations initiées par le CDG79",
            Cdg79Articles.TRAINEE_SUPPORT),
    /** "Accompagnement à la prise de poste ... n'ayant pas suivi un dispositif de formation du CDG79" (art. 2.4). */
    ONBOARDING_SUPPORT("Accompagnement à la prise de poste hors dispositifs de formation du CDG79",
            Cdg79Articles.ONBOARDING),
    /** "Activation spécifique du réseau en cas de besoins ou absences ponctuels" (art. 2.5). */
    NETWORK_ACTIVATION("Activation spécifique du réseau en cas de besoins ou absences ponctuels",
            Cdg79Articles.NETWORK_ACTIVATION),
    /** "Intervention spécifique du CDG79 sur des difficultés ponctuelles" (art. 2.6). */
    SPECIFIC_INTERVENTION("Intervention spécifique du CDG79 sur des difficultés ponctuelles",
            Cdg79Articles.SPECIFIC_INTERVENTION);

    private final String title;
    private final Citation citation;

    Service(String title, Citation citation) {
        this.title = title;
        this.citation = citation;
    }

    /** @return the text's own title of the service */
    public String title() {
        return title;
    }

    /** @return the article describing the service */
    public Citation citation() {
        return citation;
    }

    /** @return the title and the article, e.g. "Conseils et soutiens (000 art. 2.2)" */
    public String describe() {
        return title + " (" + citation + ")";
    }
}
