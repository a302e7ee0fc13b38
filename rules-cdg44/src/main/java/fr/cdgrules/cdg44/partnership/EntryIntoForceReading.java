package fr.cdgrules.cdg44.partnership;

/**
 * What « la présente convention prend effet à sa date de signature par les parties » (art. 5) means
 * when the four parties sign on different dates; the signature block leaves the date blank (« Fait à
 * Nantes, le » … « en quatre exemplaires originaux »).
 *
 * <p>Not selectable: the only reading offered is {@link #LAST_OF_THE_FOUR_SIGNATURES}. An earlier
 * date would put into effect a convention that some party has not yet agreed to, which « signature
 * par les parties » (plural: all of them) rules out.
 */
public enum EntryIntoForceReading {
    /**
     * The default and only reading: the convention takes effect on the date of the last of the four
     * signatures (CDG coordination, CNFPT, Région, FRAMEL); while one is missing it is not in effect.
     * A France Travail signature is not needed and is ignored, with a warning.
     */
    LAST_OF_THE_FOUR_SIGNATURES
}
