package fr.cdgrules.cdg79.intervention;

import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.core.citation.Citation;
import java.util.List;

/**
 * Reading of which services art. 3.2 bills by the hour: the text contradicts itself on network
 * activation (art. 2.5).
 *
 * <ul>
 *   <li>The body of art. 3.2: "Dans le cadre des interventions visées aux articles 2.3, 2.5 et 2.6
 *       de la présente convention, l'intervention du CDG79 fera l'objet d'une facturation".
 *   <li>Its heading: "3.2. Accompagnement des secrétaires de mairie en prise de poste hors
 *       dispositifs de formation ou interventions spécifiques sur des difficultés ponctuelles" —
 *       that is art. 2.4 and art. 2.6.
 *   <li>Art. 2.4 and 2.6 each say "Cette prestation bénéficie de tarifs préférentiels dans le cadre
 *       de la présente convention, conformément à l'article 3"; art. 2.5 says nothing of a price.
 *   <li>The annex puts "Activation du réseau en cas de besoin ou absences en lien avec le service
 *       intérim (phoning, etc)" in the column "PLAN D'ACTIONS SGDM ADHESION ANNUELLE" with no rate,
 *       and marks only 2.4 and 2.6 "Tarifs différenciés si adhésion annuelle".
 * </ul>
 *
 * <p>Under both readings art. 2.4 and 2.6 are billed (their own articles say so), and art. 2.3 is
 * billed beyond its allowance ("Au-delà de ces six mois, un accompagnement particulier peut être
 * sollicité auprès du CDG (cf article 3)"). Only art. 2.5 differs.
 *
 * <p>Default: {@link #HEADING_AND_ANNEX}. Four places (the heading, art. 2.4, art. 2.6 and the
 * annex) agree against one list; "2.5" in that list reads as a slip for "2.4", the one billed
 * service the list otherwise omits. Network activation puts communes in touch with agents of other
 * communes ("active son réseau pour mettre en relation"): it is not work the CDG79 does for hours.
 */
public enum BillableServicesReading {
    /** The default: 2.4 and 2.6 billed, 2.3 beyond its allowance; 2.5 included in the pack. */
    HEADING_AND_ANNEX(List.of(Cdg79Articles.HOURLY_RATES, Cdg79Articles.ONBOARDING,
            Cdg79Articles.SPECIFIC_INTERVENTION, Cdg79Articles.ANNEX)),
    /** The list in the body of art. 3.2: 2.5 billed too (besides 2.4, 2.6, and 2.3 beyond its allowance). */
    BODY_OF_ARTICLE_3_2(List.of(Cdg79Articles.HOURLY_RATES));

    private final List<Citation> citations;

    BillableServicesReading(List<Citation> citations) {
        this.citations = citations;
    }

    /** @return the default reading, {@link #HEADING_AND_ANNEX} */
    public static BillableServicesReading defaultReading() {
        return HEADING_AND_ANNEX;
    }

    /** @return the articles whose words this reading follows */
    public List<Citation> citations() {
        return citations;
    }
}
