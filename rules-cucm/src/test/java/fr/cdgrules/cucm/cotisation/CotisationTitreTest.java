package fr.cdgrules.cucm.cotisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.error.NotEligibleException;
import fr.cdgrules.cucm.CucmArticles;
import java.util.List;
import fr.cdgrules.core.error.NoRuleAppliesException;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.Fixtures;
import fr.cdgrules.cucm.billing.MissionBilling;
import fr.cdgrules.cucm.source.CucmText;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/**
 * Art. 5: « Qu'il s'agisse du montant de la cotisation annuelle ou bien du montant du remboursement
 * dus, les communes s'acquitteront des sommes mises à leur charge par la CUCM à réception des titres de
 * recettes [...]. La commune concernée disposera alors d'un délai de paiement de 30 jours ».
 */
class CotisationTitreTest {
    static final CucmRules RULES = CucmRules.defaults();

    @Test
    void theCotisationTitreIsDue30DaysAfterReceipt() {
        CotisationTitre t = RULES.cotisationTitre(Fixtures.ecuisses(), Year.of(2023), LocalDate.of(2023, 3, 15));
        assertEquals(Money.parse("420.00"), t.amount(), "De 1000 à 2 499 habitants: 420 €");
        assertEquals(LocalDate.of(2023, 4, 14), t.dueOn());
        assertEquals(LocalDate.of(2024, 2, 29), RULES.cotisationTitre(Fixtures.marigny(), Year.of(2024),
                LocalDate.of(2024, 1, 30)).dueOn(), "30 calendar days, 2024 a leap year");
        assertEquals(MissionBilling.PAYMENT_TERM.days(), CotisationTitre.PAYMENT_TERM.days(), "the same 30 days");
        assertTrue(t.citations().contains(CucmText.ART_5));
        assertTrue(t.explanation().render().contains("due on 2023-04-14"));
        assertEquals(t.dueOn(), CdgJson.read(CdgJson.write(t), CotisationTitre.class).dueOn());
    }

    @Test
    void noTitreFor2022NorForANonMember() {
        assertThrows(NoRuleAppliesException.class,
                () -> RULES.cotisationTitre(Fixtures.marigny(), Year.of(2022), LocalDate.of(2022, 9, 1)));
        // issue 14: not a member commune is a refusal by the rules naming art. 3 (exit 3), not an invalid input
        NotEligibleException outside = assertThrows(NotEligibleException.class,
                () -> RULES.cotisationTitre(Fixtures.autun(), Year.of(2023), LocalDate.of(2023, 3, 1)));
        assertEquals(List.of(CucmArticles.ART_3), outside.rules());
        assertTrue(outside.getMessage().contains("owes no cotisation"), outside.getMessage());
        assertFalse(InvalidInputException.class.isInstance(outside));
        NotEligibleException ledger = assertThrows(NotEligibleException.class,
                () -> RULES.prepaidLedger(Fixtures.autun(), Year.of(2023)));
        assertEquals(List.of(CucmArticles.ART_3), ledger.rules());
        assertThrows(NullPointerException.class, () -> RULES.cotisationTitre(Fixtures.marigny(), Year.of(2023), null));
    }
}
