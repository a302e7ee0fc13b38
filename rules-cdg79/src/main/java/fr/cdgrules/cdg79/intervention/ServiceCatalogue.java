package fr.cdgrules.cdg79.intervention;

import fr.cdgrules.cdg79.Cdg79Articles;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which services of art. 1 and 2 are included in the pack adhésion and which art. 3.2 bills by
 * the hour, under a {@link BillableServicesReading}.
 *
 * <table>
 *   <caption>Treatment of each service</caption>
 *   <tr><th>service</th><th>{@code HEADING_AND_ANNEX} (default)</th><th>{@code BODY_OF_ARTICLE_3_2}</th></tr>
 *   <tr><td>art. 1.1, 1.2 network, directory, webinars, follow-up committee</td><td colspan="2">compulsory competence, never billed</td></tr>
 *   <tr><td>art. 1.4 platform access</td><td colspan="2">included ("compris dans le tarif d'adhésion au pack")</td></tr>
 *   <tr><td>art. 2.1 toolbox, 2.2 advice</td><td colspan="2">included (annex, column "ADHESION ANNUELLE")</td></tr>
 *   <tr><td>art. 2.3 trainee support</td><td colspan="2">included for six months and two half-days on site, billed beyond</td></tr>
 *   <tr><td>art. 2.4 onboarding</td><td colspan="2">billed ("tarifs préférentiels ... conformément à l'article 3")</td></tr>
 *   <tr><td>art. 2.5 network activation</td><td>included</td><td>billed</td></tr>
 *   <tr><td>art. 2.6 specific interventions</td><td colspan="2">billed ("tarifs préférentiels ... conformément à l'article 3")</td></tr>
 * </table>
 */
public final class ServiceCatalogue {
    private final BillableServicesReading reading;
    private final Map<Service, ServiceTerms> terms;

    private ServiceCatalogue(BillableServicesReading reading) {
        this.reading = reading;
        Map<Service, ServiceTerms> map = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            map.put(s, classify(s, reading));
        }
        this.terms = map;
    }

    /**
     * @param reading the reading of art. 3.2
     * @return the catalogue under that reading
     */
    public static ServiceCatalogue of(BillableServicesReading reading) {
        return new ServiceCatalogue(Objects.requireNonNull(reading, "reading"));
    }

    /** @return the reading applied */
    public BillableServicesReading reading() {
        return reading;
    }

    /**
     * @param service a service
     * @return how it is paid for under this catalogue's reading
     */
    public ServiceTerms terms(Service service) {
        return terms.get(Objects.requireNonNull(service, "service"));
    }

    /** @return the terms of every service, in the order of the text */
    public List<ServiceTerms> all() {
        return List.copyOf(terms.values());
    }

    private static ServiceTerms classify(Service s, BillableServicesReading reading) {
        switch (s) {
            case NETWORK_ANIMATION:
            case SOFTWARE_DIRECTORY:
            case WEBINARS:
            case FOLLOW_UP_COMMITTEE:
                return ServiceTerms.of(s, ServiceTreatment.COMPULSORY_COMPETENCE, reading,
                        List.of(Cdg79Articles.NETWORK, s.citation(), Cdg79Articles.ANNEX, Cdg79Articles.FEE),
                        "the departmental network is run by the CDG79 'au titre de ses compétences obligatoires'"
                                + " (art. 1; annex 'RESEAU DEPARTEMENTAL (compétence obligatoire)'); it is among the"
                                + " 'services mentionnés aux articles 1 et 2' the annual adhesion pays for (art. 3.1)"
                                + " and is never billed by the hour");
            case PLATFORM_ACCESS:
                return ServiceTerms.of(s, ServiceTreatment.INCLUDED_IN_PACK, reading,
                        List.of(Cdg79Articles.PLATFORM_ACCESS, Cdg79Articles.ANNEX),
                        "'L'accès à la plateforme collaborative est compris dans le tarif d'adhésion au pack' (art. 1.4)");
            case TOOLBOX:
            case ADVICE:
                return ServiceTerms.of(s, ServiceTreatment.INCLUDED_IN_PACK, reading,
                        List.of(s.citation(), Cdg79Articles.ANNEX, Cdg79Articles.FEE),
                        "listed in the annex under 'PLAN D'ACTIONS SGDM ADHESION ANNUELLE' without a rate, and paid"
                                + " for by the annual adhesion ('En contrepartie des services mentionnés aux articles 1"
                                + " et 2', art. 3.1)");
            case TRAINEE_SUPPORT:
                return ServiceTerms.of(s, ServiceTreatment.INCLUDED_WITHIN_ALLOWANCE, reading,
                        List.of(Cdg79Articles.TRAINEE_SUPPORT, Cdg79Articles.ANNEX, Cdg79Articles.HOURLY_RATES),
                        "'sur une période de six mois à l'issue de leur première prise de poste ... dans la limite de"
                                + " 2 demi-journées' (art. 2.3; annex '6 mois + 2 demi-journées sur site'); 'Au-delà"
                                + " de ces six mois, un accompagnement particulier peut être sollicité auprès du CDG"
                                + " (cf article 3)', billed at the rates of art. 3.2");
            case ONBOARDING_SUPPORT:
            case SPECIFIC_INTERVENTION:
                return ServiceTerms.of(s, ServiceTreatment.BILLABLE_HOURLY, reading,
                        List.of(s.citation(), Cdg79Articles.HOURLY_RATES, Cdg79Articles.ANNEX),
                        "'Cette prestation bénéficie de tarifs préférentiels dans le cadre de la présente convention,"
                                + " conformément à l'article 3' (" + s.citation() + "); named by the heading of art. 3.2"
                                + " and marked 'Tarifs différenciés si adhésion annuelle' in the annex");
            case NETWORK_ACTIVATION:
                if (reading == BillableServicesReading.BODY_OF_ARTICLE_3_2) {
                    return ServiceTerms.of(s, ServiceTreatment.BILLABLE_HOURLY, reading,
                            List.of(Cdg79Articles.HOURLY_RATES, s.citation()),
                            "reading " + reading + ": 'Dans le cadre des interventions visées aux articles 2.3, 2.5 et"
                                    + " 2.6 de la présente convention, l'intervention du CDG79 fera l'objet d'une"
                                    + " facturation' (art. 3.2)");
                }
                return ServiceTerms.of(s, ServiceTreatment.INCLUDED_IN_PACK, reading,
                        List.of(s.citation(), Cdg79Articles.ANNEX, Cdg79Articles.HOURLY_RATES),
                        "reading " + reading + ": the annex lists 'Activation du réseau en cas de besoin ou absences"
                                + " en lien avec le service intérim' under 'ADHESION ANNUELLE' without a rate, and the"
                                + " heading of art. 3.2 names only onboarding (2.4) and specific interventions (2.6)");
            default:
                throw new IllegalStateException("unclassified service " + s);
        }
    }
}
