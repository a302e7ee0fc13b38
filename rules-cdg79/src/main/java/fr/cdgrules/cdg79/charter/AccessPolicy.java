package fr.cdgrules.cdg79.charter;

import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.cdg79.Cdg79Territory;
import fr.cdgrules.cdg79.fee.Ceiling3500Reading;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.territory.Collectivity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The access policy of the collaborative platform (art. 1.3 and 1.4 of the convention and the
 * charter of use annexed to it): decides an {@link AccessRequest}, default deny.
 *
 * <p>Every condition is examined and reported, met or not, with its articles:
 * <ol>
 *   <li>{@code territory} — the commune is in the Deux-Sèvres (préambule).
 *   <li>{@code space-of-commune} — a community space is that of the commune's EPCI ("l'espace
 *       collaboratif du réseau des SGDM de la Communauté de communes dont dépend la commune", art. 1.4).
 *   <li>{@code departmental-space} — the departmental space is for SGMs of communes under the ceiling:
 *       "dont l'accès est libre pour tous les SGDM des communes de moins de 3 500 habitants" (art. 1.4).
 *   <li>{@code request-above-ceiling} — a commune above the ceiling enters its community space only
 *       at its request: "ouverts aux communes de plus de 3 500 habitants de chaque EPCI, à leur demande
 *       et sous réserve de la signature de la charte d'utilisation" (art. 1.3).
 *   <li>{@code non-sgm-approvals} — a non-SGM user of a community space needs "l'accord de l'agent
 *       administrateur du CDG79 ... et du référent communautaire" (art. 1.4); see {@link DgsReading}.
 *   <li>{@code pack-membership} — see {@link PlatformMembershipReading}.
 *   <li>{@code charter-signatures} — see {@link CharterSignaturesReading}.
 *   <li>{@code nominative-account} — charter art. 1.1 and 7.3.
 *   <li>{@code not-revoked} — no revocation in effect: left the post (charter art. 2.7), breach (charter art. 6).
 *   <li>{@code role-grantable} — "Le CDG79 en est seul l'administrateur et accorde, en fonction des
 *       espaces collaboratifs créés, les droits d'animateur, contributeur ou visiteur" (charter
 *       préambule), per space ({@link SpaceRoles}): animateur only for the référent communautaire
 *       designated by the EPCI, in its community space (art. 1.3); the departmental space is animated by
 *       the CDG79's Chef de projet (art. 1.2); contributeur and visiteur for any user admitted.
 * </ol>
 * Immutable and thread-safe.
 */
public final class AccessPolicy {
    private final Ceiling3500Reading ceiling;
    private final PlatformMembershipReading membershipReading;
    private final CharterSignaturesReading signaturesReading;
    private final DgsReading dgsReading;

    private AccessPolicy(Ceiling3500Reading ceiling, PlatformMembershipReading membershipReading,
            CharterSignaturesReading signaturesReading, DgsReading dgsReading) {
        this.ceiling = ceiling;
        this.membershipReading = membershipReading;
        this.signaturesReading = signaturesReading;
        this.dgsReading = dgsReading;
    }

    /**
     * @param ceiling the reading of the 3 500 line
     * @param membershipReading whether pack membership is required
     * @param signaturesReading which signatures of the charter are required
     * @param dgsReading whether a DGS counts as an SGM
     * @return the policy
     */
    public static AccessPolicy of(Ceiling3500Reading ceiling, PlatformMembershipReading membershipReading,
            CharterSignaturesReading signaturesReading, DgsReading dgsReading) {
        java.util.Objects.requireNonNull(ceiling, "ceiling");
        java.util.Objects.requireNonNull(membershipReading, "membershipReading");
        java.util.Objects.requireNonNull(signaturesReading, "signaturesReading");
        java.util.Objects.requireNonNull(dgsReading, "dgsReading");
        return new AccessPolicy(Objects.requireNonNull(ceiling), Objects.requireNonNull(membershipReading),
                Objects.requireNonNull(signaturesReading), Objects.requireNonNull(dgsReading));
    }

