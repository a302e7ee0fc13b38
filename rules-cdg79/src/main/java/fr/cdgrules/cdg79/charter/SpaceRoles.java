package fr.cdgrules.cdg79.charter;

import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.core.citation.Citation;
import java.util.List;
import java.util.Objects;

/**
 * Who may hold which rights in each space of the platform. The charter: « Le CDG79 en est seul
 * l'administrateur et accorde, en fonction des espaces collaboratifs créés, les droits d'animateur,
 * contributeur ou visiteur » (charte préambule).
 *
 * <table>
 *   <caption>Rights per space</caption>
 *   <tr><th>right</th><th>departmental space</th><th>community space of an EPCI</th></tr>
 *   <tr><td>administrateur</td><td colspan="2">the CDG79 alone (charte préambule): never granted</td></tr>
 *   <tr><td>animateur</td><td>the CDG79's Chef de projet (« Son animation est plus spécifiquement portée
 *       par le Chef de projet », art. 1.2): never a commune user</td><td>the référent communautaire
 *       designated by that EPCI (« animé par le référent communautaire désigné par chaque EPCI », art. 1.3);
 *       the Chef de projet « pourra se substituer au référent si aucun reseau n'existe à l'échelle
 *       communautaire », a CDG79 agent, not a commune user</td></tr>
 *   <tr><td>contributeur, visiteur</td><td colspan="2">any user admitted to the space: « Les utilisateurs
 *       peuvent consulter, déposer et partager des documents » (charte art. 2.2)</td></tr>
 * </table>
 */
public final class SpaceRoles {
    private SpaceRoles() {}

    /**
     * @param role the right asked for
     * @param space the space
     * @param user the person
     * @return true if that person, admitted to the space, may hold that right in it
     * @throws NullPointerException if an argument is null
     */
    public static boolean mayHold(PlatformRole role, Space space, PlatformUser user) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(user, "user");
        switch (role) {
            case ADMINISTRATEUR:
                return false;
            case ANIMATEUR:
                return user.isReferentOf(space);
            default:
                return true;
        }
    }

    /**
     * @param role the right asked for
     * @param space the space
     * @param user the person
     * @return why the person may or may not hold it, quoting the text
     */
    public static String reason(PlatformRole role, Space space, PlatformUser user) {
        java.util.Objects.requireNonNull(role, "role");
        java.util.Objects.requireNonNull(space, "space");
        java.util.Objects.requireNonNull(user, "user");
        boolean community = space.kind() == SpaceKind.COMMUNITY;
        switch (role) {
            case ADMINISTRATEUR:
                return "role " + role + " is the CDG79's alone ('Le CDG79 en est seul l'administrateur') and is never"
                        + " granted to a commune user";
            case ANIMATEUR:
                if (!community) {
                    return "the departmental space is animated by the CDG79: 'Son animation est plus spécifiquement"
                            + " portée par le Chef de projet' (art. 1.2); the right of animateur is not granted to a"
                            + " commune user";
                }
                return user.isReferentOf(space)
                        ? "the user is the référent communautaire designated by EPCI " + space.epciSiren().orElseThrow()
                                + ": the space is 'animé par le référent communautaire désigné par chaque EPCI'"
                        : "the " + space + " is 'animé par le référent communautaire désigné par chaque EPCI' (or by"
                                + " the Chef de projet of the CDG79 'si aucun reseau n'existe à l'échelle"
                                + " communautaire'); the user is not the référent designated by that EPCI";
            default:
                return "role " + role + " can be granted to any user admitted to the space: 'Les utilisateurs peuvent"
                        + " consulter, déposer et partager des documents' (charte art. 2.2)";
        }
    }

    /**
     * @param role the right asked for
     * @param space the space
     * @return the articles that say who may hold it there
     */
    public static List<Citation> citations(PlatformRole role, Space space) {
        java.util.Objects.requireNonNull(role, "role");
        java.util.Objects.requireNonNull(space, "space");
        switch (role) {
            case ADMINISTRATEUR:
                return List.of(Cdg79Articles.CHARTER_PREAMBLE);
            case ANIMATEUR:
                return List.of(Cdg79Articles.CHARTER_PREAMBLE, space.kind() == SpaceKind.COMMUNITY
                        ? Cdg79Articles.COMMUNITY_NETWORK : Cdg79Articles.NETWORK_ANIMATION);
            default:
                return List.of(Cdg79Articles.CHARTER_PREAMBLE, Cdg79Articles.CHARTER_USE);
        }
    }
}
