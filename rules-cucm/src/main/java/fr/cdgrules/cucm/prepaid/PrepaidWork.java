package fr.cdgrules.cucm.prepaid;

import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.ledger.Consumption;
import fr.cdgrules.core.ledger.PrepaidLedger;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.cucm.CucmArticles;
import java.time.LocalDate;
import java.time.Year;

/**
 * The work "payée d'avance" by the cotisation (art. 5), kept in a core {@link PrepaidLedger}.
 *
 * <ul>
 *   <li>Grant: the year's cotisation buys cotisation ÷ hourly unit cost of the year, exact (7 h at
 *       30 €/h; 20/3 h at 31.50 €/h), recorded on 1 January of the year.
 *   <li>Use: the replacement hours of that year use the prepaid hours first; the rest is billed.
 *       Prepaid used + billed = hours billable, exactly.
 *   <li>Close: when the year closes (31 December) the unused balance is forfeited. The text says
 *       nothing of a carry-over and says the cotisation "restera acquis à la CUCM sans remboursement
 *       possible" if no replacement is asked in the year; the cotisation is annual ("tous les ans").
 * </ul>
 */
public final class PrepaidWork {
    private PrepaidWork() {}

    /**
     * Opens a year: grants the prepaid hours its cotisation buys.
     *
     * @param ledger the ledger of the commune
     * @param year the year
     * @param cotisation the cotisation of that year (0 € for 2022)
     * @param hourlyCost the hourly unit cost of that year
     * @return the ledger with the grant
     */
    public static PrepaidLedger grant(PrepaidLedger ledger, Year year, Money cotisation, Money hourlyCost) {
        java.util.Objects.requireNonNull(ledger, "ledger");
        java.util.Objects.requireNonNull(year, "year");
        return ledger.grant(year, year.atDay(1), cotisation, hourlyCost, CucmArticles.ART_5);
    }

    /**
     * Records prepaid hours already used in a year before the work being billed (earlier
     * replacements of the same year).
     *
     * @param ledger the ledger, with the year's grant
     * @param year the year
     * @param used the prepaid hours already used, ≥ 0 and at most the balance
     * @return the ledger
     * @throws InvalidInputException if {@code used} is negative or exceeds the balance of the year
     */
    public static PrepaidLedger alreadyUsed(PrepaidLedger ledger, Year year, Hours used) {
        java.util.Objects.requireNonNull(ledger, "ledger");
        java.util.Objects.requireNonNull(used, "used");
        if (used.isNegative()) {
            throw new InvalidInputException("prepaidHoursAlreadyUsed", CucmArticles.ART_5,
                    "prepaid hours already used cannot be negative, got " + used);
        }
        Hours balance = ledger.balance(year);
        if (used.compareTo(balance) > 0) {
            throw new InvalidInputException("prepaidHoursAlreadyUsed", CucmArticles.ART_5,
                    used + " h of prepaid work already used in " + year + ", but the cotisation bought only " + balance
                            + " h");
        }
        if (used.isZero()) {
            return ledger;
        }
        return ledger.consume(year.atDay(1), used, "prepaid hours used in " + year + " before this mission",
                CucmArticles.ART_5).ledger();
    }

    /**
     * Records hours of replacement: prepaid hours first, the rest to bill.
     *
     * @param ledger the ledger
     * @param on the date of the work
     * @param hours the hours, ≥ 0
     * @param description what the hours are
     * @return the split and the new ledger
     */
    public static Consumption use(PrepaidLedger ledger, LocalDate on, Hours hours, String description) {
        java.util.Objects.requireNonNull(ledger, "ledger");
        return ledger.consume(on, hours, description, CucmArticles.ART_5);
    }

    /**
     * Closes a year on 31 December: its unused prepaid hours are forfeited.
     *
     * @param ledger the ledger
     * @param year the year
     * @return the ledger with the year closed
     */
    public static PrepaidLedger closeYear(PrepaidLedger ledger, Year year) {
        java.util.Objects.requireNonNull(ledger, "ledger");
        java.util.Objects.requireNonNull(year, "year");
        return ledger.close(year, year.atMonth(12).atEndOfMonth(), CucmArticles.ART_5);
    }
}
