package fr.cdgrules.core.lifecycle;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The renewal clause of a convention: none, tacit or express; how many times at most; for how
 * long each time; for a tacit renewal, how long before the renewal date a notice of non-renewal
 * (dénonciation) must be given.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableRenewalPolicy.class)
@JsonDeserialize(as = ImmutableRenewalPolicy.class)
public abstract class RenewalPolicy {
    RenewalPolicy() {}

    /** @return none, tacit or express */
    @JsonProperty("kind")
    public abstract RenewalKind kind();

    /** @return the maximum number of renewals (0 for {@link RenewalKind#NONE}) */
    @JsonProperty("maxRenewals")
    public abstract int maxRenewals();

    /** @return the length of each renewed term; empty for {@link RenewalKind#NONE} */
    @JsonProperty("renewalTerm")
    public abstract Optional<Period> renewalTerm();

    /** @return for a tacit renewal, the notice period before the renewal date */
    @JsonProperty("noticeBeforeRenewal")
    public abstract Optional<Period> noticeBeforeRenewal();

    /** @return the article of the clause */
    @JsonProperty("citation")
    public abstract Citation citation();

    /**
     * @param citation the article saying so (e.g. "non reconductible de façon tacite")
     * @return a policy without renewal
     */
    public static RenewalPolicy none(Citation citation) {
        return ImmutableRenewalPolicy.of(RenewalKind.NONE, 0, Optional.empty(), Optional.empty(), citation);
    }

    /**
     * @param maxRenewals the maximum number of renewals, ≥ 1
     * @param term the length of each renewed term
     * @param notice how long before the renewal date a party must give notice to stop it
     * @param citation the article
     * @return a tacit renewal policy
     */
    public static RenewalPolicy tacit(int maxRenewals, Period term, Period notice, Citation citation) {
        java.util.Objects.requireNonNull(term, "term");
        java.util.Objects.requireNonNull(notice, "notice");
        return ImmutableRenewalPolicy.of(RenewalKind.TACIT, maxRenewals, Optional.of(term), Optional.of(notice), citation);
    }

    /**
     * @param maxRenewals the maximum number of renewals, ≥ 1
     * @param term the length of each renewed term
     * @param citation the article
     * @return an express renewal policy
     */
    public static RenewalPolicy express(int maxRenewals, Period term, Citation citation) {
        java.util.Objects.requireNonNull(term, "term");
        return ImmutableRenewalPolicy.of(RenewalKind.EXPRESS, maxRenewals, Optional.of(term), Optional.empty(), citation);
    }

    @Value.Check
    void check() {
        boolean renews = kind() != RenewalKind.NONE;
        if (renews != (maxRenewals() > 0) || maxRenewals() < 0) {
            throw new InvalidInputException("renewal.maxRenewals", citation(),
                    kind() + " renewal with maxRenewals " + maxRenewals());
        }
        if (renews != renewalTerm().isPresent()) {
            throw new InvalidInputException("renewal.renewalTerm", citation(), kind() + " renewal and renewalTerm " + renewalTerm());
        }
        if ((kind() == RenewalKind.TACIT) != noticeBeforeRenewal().isPresent()) {
            throw new InvalidInputException("renewal.noticeBeforeRenewal", citation(),
                    "a notice period before renewal belongs to tacit renewal only");
        }
        renewalTerm().ifPresent(p -> {
            if (p.isNegative() || p.isZero()) {
                throw new InvalidInputException("renewal.renewalTerm", citation(), "a renewed term must be positive");
            }
        });
    }
}
