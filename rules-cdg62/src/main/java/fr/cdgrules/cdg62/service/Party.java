package fr.cdgrules.cdg62.service;

/**
 * A party to the e-administration convention: the CDG 62 or the collectivity ("l'une ou l'autre des
 * parties"). A core {@link fr.cdgrules.core.notice.Party}: a termination is a core
 * {@link fr.cdgrules.core.notice.TerminationNotice} given by one of them.
 */
public enum Party implements fr.cdgrules.core.notice.Party {
    /** The Centre de gestion du Pas-de-Calais ("le CDG 62"). */
    CDG62("le CDG 62"),
    /** The collectivity that signs the convention ("la collectivité"). */
    COLLECTIVITY("la collectivité");

    private final String wording;

    Party(String wording) {
        this.wording = wording;
    }

    /** @return how the text names the party */
    public String wording() {
        return wording;
    }

    /** @return how the text names the party, the same as {@link #wording()} */
    @Override
    public String label() {
        return wording;
    }

    /** @return the other party */
    public Party other() {
        return this == CDG62 ? COLLECTIVITY : CDG62;
    }
}
