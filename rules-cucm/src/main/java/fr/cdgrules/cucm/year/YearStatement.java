package fr.cdgrules.cucm.year;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.territory.Collectivity;
import java.time.Year;
import java.util.List;
import java.util.Objects;

/**
 * A commune's statement for one budget year (relevé annuel): the cotisation, the prepaid hours it
 * bought (granted), used by the year's missions and forfeited when the year closed, the hours
 * worked, billable and billed, the amounts of the missions' invoices for that year, and what the
 * titres ask in all (cotisation + invoices; no payment is recorded by the library).
 *
 * <p>Always, exactly: {@code granted = used before + used + forfeited} and {@code billable = used + billed}.
 *
 * @param commune the commune
 * @param year the budget year
 * @param cotisation the year's cotisation (0 € in 2022)
 * @param prepaidGranted the prepaid hours the cotisation bought
 * @param prepaidUsedBefore the prepaid hours used in the year before these missions (as the first one states)
 * @param prepaidUsed the prepaid hours the year's missions used
 * @param prepaidForfeited the prepaid hours left unused, forfeited on 31 December
 * @param hoursWorked the hours worked in the year
 * @param hoursBillable the hours worked plus RTT billed
 * @param hoursBilled the hours billed after the prepaid hours
 * @param missionsAmount the amounts of the year's invoices (the year's part of each mission)
 * @param totalDue cotisation + missions amount
 * @param missions the missions with hours in the year, in the order invoiced
 * @param findings the warnings of the missions' invoices (e.g. a provisional unit cost)
 * @param citations the articles
 */
public record YearStatement(@JsonProperty("commune") Collectivity commune, @JsonProperty("year") Year year,
        @JsonProperty("cotisation") Money cotisation, @JsonProperty("prepaidGranted") Hours prepaidGranted,
        @JsonProperty("prepaidUsedBefore") Hours prepaidUsedBefore,
        @JsonProperty("prepaidUsed") Hours prepaidUsed, @JsonProperty("prepaidForfeited") Hours prepaidForfeited,
        @JsonProperty("hoursWorked") Hours hoursWorked, @JsonProperty("hoursBillable") Hours hoursBillable,
        @JsonProperty("hoursBilled") Hours hoursBilled, @JsonProperty("missionsAmount") Money missionsAmount,
        @JsonProperty("totalDue") Money totalDue, @JsonProperty("missions") List<MissionLine> missions,
        @JsonProperty("findings") List<Finding> findings, @JsonProperty("citations") List<Citation> citations) {
    /**
     * Checks the conservation of hours and copies.
     *
     * @param commune the commune
     * @param year the budget year
     * @param cotisation the year's cotisation (0 € in 2022)
     * @param prepaidGranted the prepaid hours the cotisation bought
     * @param prepaidUsedBefore the prepaid hours used in the year before these missions (as the first one states)
     * @param prepaidUsed the prepaid hours the year's missions used
     * @param prepaidForfeited the prepaid hours left unused, forfeited on 31 December
     * @param hoursWorked the hours worked in the year
     * @param hoursBillable the hours worked plus RTT billed
     * @param hoursBilled the hours billed after the prepaid hours
     * @param missionsAmount the amounts of the year's invoices (the year's part of each mission)
     * @param totalDue cotisation + missions amount
     * @param missions the missions with hours in the year, in the order invoiced
     * @param findings the warnings of the missions' invoices (e.g. a provisional unit cost)
     * @param citations the articles
     */
    public YearStatement {
        Objects.requireNonNull(commune, "commune");
        Objects.requireNonNull(year, "year");
        missions = List.copyOf(missions);
        findings = List.copyOf(findings);
        citations = List.copyOf(citations);
        if (!prepaidGranted.equals(prepaidUsedBefore.plus(prepaidUsed).plus(prepaidForfeited))) {
            throw new IllegalStateException("prepaid hours not conserved: " + prepaidGranted + " ≠ " + prepaidUsedBefore
                    + " + " + prepaidUsed + " + " + prepaidForfeited);
        }
        if (!hoursBillable.equals(prepaidUsed.plus(hoursBilled))) {
            throw new IllegalStateException("hours not conserved: " + hoursBillable + " ≠ " + prepaidUsed + " + "
                    + hoursBilled);
        }
    }

    /**
     * One mission's part in the year.
     *
     * @param firstDay the mission's first day
     * @param lastDay the mission's last day
     * @param hoursBillable the hours billable in the year
     * @param prepaidUsed the prepaid hours of the year it used
     * @param hoursBilled the hours billed in the year
     * @param amount the amount for the year
     */
    public record MissionLine(@JsonProperty("firstDay") java.time.LocalDate firstDay,
            @JsonProperty("lastDay") java.time.LocalDate lastDay, @JsonProperty("hoursBillable") Hours hoursBillable,
            @JsonProperty("prepaidUsed") Hours prepaidUsed, @JsonProperty("hoursBilled") Hours hoursBilled,
            @JsonProperty("amount") Money amount) {}
}
