package fr.cdgrules.cdg62.convention;

/**
 * Point to decide (004 art. 2): "La présente convention est pour une durée de 5 ans du au / La
 * convention est renouvelable 1 fois par reconduction expresse" — the length of the renewed term is
 * not stated. The only reading kept: a "reconduction" renews the convention as it stands, so for the
 * same five years; the convention runs at most ten years. The caller cannot choose another.
 */
public enum RenewedTermReading {
    /** The renewed term lasts five years, like the initial one ("reconduction": the same convention again). */
    SAME_FIVE_YEARS
}
