package fr.cdgrules.cdg79.intervention;

/**
 * Reading of the hourly services (art. 2.3 to 2.6, billed under art. 3.2) asked for by a commune of
 * 3 500 inhabitants or more (a commune not under the ceiling of the
 * {@link fr.cdgrules.cdg79.fee.Ceiling3500Reading}), which cannot join the pack. Art. 2 offers its
 * services « au titre d'une adhésion facultative, à destination des communes de moins de 3 500
 * habitants »; art. 3.2 prices « Commune non adhérente : 75 € de l'heure » without exception.
 *
 * <p>Default: {@link #NON_MEMBER_RATE}: art. 3.2 sets the rate of every commune that is not a member,
 * and a larger commune is one; « à destination des communes de moins de 3 500 habitants » names whom
 * the pack is for, not a bar on the CDG79 working for others.
 */
public enum LargeCommuneRateReading {
    /** The default: billed like any commune « non adhérente », 75 € an hour. */
    NON_MEMBER_RATE,
    /**
     * The services of art. 2 are offered only « à destination des communes de moins de 3 500
     * habitants »: an intervention for a larger commune gets no line and a refusal finding (no rule
     * prices it).
     */
    NOT_OFFERED;

    /** @return the default reading, {@link #NON_MEMBER_RATE} */
    public static LargeCommuneRateReading defaultReading() {
        return NON_MEMBER_RATE;
    }
}
