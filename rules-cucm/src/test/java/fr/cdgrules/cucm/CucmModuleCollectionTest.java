package fr.cdgrules.cucm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cdgrules.core.billing.PaymentTerm;
import fr.cdgrules.core.module.FeeCollection;
import fr.cdgrules.core.module.RuleModules;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.strata.StrataScale;
import fr.cdgrules.cucm.billing.MissionBilling;
import fr.cdgrules.cucm.cotisation.CotisationRule;
import fr.cdgrules.cucm.replacement.PriorityOrder;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The module as the fee run and the CLI see it: the object and term of the cotisation's titre (art. 5),
 * the scale it collects, the convention whatever the start asked (art. 9), each rule reached by its type.
 */
class CucmModuleCollectionTest {
    private static final CucmModule MODULE = new CucmModule();

    @Test
    void theTitreIsTheAnnualCotisationPayableWithin30DaysOfReceipt() {
        FeeCollection f = MODULE;
        assertEquals("Cotisation 2023 au service commun de remplacement des secrétaires de mairie (003 art. 5)",
                f.titreObject(Year.of(2023)));
        PaymentTerm term = f.paymentTerm().orElseThrow();
        // « La commune concernée disposera alors d'un délai de paiement de 30 jours »
        assertEquals(30, term.days());
        assertEquals(CucmArticles.ART_5, term.citation());
        assertEquals(LocalDate.of(2023, 5, 3), term.dueDate(LocalDate.of(2023, 4, 3)));
    }

    @Test
    void theTariffCollectedIsTheBundledScaleOfArticle5() {
        StrataScale s = MODULE.feeTariff().forYear(Year.of(2023)).value();
        assertSame(CotisationRule.bundledScale(), MODULE.feeTariff());
        assertEquals(List.of(Money.ofEuros(210), Money.ofEuros(420), Money.ofEuros(630), Money.ofEuros(840),
                Money.ofEuros(1050)), s.strata().stream().map(x -> x.annualFee()).toList());
        assertEquals("Au-delà de 10 000 habitants", s.strata().get(4).wording());
    }

    @Test
    void theConventionIsTheFrameworkConventionWhateverTheStartAsked() {
        // « Quel que soit la date d'adhésion individuelle des communes [...] 30 juin 2024 » (art. 9)
        for (LocalDate start : List.of(LocalDate.of(2022, 7, 1), LocalDate.of(2023, 9, 4), LocalDate.of(2030, 1, 1))) {
            assertEquals(CucmRules.defaults().convention(), MODULE.convention(start));
            assertEquals(LocalDate.of(2022, 7, 1), MODULE.convention(start).start());
        }
    }

    @Test
    void eachRuleIsReachedByItsType() {
        CucmModule loaded = (CucmModule) RuleModules.load().get("cucm");
        assertSame(CucmRules.defaults(), loaded.rules());
        assertSame(loaded.rules(), loaded.capability(CucmRules.class).orElseThrow());
        assertSame(loaded.rules().billing(), loaded.capability(MissionBilling.class).orElseThrow());
        assertSame(loaded.rules().cotisationRule(), loaded.capability(CotisationRule.class).orElseThrow());
        assertSame(loaded.rules().priorityOrder(), loaded.capability(PriorityOrder.class).orElseThrow());
        assertSame(loaded.rules().descriptor(), loaded.descriptor().orElseThrow());
        // the fee run finds the collection of the titre and the tariff on the module itself
        assertSame(loaded, loaded.capability(FeeCollection.class).orElseThrow());
        assertSame(loaded, loaded.capability(fr.cdgrules.core.module.TariffRevision.class).orElseThrow());
        assertEquals(java.util.Optional.empty(), loaded.capability(String.class));
        assertEquals("cucm", loaded.id());
        assertEquals("cucm rule module (Communauté urbaine Creusot Montceau (CUCM))", loaded.toString());
        assertThrows(UnsupportedOperationException.class, () -> loaded.capabilities().clear());
        CucmRules fourth = CucmRules.defaults().withReadings(CucmReadings.defaults()
                .withTenThousand(fr.cdgrules.cucm.cotisation.TenThousandReading.FOURTH_STRATUM));
        assertSame(fourth, CucmModule.of(fourth).rules());
        assertThrows(NullPointerException.class, () -> CucmModule.of(null));
    }
}
