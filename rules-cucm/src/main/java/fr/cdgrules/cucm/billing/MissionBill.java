package fr.cdgrules.cucm.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.billing.Bill;
import fr.cdgrules.core.explain.Explanation;
import fr.cdgrules.core.finding.Findings;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The provisional cost or the final amount of a replacement mission: the core {@link Bill} (lines,
 * total, payment term and due date), the split of hours year by year, warnings (a provisional unit
 * cost, ...) and the full explanation.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableMissionBill.class)
@JsonDeserialize(as = ImmutableMissionBill.class)
public abstract class MissionBill {
    MissionBill() {}

    /** @return the estimate or invoice */
    @JsonProperty("bill")
    public abstract Bill bill();

    /** @return the split of hours, one per budget year */
    @JsonProperty("settlements")
    public abstract List<YearSettlement> settlements();

    /** @return warnings: provisional unit cost, RTT entries not billed as such, ... */
    @JsonProperty("findings")
    public abstract Findings findings();

    /** @return how every figure was computed */
    @JsonProperty("explanation")
    public abstract Explanation explanation();

    static MissionBill of(Bill bill, List<YearSettlement> settlements, Findings findings, Explanation explanation) {
        return ImmutableMissionBill.of(bill, settlements, findings, explanation);
    }

    /** @return the total, the exact sum of the lines */
    public Money total() {
        return bill().total();
    }

    /** @return the due date, when the receipt date of the titre de recettes is known (invoices only) */
    public Optional<LocalDate> dueDate() {
        return bill().dueDate();
    }

    /** @return the prepaid hours used, all years */
    public Hours prepaidUsed() {
        return settlements().stream().map(YearSettlement::prepaidUsed).reduce(Hours.ZERO, Hours::plus);
    }

    /** @return the hours billed, all years */
    public Hours hoursBilled() {
        return settlements().stream().map(YearSettlement::hoursBilled).reduce(Hours.ZERO, Hours::plus);
    }

    /** @return the billable hours (worked + RTT billed), all years */
    public Hours hoursBillable() {
        return settlements().stream().map(YearSettlement::hoursBillable).reduce(Hours.ZERO, Hours::plus);
    }
}
