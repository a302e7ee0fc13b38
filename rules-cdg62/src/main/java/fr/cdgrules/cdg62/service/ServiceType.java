package fr.cdgrules.cdg62.service;

import fr.cdgrules.cdg62.Cdg62Articles;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The three types of e-administration service (prestations) the convention offers, as its preamble
 * defines them: "Cette expérimentation a permis de définir trois types de prestations [...] La
 * collectivité devra faire le choix de la prestation en fonction de ses besoins."
 *
 * <p>Whether a type comes with an electronic signature workflow (parapheur électronique) decides
 * whether the collectivity must acquire signature certificates (art. 4, see
 * {@link SignatureCertificateReading}).
 */
public enum ServiceType {
    /**
     * « Paramétrage et Dématérialisation »: "il s'agit de la dématérialisation de l'envoi au contrôle
     * de légalité et /ou à la perception sans mise en place d'un parapheur électronique."
     */
    PARAMETRAGE_DEMATERIALISATION("Paramétrage et Dématérialisation",
            "dematerialised sending to the contrôle de légalité and/or the perception, without an electronic signature workflow (parapheur)",
            true, false),
    /**
     * « Paramétrage, Organisation et dématérialisation »: "il s'agit de la dématérialisation de
     * l'envoi au contrôle de légalité et /ou à la perception, avec mise en place d'un parapheur
     * électronique."
     */
    PARAMETRAGE_ORGANISATION_DEMATERIALISATION("Paramétrage, Organisation et dématérialisation",
            "dematerialised sending to the contrôle de légalité and/or the perception, with an electronic signature workflow (parapheur)",
            true, true),
    /**
     * IDELIBRE: "La mise en place de IDELIBRE afin de dématérialiser l'envoi des consultations"
     * (art. 1 says "l'envoi des convocations aux différentes instances": the convocations of the
     * council and other bodies).
     */
    IDELIBRE("Mise en place de IDELIBRE",
            "IDELIBRE set-up: dematerialised sending of the convocations to the council and other bodies",
            false, false);

    /**
     * The preamble, which defines the three types.
     *
     * @deprecated use {@link Cdg62Articles#PREAMBLE}
     */
    @Deprecated
    public static final Citation PREAMBLE = Cdg62Articles.PREAMBLE;

    private final String wording;
    private final String description;
    private final boolean sendsActs;
    private final boolean withParapheur;

    ServiceType(String wording, String description, boolean sendsActs, boolean withParapheur) {
        this.wording = wording;
        this.description = description;
        this.sendsActs = sendsActs;
        this.withParapheur = withParapheur;
    }

    /** @return the name of the type as the text writes it */
    public String wording() {
        return wording;
    }

    /** @return what the type is, in English */
    public String description() {
        return description;
    }

    /** @return true if the type dematerialises the sending to the contrôle de légalité and/or the perception */
    public boolean sendsActs() {
        return sendsActs;
    }

    /** @return true if the type sets up an electronic signature workflow ("parapheur électronique") */
    public boolean withParapheur() {
        return withParapheur;
    }

    /** @return the article defining the types */
    public Citation citation() {
        return Cdg62Articles.PREAMBLE;
    }

    /**
     * Reads a service type from its constant name ({@code IDELIBRE}) or the text's wording
     * ({@code "Paramétrage et Dématérialisation"}), ignoring case.
     *
     * @param text the name or wording
     * @return the type
     * @throws InvalidInputException if no type has that name or wording, or the text is null (text read from a
     *     file or the command line, through {@link ServiceChoice#parse(String)})
     */
    public static ServiceType parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("serviceType", Cdg62Articles.PREAMBLE, "a service type is required");
        }
        String t = text.strip();
        return Arrays.stream(values())
                .filter(s -> s.name().equalsIgnoreCase(t) || s.wording.toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("serviceType", Cdg62Articles.PREAMBLE,
                        "'" + text + "' is none of " + Arrays.toString(values())));
    }
}
