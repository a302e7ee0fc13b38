package fr.cdgrules.core.ledger;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.money.Hours;
import java.time.LocalDate;
import java.time.Year;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** One entry of a {@link PrepaidLedger}: its kind, date, the year it belongs to, exact hours (≥ 0), why, and the article. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableLedgerEntry.class)
@JsonDeserialize(as = ImmutableLedgerEntry.class)
public abstract class LedgerEntry {
    LedgerEntry() {}

    /** @return the kind */
    @JsonProperty("kind")
    public abstract LedgerEntryKind kind();

    /** @return the date of the entry */
    @JsonProperty("date")
    public abstract LocalDate date();

    /** @return the year whose balance the entry affects */
    @JsonProperty("year")
    public abstract Year year();

    /** @return the hours, exact and never negative; the kind gives the sign */
    @JsonProperty("hours")
    public abstract Hours hours();

    /** @return what the entry is, in words */
    @JsonProperty("description")
    public abstract String description();

    /** @return the article */
    @JsonProperty("citation")
    public abstract Citation citation();

    static LedgerEntry of(LedgerEntryKind kind, LocalDate date, Year year, Hours hours, String description, Citation c) {
        return ImmutableLedgerEntry.of(kind, date, year, hours, description, c);
    }

    /** @return the effect on the year's balance: + for grants and carry-in, − for uses and losses, 0 for overage */
    public Hours balanceEffect() {
        switch (kind()) {
            case GRANT:
            case CARRY_IN:
                return hours();
            case OVERAGE:
                return Hours.ZERO;
            default:
                return Hours.ZERO.minus(hours());
        }
    }

    @Value.Check
    void check() {
        if (hours().isNegative()) {
            throw new InvalidInputException("ledger.hours", citation(), "ledger entries hold hours ≥ 0, got " + hours());
        }
    }

    @Override
    public String toString() {
        return date() + " " + kind() + " " + hours() + " h (" + year() + ") " + description() + " [" + citation() + "]";
    }
}
