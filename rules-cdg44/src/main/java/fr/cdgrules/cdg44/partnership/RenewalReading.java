package fr.cdgrules.cdg44.partnership;

/**
 * What the convention says of renewal: nothing. Art. 5 reads « pour une durée de 3 ans » and no
 * article speaks of reconduction, tacit or express.
 *
 * <p>Not selectable: silence is read as {@link #NO_RENEWAL} (core {@code RenewalPolicy.none}, cited to
 * art. 5). Going on after three years needs a new convention, or an avenant (art. 7.2: « Les
 * aménagements … seront convenus entre les Parties par voie d'avenants »), which this library does
 * not presume.
 */
public enum RenewalReading {
    /** The default and only reading: the convention ends at the end of its three years, without renewal. */
    NO_RENEWAL
}
