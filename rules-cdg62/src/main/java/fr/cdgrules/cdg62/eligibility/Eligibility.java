package fr.cdgrules.cdg62.eligibility;

import fr.cdgrules.cdg62.Cdg62Articles;
import fr.cdgrules.cdg62.Cdg62Descriptor;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.finding.Findings;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.core.territory.Territory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Whether a collectivity may take out the e-administration service: it must be a collectivity of
 * the Pas-de-Calais (the preamble: "accompagnement des collectivités territoriales du
 * Pas-de-Calais") and pay the cotisation additionnelle (art. 5: "La prestation est comprise dans la
 * cotisation additionnelle"). Each unmet condition is a refusal {@link Finding} citing its article.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableEligibility.class)
@JsonDeserialize(as = ImmutableEligibility.class)
public abstract class Eligibility {
    Eligibility() {}

    /**
     * The territory served: the Pas-de-Calais (62). Preamble: "Le CDG 62 dans sa politique
     * d'accompagnement des collectivités territoriales du Pas-de-Calais souhaite aider ces dernières
     * dans la mise en place de la e-administration."
     */
    public static final Territory TERRITORY = Cdg62Descriptor.bundled().territory();

    /**
     * Art. 5 "TARIFICATION": "La prestation est comprise dans la cotisation additionnelle."
     *
     * @deprecated use {@link Cdg62Articles#ART_5}
     */
    @Deprecated
    public static final Citation ARTICLE_5 = Cdg62Articles.ART_5;

    /** Finding code of a collectivity outside the Pas-de-Calais. */
    public static final String OUTSIDE_TERRITORY = "outside-territory";

    /** Finding code of a collectivity that does not pay the cotisation additionnelle. */
    public static final String NO_ADDITIONAL_CONTRIBUTION = "no-cotisation-additionnelle";

    /** @return the collectivity */
    @JsonProperty("collectivity")
    public abstract Collectivity collectivity();

    /** @return whether it pays the cotisation additionnelle, as the caller stated */
    @JsonProperty("contribution")
    public abstract AdditionalContribution contribution();

    /** @return the refusals, empty when eligible */
    @JsonProperty("findings")
    public abstract Findings findings();

    /** @return how it was decided */
    @JsonProperty("explanation")
    public abstract Explanation explanation();

    /**
     * Checks both conditions; both are reported when both fail.
     *
     * @param collectivity the collectivity
     * @param contribution whether it pays the cotisation additionnelle
     * @return the assessment
     */
    public static Eligibility assess(Collectivity collectivity, AdditionalContribution contribution) {
        java.util.Objects.requireNonNull(collectivity, "collectivity");
        java.util.Objects.requireNonNull(contribution, "contribution");
        Findings findings = Findings.none();
        Map<String, String> where = new LinkedHashMap<>();
        where.put("collectivity", collectivity.toString());
        where.put("department", collectivity.department());
        String territoryResult;
        if (TERRITORY.contains(collectivity)) {
            territoryResult = "within " + TERRITORY.description();
        } else {
            String reason = TERRITORY.outsideReason(collectivity);
            findings = findings.plus(Finding.refusal(OUTSIDE_TERRITORY, reason, TERRITORY.citation()));
            territoryResult = "not eligible: " + reason;
        }
        TraceStep territory = TraceStep.of("territory served", TERRITORY.citation(), where, territoryResult);
        String contributionResult;
        if (contribution == AdditionalContribution.PAYING) {
            contributionResult = "pays the cotisation additionnelle, which includes the service";
        } else {
            String reason = collectivity + " does not pay the cotisation additionnelle, in which the service is included";
            findings = findings.plus(Finding.refusal(NO_ADDITIONAL_CONTRIBUTION, reason, Cdg62Articles.ART_5));
            contributionResult = "not eligible: " + reason;
        }
        TraceStep contributionStep = TraceStep.of("service included in the cotisation additionnelle", Cdg62Articles.ART_5,
                Map.of("cotisationAdditionnelle", contribution.name()), contributionResult);
        return ImmutableEligibility.of(collectivity, contribution, findings,
                Explanation.of("eligibility of " + collectivity + " for the CDG62 e-administration service",
                        List.of(territory, contributionStep)));
    }

    /** @return true if no condition refuses */
    public boolean isEligible() {
        return !findings().isRefused();
    }
}
