package fr.cdgrules.cdg79;

import fr.cdgrules.core.territory.Territory;

/**
 * The territory the CDG79 serves: the communes of the Deux-Sèvres (département 79).
 *
 * <p>The convention is that of the "Centre de gestion de la fonction publique territoriale des
 * Deux-Sèvres"; its préambule anchors the plan "sur le département" and the law it cites gives the
 * centres de gestion the network of SGMs "dans leur ressort territorial". A commune of another
 * département is not eligible, with that reason.
 */
public final class Cdg79Territory {
    /** The département code of the Deux-Sèvres. */
    public static final String DEPARTMENT = "79";

    /** The Deux-Sèvres (79), cited to the préambule of 000. */
    public static final Territory DEUX_SEVRES = Cdg79Descriptor.bundled().territory();

    private Cdg79Territory() {}
}
