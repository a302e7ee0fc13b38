package fr.cdgrules.cdg79.charter;

import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.core.citation.Citation;

/** Why a user's access ends. */
public enum RevocationReason {
    /**
     * The user left the post. Charter art. 2.7: "L'utilisateur et la Collectivité s'engagent à
     * informer immédiatement le CDG79, administrateur des espaces Interstis, de la cessation des
     * fonctions de l'utilisateur au sein de la Collectivité."
     */
    LEFT_POST(Cdg79Articles.CHARTER_LEFT_POST),
    /**
     * A breach of the charter. Charter art. 6: "En cas de non-respect de cette charte, la suppression
     * de l'accès de l'utilisateur sera immédiate".
     */
    CHARTER_BREACH(Cdg79Articles.CHARTER_SANCTIONS);

    private final Citation citation;

    RevocationReason(Citation citation) {
        this.citation = citation;
    }

    /** @return the article of the charter */
    public Citation citation() {
        return citation;
    }
}
