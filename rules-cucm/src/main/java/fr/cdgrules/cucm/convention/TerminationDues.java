package fr.cdgrules.cucm.convention;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.lifecycle.Termination;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.cucm.billing.MissionBill;
import java.time.Year;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a commune still owes when its convention is terminated (art. 10): "La commune restera
 * redevable des remboursements pour remplacement et de la cotisation forfaitaire de l'année en
 * cours"; "Dans tous les cas de figure, les sommes dues (cotisation forfaitaire et remboursement suite
 * à remplacement) devront être réglées par la commune"; and no indemnity ("Aucune des parties ne
 * pourra réclamer une quelconque indemnité").
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableTerminationDues.class)
@JsonDeserialize(as = ImmutableTerminationDues.class)
public abstract class TerminationDues {
    TerminationDues() {}

    /** @return the termination */
    @JsonProperty("termination")
    public abstract Termination termination();

    /** @return "l'année en cours": the year the termination was notified */
    @JsonProperty("year")
    public abstract Year year();

    /** @return the cotisation of that year (0 € for 2022) */
    @JsonProperty("cotisation")
    public abstract Money cotisation();

    /** @return true if the commune has already paid it */
    @JsonProperty("cotisationAlreadyPaid")
    public abstract boolean cotisationAlreadyPaid();

    /** @return the final amounts of the replacements done and not yet paid */
    @JsonProperty("replacements")
    public abstract List<MissionBill> replacements();

    /** @return the explanation */
    @JsonProperty("explanation")
    public abstract Explanation explanation();

    static TerminationDues of(Termination termination, Year year, Money cotisation, boolean cotisationAlreadyPaid,
            List<MissionBill> replacements, Explanation explanation) {
        return ImmutableTerminationDues.of(termination, year, cotisation, cotisationAlreadyPaid, replacements, explanation);
    }

    /** @return the cotisation still due: 0 if already paid */
    public Money cotisationDue() {
        return cotisationAlreadyPaid() ? Money.ZERO : cotisation();
    }

    /** @return the replacement hours done, not yet paid, billed after the prepaid hours */
    public Hours replacementHoursDue() {
        return replacements().stream().map(MissionBill::hoursBilled).reduce(Hours.ZERO, Hours::plus);
    }

    /** @return the amount of the replacements done and not yet paid */
    public Money replacementsDue() {
        return Money.total(replacements().stream().map(MissionBill::total).toList());
    }

    /** @return no indemnity, either way: 0 € */
    public Money indemnity() {
        return Money.ZERO;
    }

    /** @return everything still due */
    public Money total() {
        return cotisationDue().plus(replacementsDue());
    }

    /** @return the articles behind the sums */
    public List<Citation> citations() {
        return explanation().citations();
    }
}
