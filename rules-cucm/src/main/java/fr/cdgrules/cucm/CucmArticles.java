package fr.cdgrules.cucm;

import fr.cdgrules.core.citation.Citation;

/**
 * The articles of seed 003 (the deliberation of the conseil communautaire of 30 June 2022, the
 * convention cadre de mutualisation de services and its annexes) that the CUCM rules cite, as
 * {@link Citation}s. Keys only: the heading and the quoted words of each article live in the
 * descriptor ({@code cucm.yaml}). The text has two annexes numbered 2: the service contract
 * (« ANNEXE 2 CONTRAT DE PRESTATION », cited {@code 003 annexe 2 (contrat), art. N}) and the scale
 * (« ANNEXE 2 : BAREME DES COTISATIONS », cited {@code 003 annexe 2 (barème)}).
 */
public final class CucmArticles {
    private CucmArticles() {}

    /** The document id of seed 003, used in every citation. */
    public static final String DOCUMENT = "003";

    /** Art. 1, « Objet ». */
    public static final Citation ART_1 = Citation.of(DOCUMENT, "art. 1");
    /** Art. 3, « Conditions d'utilisation du service ». */
    public static final Citation ART_3 = Citation.of(DOCUMENT, "art. 3");
    /** Art. 4, « Adhésion et engagements des communes ». */
    public static final Citation ART_4 = Citation.of(DOCUMENT, "art. 4");
    /** Art. 5, « Cotisation, coût unitaire, facturation ». */
    public static final Citation ART_5 = Citation.of(DOCUMENT, "art. 5");
    /** Art. 6, « L'agent ». */
    public static final Citation ART_6 = Citation.of(DOCUMENT, "art. 6");
    /** Art. 8, governance (« mission de suivi et de bilan »). */
    public static final Citation ART_8 = Citation.of(DOCUMENT, "art. 8");
    /** Art. 9, « Durée ». */
    public static final Citation ART_9 = Citation.of(DOCUMENT, "art. 9");
    /** Art. 10, « Résiliation ». */
    public static final Citation ART_10 = Citation.of(DOCUMENT, "art. 10");
    /** Art. 12, amendments by avenant. */
    public static final Citation ART_12 = Citation.of(DOCUMENT, "art. 12");
    /** The deliberation of 30 June 2022 (the service created « à titre expérimental pour une durée de 2 ans »). */
    public static final Citation DELIBERATION = Citation.of(DOCUMENT, "délibération du 30 juin 2022");
    /** Annexe 1, « Bulletin d'adhésion ». */
    public static final Citation ANNEX_1 = Citation.of(DOCUMENT, "annexe 1");
    /** « ANNEXE 2 : BAREME DES COTISATIONS ». */
    public static final Citation ANNEX_2_SCALE = Citation.of(DOCUMENT, "annexe 2 (barème)");
    /** « ANNEXE 2 CONTRAT DE PRESTATION », art. 1: duration of the contract. */
    public static final Citation CONTRACT_ART_1 = Citation.of(DOCUMENT, "annexe 2 (contrat), art. 1");
    /** « ANNEXE 2 CONTRAT DE PRESTATION », art. 2: provisional cost, final amount. */
    public static final Citation CONTRACT_ART_2 = Citation.of(DOCUMENT, "annexe 2 (contrat), art. 2");
    /** « ANNEXE 2 CONTRAT DE PRESTATION », art. 4: renewal of the contract. */
    public static final Citation CONTRACT_ART_4 = Citation.of(DOCUMENT, "annexe 2 (contrat), art. 4");
}
