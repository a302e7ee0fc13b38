package fr.cdgrules.cdg44.partnership;

import fr.cdgrules.cdg44.Cdg44Articles;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The signatures gathered so far, at most one per party, in any order. {@link #entryIntoForce()}
 * tells whether and when the convention takes effect (art. 5).
 *
 * <p>The signature block: « Fait à Nantes, le [blank] — En quatre exemplaires originaux », signed for
 * the 5 centres de gestion, the CNFPT, the Région and the FRAMEL.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSignatures.class)
@JsonDeserialize(as = ImmutableSignatures.class)
public abstract class Signatures {
    /**
     * The signature block at the end of the text (it has no article number).
     *
     * @deprecated use {@link Cdg44Articles#SIGNATURES}
     */
    @Deprecated
    public static final Citation SIGNATURE_BLOCK = Cdg44Articles.SIGNATURES;

    Signatures() {}

    /** @return the signatures, in the order recorded */
    @JsonProperty("signatures")
    public abstract List<Signature> signatures();

    /** @return no signature yet */
    public static Signatures none() {
        return ImmutableSignatures.of(List.of());
    }

    /**
     * @param signatures the signatures, at most one per party
     * @return them
     * @throws InvalidInputException if a party signs twice
     */
    public static Signatures of(List<Signature> signatures) {
        java.util.Objects.requireNonNull(signatures, "signatures");
        return ImmutableSignatures.of(signatures);
    }

    /**
     * @param signatures the signatures, at most one per party
     * @return them
     * @throws InvalidInputException if a party signs twice
     */
    public static Signatures of(Signature... signatures) {
        java.util.Objects.requireNonNull(signatures, "signatures");
        return of(List.of(signatures));
    }

    /**
     * @param party a party
     * @param signedOn the date it signed
     * @return these signatures and that one
     * @throws InvalidInputException if the party has already signed
     */
    public Signatures with(Party party, LocalDate signedOn) {
        List<Signature> list = new ArrayList<>(signatures());
        list.add(Signature.of(party, signedOn));
        return of(list);
    }

    /**
     * @param party a party
     * @return its signature, if given
     */
    public Optional<Signature> signatureOf(Party party) {
        java.util.Objects.requireNonNull(party, "party");
        return signatures().stream().filter(s -> s.party() == party).findFirst();
    }

    /**
     * Applies art. 5 under {@link EntryIntoForceReading#LAST_OF_THE_FOUR_SIGNATURES}.
     *
     * @return whether and when the convention takes effect, explained
     */
    public EntryIntoForce entryIntoForce() {
        return EntryIntoForce.of(this);
    }

    @Value.Check
    void check() {
        Set<Party> seen = new HashSet<>();
        for (Signature s : signatures()) {
            if (!seen.add(s.party())) {
                throw new InvalidInputException("signatures.party", Cdg44Articles.SIGNATURES,
                        s.party() + " has signed twice; each party signs once");
            }
        }
    }
}
