package fr.cdgrules.cdg62.service;

import fr.cdgrules.cdg62.Cdg62Articles;
import fr.cdgrules.core.citation.Citation;
import java.util.Arrays;
import java.util.List;

/**
 * What each party undertakes under the convention: the CDG 62's services (art. 3, "ENGAGEMENTS DU
 * CDG 62": 3-1 study, 3-2 set-up, 3-3 assistance) and the collectivity's commitments (art. 4,
 * "ENGAGEMENTS DE LA COLLECTIVITE"), each with the text's own words.
 *
 * <p>Which commitments a convention carries: art. 3 makes no distinction between the service
 * types, so every CDG 62 commitment applies to all three; art. 4 lists the collectivity's
 * commitments without distinction either, except the signature certificates, owed only
 * "éventuellement" ({@link SignatureCertificateReading}). See {@link #appliesTo}.
 */
public enum Commitment {
    /** 3-1 "Définition des besoins en lien avec la collectivité". */
    NEEDS_DEFINITION(Party.CDG62, Cdg62Articles.ART_3_1, "Définition des besoins en lien avec la collectivité"),
    /** 3-1 "Définition des chemins de validation et de signature en lien avec la collectivité". */
    VALIDATION_AND_SIGNATURE_PATHS(Party.CDG62, Cdg62Articles.ART_3_1,
            "Définition des chemins de validation et de signature en lien avec la collectivité"),
    /** 3-1 "Rédaction des procédures de validation". */
    VALIDATION_PROCEDURES(Party.CDG62, Cdg62Articles.ART_3_1, "Rédaction des procédures de validation"),
    /** 3-1 "Rédaction du cahier des fonctionnalités attendues". */
    EXPECTED_FUNCTIONALITIES(Party.CDG62, Cdg62Articles.ART_3_1, "Rédaction du cahier des fonctionnalités attendues"),
    /** 3-2 "Paramétrage de la solution logicielle choisie." */
    SOFTWARE_CONFIGURATION(Party.CDG62, Cdg62Articles.ART_3_2, "Paramétrage de la solution logicielle choisie"),
    /** 3-2 "Sensibilisation des agents / aide aux changements". */
    AWARENESS(Party.CDG62, Cdg62Articles.ART_3_2, "Sensibilisation des agents / aide aux changements"),
    /** 3-2 "Formation des agents et des élus à l'application". */
    TRAINING(Party.CDG62, Cdg62Articles.ART_3_2, "Formation des agents et des élus à l'application"),
    /** 3-2 "Suivi et assistance" (during the set-up; the yearly assistance is {@link #YEARLY_ASSISTANCE}). */
    FOLLOW_UP_AND_ASSISTANCE(Party.CDG62, Cdg62Articles.ART_3_2, "Suivi et assistance"),
    /** 3-2 "Rapport de mise en place et bilan". */
    SET_UP_REPORT(Party.CDG62, Cdg62Articles.ART_3_2, "Rapport de mise en place et bilan"),
    /**
     * 3-3 "Le CDG62 devra assurer au minimum 2 heures par an à l'assistance et à la maintenance
     * préventive du système de la collectivité." Yearly: measured by the assistance report.
     */
    YEARLY_ASSISTANCE(Party.CDG62, Cdg62Articles.ART_3_3,
            "au minimum 2 heures par an à l'assistance et à la maintenance préventive du système de la collectivité",
            CommitmentKind.YEARLY),
    /** 4 "Signer une convention avec la Préfecture du Pas-de-Calais". */
    PREFECTURE_CONVENTION(Party.COLLECTIVITY, Cdg62Articles.ART_4, "Signer une convention avec la Préfecture du Pas-de-Calais"),
    /** 4 "Mettre à disposition du CDG 62 les ressources matérielles et humaines nécessaires à l'expérimentation". */
    RESOURCES(Party.COLLECTIVITY, Cdg62Articles.ART_4,
            "Mettre à disposition du CDG 62 les ressources matérielles et humaines nécessaires à l'expérimentation"),
    /** 4 "Acquérir les certificats nécessaires à l'envoi". */
    SENDING_CERTIFICATES(Party.COLLECTIVITY, Cdg62Articles.ART_4, "Acquérir les certificats nécessaires à l'envoi"),
    /** 4 "[Acquérir les certificats nécessaires] et éventuellement à la signature électronique". */
    SIGNATURE_CERTIFICATES(Party.COLLECTIVITY, Cdg62Articles.ART_4,
            "Acquérir les certificats nécessaires [...] éventuellement à la signature électronique");

    private final Party party;
    private final Citation citation;
    private final String wording;
    private final CommitmentKind kind;

    Commitment(Party party, Citation citation, String wording) {
        this(party, citation, wording, CommitmentKind.ONE_OFF);
    }

    Commitment(Party party, Citation citation, String wording, CommitmentKind kind) {
        this.party = party;
        this.citation = citation;
        this.wording = wording;
        this.kind = kind;
    }

    /** @return the party that undertakes it */
    public Party party() {
        return party;
    }

    /** @return the article */
    public Citation citation() {
        return citation;
    }

    /** @return the text's words */
    public String wording() {
        return wording;
    }

    /** @return one-off or yearly */
    public CommitmentKind kind() {
        return kind;
    }

    /**
     * @param type the service type chosen
     * @param reading the reading of "éventuellement à la signature électronique"
     * @return true if a convention for that type carries this commitment
     */
    public boolean appliesTo(ServiceType type, SignatureCertificateReading reading) {
        java.util.Objects.requireNonNull(type, "type");
        java.util.Objects.requireNonNull(reading, "reading");
        return this != SIGNATURE_CERTIFICATES || reading.requiresSignatureCertificates(type);
    }

    /**
     * @param type the service type chosen
     * @param reading the reading of "éventuellement à la signature électronique"
     * @return the commitments of a convention for that type, CDG 62's first, in the text's order
     */
    public static List<Commitment> forService(ServiceType type, SignatureCertificateReading reading) {
        java.util.Objects.requireNonNull(type, "type");
        java.util.Objects.requireNonNull(reading, "reading");
        return Arrays.stream(values()).filter(c -> c.appliesTo(type, reading)).toList();
    }

    /**
     * @param services the services chosen (a sending type with IDELIBRE, art. 1)
     * @param reading the reading of "éventuellement à la signature électronique"
     * @return true if a convention for those services carries this commitment (if one of them does)
     */
    public boolean appliesTo(ServiceChoice services, SignatureCertificateReading reading) {
        java.util.Objects.requireNonNull(services, "services");
        java.util.Objects.requireNonNull(reading, "reading");
        return services.types().stream().anyMatch(t -> appliesTo(t, reading));
    }

    /**
     * @param services the services chosen (a sending type with IDELIBRE, art. 1)
     * @param reading the reading of "éventuellement à la signature électronique"
     * @return the commitments of a convention for those services, each once, CDG 62's first, in the
     *     text's order
     */
    public static List<Commitment> forService(ServiceChoice services, SignatureCertificateReading reading) {
        java.util.Objects.requireNonNull(services, "services");
        java.util.Objects.requireNonNull(reading, "reading");
        return Arrays.stream(values()).filter(c -> c.appliesTo(services, reading)).toList();
    }
}
