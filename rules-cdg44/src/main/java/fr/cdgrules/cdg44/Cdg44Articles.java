package fr.cdgrules.cdg44;

import fr.cdgrules.core.citation.Citation;

/**
 * The articles of source text 002, the partnership convention 2024-2027 of the Pays de la Loire
 * cooperation, as the module cites them. Keys only: each article's heading and quoted words are in
 * the descriptor ({@code cdg44.yaml}), and {@code ArticlesDeclaredTest} checks that every constant is
 * declared there.
 */
public final class Cdg44Articles {
    /** The parties and their representatives, with the acts authorising them to sign. */
    public static final Citation PARTIES = Citation.of("002", "parties");
    /** Art. 1 « Objet de la Convention »: the scheme, its cohorts and its deployment. */
    public static final Citation ART_1 = Citation.of("002", "art. 1");
    /** Art. 2, « La Région des Pays de la Loire », Direction des ressources humaines: immersion and pay of its agents. */
    public static final Citation ART_2_REGION_HR = Citation.of("002", "art. 2 § Région, Direction des ressources humaines");
    /** Art. 2, « La Direction Emploi, Formation Professionnelle et Apprentissage »: the approval 2024-2027. */
    public static final Citation ART_2_REGION_EMPLOYMENT = Citation.of("002",
            "art. 2 § Région, Direction Emploi, Formation Professionnelle et Apprentissage");
    /** Art. 4 « Pilotage et mise en œuvre »: the steering committee. */
    public static final Citation ART_4 = Citation.of("002", "art. 4");
    /** Art. 5 « Durée ». */
    public static final Citation ART_5 = Citation.of("002", "art. 5");
    /** Art. 7.3 « Résiliation ». */
    public static final Citation ART_7_3 = Citation.of("002", "art. 7.3");
    /** « Modalités financières », the CNFPT: the pedagogical cost. */
    public static final Citation FINANCING_CNFPT = Citation.of("002", "modalités financières § CNFPT");
    /** « Modalités financières », France Travail: the ARE. */
    public static final Citation FINANCING_FRANCE_TRAVAIL = Citation.of("002", "modalités financières § France Travail");
    /** « Modalités financières », the Région's commitments for job seekers without ARE. */
    public static final Citation FINANCING_REGION = Citation.of("002", "modalités financières § Région");
    /** « Modalités financières », the Région's relay at the end of ARE rights. */
    public static final Citation FINANCING_REGION_RELAY = Citation.of("002", "modalités financières § Région, relai");
    /** « Modalités financières », the regional coordination of the centres de gestion: promotion. */
    public static final Citation FINANCING_CDG_COORDINATION = Citation.of("002",
            "modalités financières § coordination régionale des Centres de gestion");
    /** « Modalités financières », the CNFPT and the coordination together: coordination and logistics. */
    public static final Citation FINANCING_JOINT_COORDINATION = Citation.of("002",
            "modalités financières § CNFPT et coordination régionale des Centres de gestion");
    /** The signature block (« Fait à Nantes, le … en quatre exemplaires originaux »). */
    public static final Citation SIGNATURES = Citation.of("002", "signatures");

    private Cdg44Articles() {}
}