    /**
     * Decides a request: granted only when every condition is met.
     *
     * @param r the request
     * @return the decision, listing every condition examined
     */
    public AccessDecision decide(AccessRequest r) {
        Objects.requireNonNull(r, "request");
        Collectivity c = r.commune();
        boolean small = ceiling.isUnderCeiling(c.population());
        boolean community = r.space().kind() == SpaceKind.COMMUNITY;
        String size = c + ", " + c.population().inhabitants() + " inhabitants, "
                + (small ? "under" : "not under") + " the ceiling (last eligible " + ceiling.lastEligible() + ", "
                + ceiling.name() + ")";
        List<AccessCondition> conds = new ArrayList<>();

        boolean inTerritory = Cdg79Territory.DEUX_SEVRES.contains(c);
        conds.add(AccessCondition.of("territory", "the platform serves the communes of the Deux-Sèvres", inTerritory,
                inTerritory ? c + " is in département " + c.department()
                        : Cdg79Territory.DEUX_SEVRES.outsideReason(c),
                List.of(Cdg79Territory.DEUX_SEVRES.citation())));

        if (community) {
            String siren = r.space().epciSiren().orElseThrow();
            boolean own = c.epciSiren().filter(siren::equals).isPresent();
            conds.add(AccessCondition.of("space-of-commune", "a community space is that of 'la Communauté de communes"
                            + " dont dépend la commune'", own,
                    own ? c + " belongs to EPCI " + siren
                            : c + " belongs to EPCI " + c.epciSiren().orElse("none") + ", not to " + siren,
                    List.of(Cdg79Articles.PLATFORM_ACCESS, Cdg79Articles.COMMUNITY_NETWORK)));
        } else {
            boolean sgm = r.user().role() == UserRole.SGM;
            boolean ok = small && sgm;
            conds.add(AccessCondition.of("departmental-space", "the departmental space: 'dont l'accès est libre pour"
                            + " tous les SGDM des communes de moins de 3 500 habitants'", ok,
                    (sgm ? "the user is an SGM" : "the user is " + r.user().role() + ", not an SGM") + "; " + size,
                    List.of(Cdg79Articles.PLATFORM_ACCESS)));
        }

        if (community) {
            boolean ok = small || r.requestedByCommune();
            conds.add(AccessCondition.of("request-above-ceiling", "community spaces are open to 'communes de plus de"
                            + " 3 500 habitants de chaque EPCI, à leur demande'", ok,
                    small ? "not required: " + size
                            : size + (r.requestedByCommune() ? "; the commune asked to join" : "; no request from the commune"),
                    List.of(Cdg79Articles.COMMUNITY_NETWORK)));

            boolean referent = r.user().isReferentOf(r.space());
            boolean sgmLike = referent || isSgmLike(r.user().role(), small);
            Set<Approver> have = r.approvals().isEmpty() ? EnumSet.noneOf(Approver.class) : EnumSet.copyOf(r.approvals());
            Set<Approver> missing = EnumSet.allOf(Approver.class);
            missing.removeAll(have);
            boolean ok2 = sgmLike || missing.isEmpty();
            conds.add(AccessCondition.of("non-sgm-approvals", "a non-SGM user of a community space needs 'l'accord de"
                            + " l'agent administrateur du CDG79 ... et du référent communautaire'", ok2,
                    referent ? "not required: the user is the référent communautaire designated by the EPCI, who"
                            + " animates the space (art. 1.3)"
                    : sgmLike ? "not required: the user is " + r.user().role() + ", counted as SGM (" + dgsReading + ")"
                            : "the user is " + r.user().role() + ", a non-SGM user (" + dgsReading + "); "
                                    + (missing.isEmpty() ? "both approvals given" : "missing approval of " + missing),
                    List.of(Cdg79Articles.PLATFORM_ACCESS)));
        }

        boolean memberRequired = membershipReading == PlatformMembershipReading.PACK_MEMBERSHIP_REQUIRED && small;
        boolean member = r.membership().isMemberOn(r.date());
        conds.add(AccessCondition.of("pack-membership", "'L'accès à la plateforme collaborative est compris dans le"
                        + " tarif d'adhésion au pack'", !memberRequired || member,
                !memberRequired
                        ? "not required: " + (small ? "reading " + membershipReading : size + "; art. 1.3 opens the"
                                + " community space on request")
                        : (member ? "member of the pack for " + r.date().getYear()
                                : "not a member of the pack on " + r.date() + " (" + r.membership() + ")")
                                + " (reading " + membershipReading + ")",
                List.of(Cdg79Articles.PLATFORM_ACCESS, Cdg79Articles.ANNEX)));

        Set<Signatory> required = signaturesReading.required();
        Set<Signatory> missingSig = EnumSet.copyOf(required);
        missingSig.removeAll(r.charterSignatures());
        conds.add(AccessCondition.of("charter-signatures", "access 'est soumise à la signature d'une charte"
                        + " d'utilisation par le Maire ..., le secrétaire général de mairie (ou le DGS ...) ainsi que par le"
                        + " Président de l'EPCI et le référent communautaire désigné (ou le DGS)'",
                missingSig.isEmpty(),
                "required " + required + " (reading " + signaturesReading + "); "
                        + (missingSig.isEmpty() ? "all signed" : "missing " + missingSig),
                signaturesReading == CharterSignaturesReading.ALL_FOUR_PER_CONVENTION
                        ? List.of(Cdg79Articles.PLATFORM_ACCESS)
                        : List.of(Cdg79Articles.CHARTER_SIGNATURES, Cdg79Articles.PLATFORM_ACCESS)));

        AccountKind account = r.user().account();
        conds.add(AccessCondition.of("nominative-account", "a personal, nominative identifier: 'ce dernier doit être"
                        + " nominatif ... Tout partage ou utilisation d'un identifiant par plusieurs personnes est"
                        + " strictement interdit'", account == AccountKind.NOMINATIVE,
                account == AccountKind.NOMINATIVE ? "nominative identifier"
                        : account == AccountKind.GENERIC ? "generic identifier: it 'doit être nominatif'"
                                : "identifier shared by several persons: 'strictement interdit'",
                List.of(Cdg79Articles.CHARTER_PERSONAL_ACCOUNT, Cdg79Articles.CHARTER_NOMINATIVE)));

        List<Revocation> inEffect = r.revocations().stream().filter(v -> v.appliesOn(r.date())).toList();
        List<Citation> revCites = new ArrayList<>(List.of(Cdg79Articles.CHARTER_LEFT_POST, Cdg79Articles.CHARTER_SANCTIONS));
        conds.add(AccessCondition.of("not-revoked", "access ends when the user leaves the post (charter art. 2.7) or"
                        + " breaks the charter: 'la suppression de l'accès de l'utilisateur sera immédiate' (charter art. 6)",
                inEffect.isEmpty(),
                inEffect.isEmpty() ? (r.revocations().isEmpty() ? "no revocation recorded"
                        : "no revocation in effect on " + r.date() + ": " + r.revocations())
                        : "revoked: " + inEffect.stream().map(Revocation::toString).collect(Collectors.joining("; ")),
                inEffect.isEmpty() ? revCites : inEffect.stream().map(v -> v.reason().citation()).distinct().toList()));

        PlatformRole role = r.requestedRole();
        conds.add(AccessCondition.of("role-grantable", "'Le CDG79 en est seul l'administrateur et accorde, en fonction"
                        + " des espaces collaboratifs créés, les droits d'animateur, contributeur ou visiteur'",
                SpaceRoles.mayHold(role, r.space(), r.user()), SpaceRoles.reason(role, r.space(), r.user()),
                SpaceRoles.citations(role, r.space())));

        List<String> readings = List.of(
                "Ceiling3500Reading." + ceiling.name() + ": " + ceiling.describe(),
                "PlatformMembershipReading." + membershipReading.name(),
                "CharterSignaturesReading." + signaturesReading.name(),
                "DgsReading." + dgsReading.name());
        return AccessDecision.of(r, conds, readings);
    }

    private boolean isSgmLike(UserRole role, boolean small) {
        switch (role) {
            case SGM:
                return true;
            case DGS:
                return dgsReading == DgsReading.STANDS_IN_FOR_SGM_ABOVE_CEILING && !small;
            default:
                return false;
        }
    }
}
