package fr.cdgrules.cucm.cotisation;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.descriptor.Descriptor;
import fr.cdgrules.core.descriptor.TestCase;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.strata.StrataScale;
import fr.cdgrules.core.strata.Stratum;
import fr.cdgrules.cucm.CucmArticles;
import fr.cdgrules.cucm.CucmDescriptor;
import fr.cdgrules.cucm.CucmParameters;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The text's own column of prepaid days (art. 5 and annexe 2 (barème): "Nombre de jour(s)
 * prépayé(s) équivalent(s) (sur la base de 7 heures/jour)"), kept as data (test cases of the
 * descriptor, one per stratum) so that it can be checked against the rule that actually computes
 * prepaid hours: cotisation ÷ hourly unit cost.
 *
 * <p>The column is true for the cost of 2022 only ("Ce nombre de jour variera en fonction du montant
 * du cout horaire fixé à la somme de 30 €, valeur année 2022"): 210 € ÷ (30 €/h × 7 h) = 1 day.
 * {@link #verify} is run when the module loads its tariffs.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutablePrepaidDaysColumn.class)
@JsonDeserialize(as = ImmutablePrepaidDaysColumn.class)
public abstract class PrepaidDaysColumn {
    PrepaidDaysColumn() {}

    /** @return the year whose hourly cost the column is computed with (2022) */
    @JsonProperty("costYear")
    public abstract int costYear();

    /** @return the hours of a prepaid day ("sur la base de 7 heures/jour") */
    @JsonProperty("hoursPerDay")
    public abstract Hours hoursPerDay();

    /** @return one row per stratum, in the scale's order */
    @JsonProperty("rows")
    public abstract List<PrepaidDaysRow> rows();

    /**
     * @param costYear the year of the cost the column assumes
     * @param hoursPerDay hours per day
     * @param rows the rows
     * @return the column
     */
    public static PrepaidDaysColumn of(int costYear, Hours hoursPerDay, List<PrepaidDaysRow> rows) {
        java.util.Objects.requireNonNull(rows, "rows");
        return ImmutablePrepaidDaysColumn.of(costYear, hoursPerDay, rows);
    }

    /**
     * The column as the descriptor states it: its {@code quote} test cases that exercise the scale
     * ({@code 003 annexe 2 (barème)}) under the default readings, one per stratum, each with the stratum's
     * wording and the prepaid hours the text's days give ({@code prepaidHours} ÷ {@code prepaidDayHours});
     * the cost year is that of the first version of the hourly unit cost (2022, « valeur année 2022 »).
     *
     * @return the column, in the order of the strata of the bundled scale
     * @throws IllegalStateException if a stratum has no such test case or its hours are not whole days
     */
    public static PrepaidDaysColumn bundled() {
        Descriptor d = CucmDescriptor.bundled();
        Hours perDay = Hours.ofNumber(CucmParameters.number("prepaidDayHours"));
        java.time.Year costYear = java.time.Year.from(d.parameter("hourlyUnitCost").versions().get(0).effectiveFrom());
        StrataScale scale = d.parameter("cotisation").scales().forYear(costYear).value();
        List<PrepaidDaysRow> rows = new java.util.ArrayList<>();
        for (Stratum s : scale.strata()) {
            TestCase t = d.tests().stream()
                    .filter(c -> c.kind().equals("quote") && c.articles().contains(CucmArticles.ANNEX_2_SCALE)
                            && c.input().keySet().stream().noneMatch(k -> k.startsWith("reading."))
                            && c.expected().getOrDefault("stratum", List.of()).contains(s.wording())
                            && c.expected().containsKey("prepaidHours"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(d.file() + " has no test case of the prepaid days of '"
                            + s.wording() + "'"));
            Hours days = Hours.parse(t.expected().get("prepaidHours").get(0)).dividedBy(perDay);
            if (days.denominator().signum() == 0 || !days.denominator().equals(java.math.BigInteger.ONE)) {
                throw new IllegalStateException("test '" + t.name() + "': " + days + " is not a whole number of days");
            }
            rows.add(PrepaidDaysRow.of(s.wording(), days.numerator().longValueExact()));
        }
        return of(costYear.getValue(), perDay, rows);
    }

    /**
     * Checks that each row states exactly {@code cotisation ÷ (hourly cost × hours per day)} days, and
     * that the rows follow the strata of the scale, wording for wording.
     *
     * @param scale the scale of cotisations
     * @param hourlyCost the hourly cost of {@link #costYear()}
     * @throws InvalidInputException naming the row if the column disagrees with the computation
     */
    public void verify(StrataScale scale, Money hourlyCost) {
        java.util.Objects.requireNonNull(scale, "scale");
        java.util.Objects.requireNonNull(hourlyCost, "hourlyCost");
        List<Stratum> strata = scale.strata();
        if (strata.size() != rows().size()) {
            throw new InvalidInputException("prepaidDays.rows", CucmArticles.ART_5,
                    "the column has " + rows().size() + " rows for " + strata.size() + " strata");
        }
        for (int i = 0; i < strata.size(); i++) {
            Stratum s = strata.get(i);
            PrepaidDaysRow row = rows().get(i);
            if (!s.wording().equals(row.wording())) {
                throw new InvalidInputException("prepaidDays.rows[" + i + "].wording", CucmArticles.ART_5,
                        "row '" + row.wording() + "' does not match stratum '" + s.wording() + "'");
            }
            Hours bought = s.annualFee().dividedBy(hourlyCost);
            Hours stated = hoursPerDay().multipliedBy(row.days());
            if (!bought.equals(stated)) {
                throw new InvalidInputException("prepaidDays.rows[" + i + "].days", CucmArticles.ART_5,
                        "'" + s.wording() + "': " + s.annualFee() + " € ÷ " + hourlyCost + " €/h = " + bought
                                + " h, but the text states " + row.days() + " day(s) of " + hoursPerDay() + " h = "
                                + stated + " h");
            }
        }
    }
}
