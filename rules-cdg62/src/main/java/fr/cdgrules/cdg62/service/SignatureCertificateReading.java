package fr.cdgrules.cdg62.service;

/**
 * Ambiguity (004 art. 4): which service types oblige the collectivity to acquire electronic
 * signature certificates. The text: "Acquérir les certificats nécessaires à l'envoi et
 * <em>éventuellement</em> à la signature électronique" — certificates for sending always,
 * certificates for signing only "possibly", without saying when.
 *
 * <p>The sending certificates are read literally: owed for every service type. Only the signature
 * certificates depend on this reading.
 */
public enum SignatureCertificateReading {
    /**
     * The default: signature certificates are owed only with an electronic signature workflow,
     * i.e. for « Paramétrage, Organisation et dématérialisation » ("avec mise en place d'un
     * parapheur électronique"); the preamble's "sans mise en place d'un parapheur électronique"
     * makes them pointless for « Paramétrage et Dématérialisation », and IDELIBRE signs nothing.
     */
    WITH_PARAPHEUR_ONLY,
    /**
     * Signature certificates are owed for both types that send to the contrôle de légalité and/or
     * the perception, with or without a parapheur (an ordonnateur may sign the flows sent to the
     * perception electronically from the finance software); never for IDELIBRE.
     */
    EVERY_DEMATERIALISED_SENDING;

    /** The reading used unless the caller chooses another. */
    public static final SignatureCertificateReading DEFAULT = WITH_PARAPHEUR_ONLY;

    /**
     * @param type a service type
     * @return true if, under this reading, the collectivity must acquire signature certificates
     */
    public boolean requiresSignatureCertificates(ServiceType type) {
        java.util.Objects.requireNonNull(type, "type");
        return this == WITH_PARAPHEUR_ONLY ? type.withParapheur() : type.sendsActs();
    }

    /**
     * @param services the services chosen
     * @return true if, under this reading, one of them requires signature certificates
     */
    public boolean requiresSignatureCertificates(ServiceChoice services) {
        java.util.Objects.requireNonNull(services, "services");
        return services.types().stream().anyMatch(this::requiresSignatureCertificates);
    }
}
