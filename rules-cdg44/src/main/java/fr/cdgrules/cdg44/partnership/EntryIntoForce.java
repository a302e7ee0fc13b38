package fr.cdgrules.cdg44.partnership;

import fr.cdgrules.cdg44.Cdg44Articles;
import fr.cdgrules.cdg44.Cdg44Descriptor;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.calendar.CalendarMonths;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.finding.Findings;
import fr.cdgrules.core.module.ValueStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Whether and when the convention takes effect, given the signatures gathered (art. 5: « La présente
 * convention prend effet à sa date de signature par les parties pour une durée de 3 ans »), read as
 * {@link EntryIntoForceReading#LAST_OF_THE_FOUR_SIGNATURES}.
 *
 * <p>Warnings (they never prevent the effect):
 * <ul>
 *   <li>{@code france-travail-not-signatory}: a France Travail signature is ignored (« FRANCE TRAVAIL
 *       n'est pas signataire de la présente convention »);
 *   <li>{@code signature-before-authorisation}: the CDG44 president signs « dûment habilité par la
 *       délibération n°2024-058 du conseil d'administration du 17 décembre 2024 », the CNFPT delegate
 *       « en vertu de l'arrêté 129-929 en date du 23 mars 2021 »: a signature dated before that
 *       authority is flagged (the Région's authorising deliberation is dated « XX » in the text, so
 *       it cannot be checked);
 *   <li>{@code term-runs-past-2027}: the title reads « CONVENTION DE PARTENARIAT 2024-2027 » and the
 *       Région's agrément covers « la période 2024-2027 », but art. 5 runs three years from the last
 *       signature: art. 5 wins, the warning says the term ends after 2027.
 * </ul>
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableEntryIntoForce.class)
@JsonDeserialize(as = ImmutableEntryIntoForce.class)
public abstract class EntryIntoForce {
    /** The CDG44's authorisation to sign (the descriptor's {@code cdg44AuthorisedOn}, 002 parties). */
    static final LocalDate CDG44_AUTHORISED_ON = Cdg44Descriptor.date("cdg44AuthorisedOn");
    /** The CNFPT delegate's authorisation to sign (the descriptor's {@code cnfptAuthorisedOn}, 002 parties). */
    static final LocalDate CNFPT_AUTHORISED_ON = Cdg44Descriptor.date("cnfptAuthorisedOn");
    /** The last day of the years 2024-2027 of the title (the descriptor's {@code titlePeriodLastDay}). */
    static final LocalDate END_OF_2027 = Cdg44Descriptor.date("titlePeriodLastDay");

    EntryIntoForce() {}

    /** @return the signatures examined */
    @JsonProperty("signatures")
    public abstract Signatures signatures();

    /** @return the date of effect (the last of the four signatures), empty while a signatory has not signed */
    @JsonProperty("effectiveOn")
    public abstract Optional<LocalDate> effectiveOn();

    /** @return the signatories whose signature is missing, in the order of the text */
    @JsonProperty("missingSignatories")
    public abstract List<Party> missingSignatories();

    /** @return the warnings (France Travail signature ignored, signature before authority, term past 2027) */
    @JsonProperty("findings")
    public abstract Findings findings();

    /** @return how the date was found */
    @JsonProperty("explanation")
    public abstract Explanation explanation();

    /** @return true once the four signatories have signed */
    public boolean isInEffect() {
        return effectiveOn().isPresent();
    }

    /**
     * @return the last day of the three-year term (art. 5), e.g. 2028-01-14 for a last signature on
     *     2025-01-15; empty while not in effect
     */
    public Optional<LocalDate> lastDayOfTerm() {
        return effectiveOn().map(d -> CalendarMonths.term(d, PartnershipTerms.TERM).getEndInclusive());
    }

    static EntryIntoForce of(Signatures signatures) {
        List<Finding> findings = new ArrayList<>();
        List<TraceStep> steps = new ArrayList<>();
        Map<String, String> inputs = new LinkedHashMap<>();
        for (Signature s : signatures.signatures()) {
            inputs.put(s.party().name(), s.signedOn().toString());
            if (!s.party().isSignatory()) {
                findings.add(Finding.warning("france-travail-not-signatory",
                        "the signature of " + s.party().label() + " on " + s.signedOn()
                                + " is ignored: « FRANCE TRAVAIL n'est pas signataire de la présente convention »",
                        Cdg44Articles.PARTIES));
            }
            authorisedOn(s.party()).filter(a -> s.signedOn().isBefore(a)).ifPresent(a -> findings.add(
                    Finding.warning("signature-before-authorisation", s.party().label() + " signed on "
                            + s.signedOn() + ", before the act authorising its signatory (" + a + ")",
                            Cdg44Articles.PARTIES)));
        }
        List<Party> missing = Party.signatories().stream().filter(p -> signatures.signatureOf(p).isEmpty()).toList();
        Optional<LocalDate> effective = missing.isEmpty()
                ? signatures.signatures().stream().filter(s -> s.party().isSignatory()).map(Signature::signedOn)
                        .max(Comparator.naturalOrder())
                : Optional.empty();
        String result = effective.map(d -> "in effect from " + d + ", the date of the last of the four signatures")
                .orElse("not yet in effect: missing the signature of " + missing);
        steps.add(TraceStep.of("entry into force on the date of the last of the four signatures ("
                + EntryIntoForceReading.LAST_OF_THE_FOUR_SIGNATURES + "); France Travail does not sign",
                List.of(Cdg44Articles.ART_5, Cdg44Articles.PARTIES, Cdg44Articles.SIGNATURES), inputs, List.of(), result));
        effective.ifPresent(d -> {
            LocalDate last = CalendarMonths.term(d, PartnershipTerms.TERM).getEndInclusive();
            steps.add(TraceStep.of("three-year term from the date of effect, no renewal (" + RenewalReading.NO_RENEWAL + ")",
                    Cdg44Articles.ART_5, Map.of("effectiveOn", d.toString()), "in force until " + last));
            if (last.isAfter(END_OF_2027)) {
                findings.add(Finding.warning("term-runs-past-2027", "the title reads « CONVENTION DE PARTENARIAT "
                        + "2024-2027 » but art. 5 runs three years from " + d + ", until " + last
                        + "; art. 5 is applied", Cdg44Articles.ART_5));
            }
        });
        Explanation explanation = Explanation.of("entry into force of the partnership convention 2024-2027 (002)", steps);
        return ImmutableEntryIntoForce.of(signatures, effective, missing, Findings.of(findings), explanation);
    }

    private static Optional<LocalDate> authorisedOn(Party party) {
        switch (party) {
            case CDG_COORDINATION:
                return Optional.of(CDG44_AUTHORISED_ON);
            case CNFPT:
                return Optional.of(CNFPT_AUTHORISED_ON);
            default:
                return Optional.empty();
        }
    }
}
