package fr.cdgrules.cucm.source;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.module.SourceText;
import fr.cdgrules.core.territory.Territory;
import java.time.LocalDate;

/**
 * The source text of the CUCM module (seed 003) and the articles the rules cite.
 *
 * <p>Seed 003 holds the deliberation of the conseil communautaire of 30 June 2022, then the
 * "convention cadre de mutualisation de services" with its annexes. The text has two annexes
 * numbered 2: the service contract ("ANNEXE 2 CONTRAT DE PRESTATION") and the scale of cotisations
 * ("ANNEXE 2 : BAREME DES COTISATIONS"); they are cited distinctly as {@code 003 annexe 2 (contrat), art. N}
 * and {@code 003 annexe 2 (barème)}.
 */
public final class CucmText {
    private CucmText() {}

    /** The document id of the seed, used in every citation. */
    public static final String DOCUMENT = "003";

    /** The seed file. */
    public static final String FILE = "003_827f50244e7ff2d4.txt";

    /** The issuing body. */
    public static final String ISSUING_BODY = "Communauté urbaine Creusot Montceau (CUCM)";

    /** The SIREN of the CUCM, an EPCI à fiscalité propre (communauté urbaine). */
    public static final String EPCI_SIREN = "247100290";

    /**
     * The decision that set the tariff versions: "d'approuver le barème des cotisations dont les
     * communes adhérentes devront s'acquitter tous les ans et fixe le montant du cout horaire agent à
     * la somme de 30 € au titre de l'année 2022, ce montant étant révisé annuellement".
     */
    public static final String COUNCIL_DELIBERATION = "Délibération du conseil communautaire de la CUCM du 30 juin 2022";

    /** Art. 1: object — a shared service between the CUCM and "ses communes membres signataires". */
    public static final Citation ART_1 = cite("art. 1");
    /** Art. 3: conditions of use — who may join, priorities, durations, notice, information to give. */
    public static final Citation ART_3 = cite("art. 3");
    /** Art. 4: adhesion (deliberation, annex 1) and the commitments of the communes. */
    public static final Citation ART_4 = cite("art. 4");
    /** Art. 5: cotisation, hourly unit cost, estimate, titres de recettes and payment. */
    public static final Citation ART_5 = cite("art. 5");
    /** Art. 6: the agent — leave and training not billed, RTT billed, 35 h or 37.5 h, 1 607 h, 12 RTT days. */
    public static final Citation ART_6 = cite("art. 6");
    /** Art. 8: governance — the working group « chargé d'une mission de suivi et de bilan ». */
    public static final Citation ART_8 = cite("art. 8");
    /** Art. 9: duration — 1 July 2022 to 30 June 2024, "non reconductible de façon tacite". */
    public static final Citation ART_9 = cite("art. 9");
    /** Art. 10: termination — for fault after formal notice, or in the general interest. */
    public static final Citation ART_10 = cite("art. 10");
    /** Art. 12: « Toute modification de la présente convention devra faire l'objet d'un avenant signé des deux parties ». */
    public static final Citation ART_12 = cite("art. 12");
    /**
     * The deliberation of 30 June 2022: « à titre expérimental pour une durée de 2 ans avant qu'un bilan ne
     * décide de sa reconduction ».
     */
    public static final Citation DELIBERATION = cite("délibération du 30 juin 2022");
    /** Annex 1: the membership form (bulletin d'adhésion). */
    public static final Citation ANNEX_1 = cite("annexe 1");
    /** "ANNEXE 2 : BAREME DES COTISATIONS". */
    public static final Citation ANNEX_2_SCALE = cite("annexe 2 (barème)");
    /** "ANNEXE 2 CONTRAT DE PRESTATION", art. 1: fixed duration "(maximum 2 mois)" or forecast duration. */
    public static final Citation CONTRACT_ART_1 = cite("annexe 2 (contrat), art. 1");
    /** "ANNEXE 2 CONTRAT DE PRESTATION", art. 2: provisional cost, final amount from the timesheet. */
    public static final Citation CONTRACT_ART_2 = cite("annexe 2 (contrat), art. 2");
    /** "ANNEXE 2 CONTRAT DE PRESTATION", art. 4: renewal asked one week before, answered within 72 hours. */
    public static final Citation CONTRACT_ART_4 = cite("annexe 2 (contrat), art. 4");

    /** First day of the framework convention (art. 9: "prend effet à compter de la date du 1er juillet 2022"). */
    public static final LocalDate CONVENTION_START = LocalDate.of(2022, 7, 1);

    /**
     * Last day of the framework convention as the text sets it (art. 9: "qui viendra à expiration à la
     * date du 30 juin 2024"). A reconduction decided after the bilan moves the end: the end in force is
     * {@link fr.cdgrules.cucm.convention.FrameworkPeriod#lastDay()}, not this constant.
     */
    public static final LocalDate CONVENTION_LAST_DAY = LocalDate.of(2024, 6, 30);

    /**
     * The territory served: the member communes of the CUCM (art. 3: "Toutes les communes de la CUCM
     * peuvent adhérer au service commun et ceci quel que soit leur nombre d'habitants").
     */
    public static final Territory TERRITORY = Territory.epciMembers(
            "the member communes of the Communauté urbaine Creusot Montceau (EPCI SIREN " + EPCI_SIREN + ")",
            ART_3, EPCI_SIREN);

    /** @return the source text implemented */
    public static SourceText sourceText() {
        return SourceText.of(DOCUMENT, FILE, "CUCM — convention cadre de mutualisation de services: service commun de "
                + "remplacement des secrétaires de mairie et des personnels administratifs communaux "
                + "(délibération du conseil communautaire du 30 juin 2022)");
    }

    private static Citation cite(String article) {
        return Citation.of(DOCUMENT, article);
    }
}
