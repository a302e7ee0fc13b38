package fr.cdgrules.cdg79.charter;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.cdg79.fee.Membership;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.territory.Collectivity;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A request for access to a space of the CDG79 collaborative platform (Interstis), as the
 * administrator sees it on a date: who asks, for which commune and space, with which role, which
 * signatures of the charter and approvals are on file, whether a commune above the ceiling asked,
 * and any revocation.
 *
 * <p>JSON-bindable with {@link fr.cdgrules.core.json.CdgJson} (unknown fields are refused); see the
 * sample {@code access-request-sample.json} of the tests. Lists may be omitted (empty).
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableAccessRequest.class)
@JsonDeserialize(as = ImmutableAccessRequest.class)
public abstract class AccessRequest {
    AccessRequest() {}

    /** @return the date the decision is taken for */
    @JsonProperty("date")
    public abstract LocalDate date();

    /** @return the person asking */
    @JsonProperty("user")
    public abstract PlatformUser user();

    /** @return the person's commune, with its population and EPCI */
    @JsonProperty("commune")
    public abstract Collectivity commune();

    /** @return the civil years the commune is a member of the pack */
    @JsonProperty("membership")
    public abstract Membership membership();

    /** @return the space asked for */
    @JsonProperty("space")
    public abstract Space space();

    /** @return the role the administrator would grant */
    @JsonProperty("requestedRole")
    public abstract PlatformRole requestedRole();

    /** @return the signatures of the charter on file */
    @JsonProperty("charterSignatures")
    public abstract List<Signatory> charterSignatures();

    /** @return the approvals on file, for a non-SGM user of a community space */
    @JsonProperty("approvals")
    public abstract List<Approver> approvals();

    /** @return true if the commune asked to join its community space (art. 1.3, communes above the ceiling) */
    @JsonProperty("requestedByCommune")
    public abstract boolean requestedByCommune();

    /** @return the revocations recorded for this user */
    @JsonProperty("revocations")
    public abstract List<Revocation> revocations();

    /**
     * A request with nothing on file yet: no signature, no approval, no request by the commune, no revocation.
     *
     * @param date the date of the decision
     * @param user the person asking
     * @param commune the person's commune
     * @param membership the commune's membership of the pack
     * @param space the space asked for
     * @param requestedRole the role the administrator would grant
     * @return the request
     */
    public static AccessRequest of(LocalDate date, PlatformUser user, Collectivity commune, Membership membership,
            Space space, PlatformRole requestedRole) {
        return ImmutableAccessRequest.of(date, user, commune, membership, space, requestedRole, List.of(), List.of(),
                false, List.of());
    }

    /**
     * @param signatures the signatures of the charter on file
     * @return this request with them
     */
    public AccessRequest withCharterSignatures(List<Signatory> signatures) {
        java.util.Objects.requireNonNull(signatures, "signatures");
        return ((ImmutableAccessRequest) this).withCharterSignatures((Iterable<Signatory>) signatures);
    }

    /**
     * @param approvals the approvals on file
     * @return this request with them
     */
    public AccessRequest withApprovals(List<Approver> approvals) {
        java.util.Objects.requireNonNull(approvals, "approvals");
        return ((ImmutableAccessRequest) this).withApprovals((Iterable<Approver>) approvals);
    }

    /**
     * @param requested true if the commune asked to join its community space
     * @return this request with that flag
     */
    public abstract AccessRequest withRequestedByCommune(boolean requested);

    /**
     * @param revocations the revocations recorded
     * @return this request with them
     */
    public AccessRequest withRevocations(List<Revocation> revocations) {
        java.util.Objects.requireNonNull(revocations, "revocations");
        return ((ImmutableAccessRequest) this).withRevocations((Iterable<Revocation>) revocations);
    }

    /**
     * @param user another person
     * @return this request for that person
     */
    public abstract AccessRequest withUser(PlatformUser user);

    /**
     * @param space another space
     * @return this request for that space
     */
    public abstract AccessRequest withSpace(Space space);

    /**
     * @param commune another commune
     * @return this request for that commune
     */
    public abstract AccessRequest withCommune(Collectivity commune);

    /**
     * @param membership another membership
     * @return this request with it
     */
    public abstract AccessRequest withMembership(Membership membership);

    /**
     * @param role another role
     * @return this request for that role
     */
    public abstract AccessRequest withRequestedRole(PlatformRole role);

    /**
     * @param date another date
     * @return this request decided on that date
     */
    public abstract AccessRequest withDate(LocalDate date);
}
