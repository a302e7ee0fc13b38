package fr.cdgrules.cucm.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cdgrules.core.descriptor.DescriptorLoader;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.cucm.CucmModule;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.Fixtures;
import fr.cdgrules.cucm.membership.Adhesion;
import fr.cdgrules.cucm.membership.AdhesionDateReading;
import fr.cdgrules.cucm.membership.AdhesionForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A revised cost supplied without its structure-cost rate keeps none (art. 5: the rate is stated for 2022). */
class SuppliedCostTest {
    /** A revised 2023 unit cost as a caller would supply it (a test's figure, not a published decision). */
    static final String COST_2023 = """
            module: cucm
            parameters:
              hourlyUnitCost:
                versions:
                  - effective: 2023-01-01
                    decision: "HYPOTHETICAL decision setting the 2023 cost, for tests only"
                    article: "003 art. 5"
                    amount: "31.50"
            """;

    @Test
    void eachCostTakesOnlyTheStructureCostRateOfItsOwnDay() {
        CucmRules rules = new CucmModule().withParameters(DescriptorLoader.readFragment("cout-2023.yaml", COST_2023)).rules();
        assertEquals(Optional.of(new BigDecimal("15.10")), rules.hourlyCost(Year.of(2022)).value().structureCostRate());
        assertEquals(Optional.empty(), rules.hourlyCost(Year.of(2023)).value().structureCostRate(),
                "« frais de structure 15,10 % pour l'année 2022 » only");
        assertEquals(Money.parse("31.50"), rules.hourlyCost(Year.of(2023)).value().hourlyRate());
        assertEquals(2, rules.unitCosts().timeline().versions().size());
        assertEquals(1, UnitCosts.bundled().timeline().versions().size());
    }

    @Test
    void anAdhesionUnderTheConventionAsTheTextSetsIt() {
        AdhesionForm form = AdhesionForm.of(Fixtures.marigny(), LocalDate.of(2022, 9, 1), LocalDate.of(2022, 9, 15));
        Adhesion a = Adhesion.of(form, AdhesionDateReading.FORM_SIGNATURE);
        assertEquals(CucmRules.defaults().adhesion(form), a);
        assertEquals(LocalDate.of(2025, 9, 14), a.nonRecruitmentLastDay());
    }
}
