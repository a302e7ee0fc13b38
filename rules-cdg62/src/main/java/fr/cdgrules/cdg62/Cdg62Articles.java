package fr.cdgrules.cdg62;

import fr.cdgrules.core.citation.Citation;

/**
 * The articles of source text 004, the CDG62's convention for e-administration support, as the
 * module cites them. Keys only: each article's heading and quoted words are in the descriptor
 * ({@code cdg62.yaml}), and {@code ArticlesDeclaredTest} checks that every constant is declared there.
 */
public final class Cdg62Articles {
    /** Préambule: the territory served and the three types of service (prestations). */
    public static final Citation PREAMBLE = Citation.of("004", "préambule");
    /** Art. 1 « OBJET »: the services, a sending type and the convocations (IDELIBRE). */
    public static final Citation ART_1 = Citation.of("004", "art. 1");
    /** Art. 2 « DUREE ET RENOUVELLEMENT ». */
    public static final Citation ART_2 = Citation.of("004", "art. 2");
    /** Art. 3-1 « Réalisation de l'étude du projet ». */
    public static final Citation ART_3_1 = Citation.of("004", "art. 3-1");
    /** Art. 3-2 « Réalisation du projet ». */
    public static final Citation ART_3_2 = Citation.of("004", "art. 3-2");
    /** Art. 3-3 « Assistance »: the yearly minimum of assistance. */
    public static final Citation ART_3_3 = Citation.of("004", "art. 3-3");
    /** Art. 4 « ENGAGEMENTS DE LA COLLECTIVITE ». */
    public static final Citation ART_4 = Citation.of("004", "art. 4");
    /** Art. 5 « TARIFICATION »: included in the cotisation additionnelle. */
    public static final Citation ART_5 = Citation.of("004", "art. 5");
    /** The second « Article 6 », « RESILIATION » (the text numbers two articles 6). */
    public static final Citation ART_6_TERMINATION = Citation.of("004", "art. 6 (résiliation)");

    private Cdg62Articles() {}
}
