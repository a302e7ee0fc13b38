package fr.cdgrules.cucm.cotisation;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.module.ValueStyle;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.strata.StrataScale;
import fr.cdgrules.core.strata.Stratum;
import fr.cdgrules.cucm.source.CucmText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The text's own column of prepaid days (art. 5 and annexe 2 (barème): "Nombre de jour(s)
 * prépayé(s) équivalent(s) (sur la base de 7 heures/jour)"), kept as data so that it can be checked
 * against the rule that actually computes prepaid hours: cotisation ÷ hourly unit cost.
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
        return ImmutablePrepaidDaysColumn.of(costYear, hoursPerDay, rows);
    }

    /** @return the column as bundled with the module ({@code /fr/cdgrules/cucm/prepaid-days.json}) */
    public static PrepaidDaysColumn bundled() {
        try (InputStream in = PrepaidDaysColumn.class.getResourceAsStream("/fr/cdgrules/cucm/prepaid-days.json")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /fr/cdgrules/cucm/prepaid-days.json");
            }
            return CdgJson.read(in, new TypeReference<PrepaidDaysColumn>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        List<Stratum> strata = scale.strata();
        if (strata.size() != rows().size()) {
            throw new InvalidInputException("prepaidDays.rows", CucmText.ART_5,
                    "the column has " + rows().size() + " rows for " + strata.size() + " strata");
        }
        for (int i = 0; i < strata.size(); i++) {
            Stratum s = strata.get(i);
            PrepaidDaysRow row = rows().get(i);
            if (!s.wording().equals(row.wording())) {
                throw new InvalidInputException("prepaidDays.rows[" + i + "].wording", CucmText.ART_5,
                        "row '" + row.wording() + "' does not match stratum '" + s.wording() + "'");
            }
            Hours bought = s.annualFee().dividedBy(hourlyCost);
            Hours stated = hoursPerDay().multipliedBy(row.days());
            if (!bought.equals(stated)) {
                throw new InvalidInputException("prepaidDays.rows[" + i + "].days", CucmText.ART_5,
                        "'" + s.wording() + "': " + s.annualFee() + " € ÷ " + hourlyCost + " €/h = " + bought
                                + " h, but the text states " + row.days() + " day(s) of " + hoursPerDay() + " h = "
                                + stated + " h");
            }
        }
    }
}
