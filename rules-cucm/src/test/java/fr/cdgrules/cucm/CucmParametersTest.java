package fr.cdgrules.cucm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.descriptor.DescribedParameter;
import fr.cdgrules.core.lifecycle.RenewalKind;
import fr.cdgrules.core.lifecycle.TerminationKind;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.cucm.billing.MissionBilling;
import fr.cdgrules.cucm.billing.RttRule;
import fr.cdgrules.cucm.convention.FrameworkConvention;
import fr.cdgrules.cucm.convention.FrameworkPeriod;
import fr.cdgrules.cucm.cotisation.CotisationRule;
import fr.cdgrules.cucm.cotisation.CotisationTitre;
import fr.cdgrules.cucm.membership.Adhesion;
import fr.cdgrules.cucm.replacement.ReplacementRequest;
import fr.cdgrules.cucm.source.CucmText;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Conventions 2 and 4 of the descriptor migration: the terms and the figures the text sets are read
 * from {@code cucm.yaml}, with the text's own numbers.
 */
class CucmParametersTest {

    @Test
    void theTermsComeFromTheDescriptor() {
        // art. 9: « prend effet à compter de la date du 1er juillet 2022 », « une durée de 2 ans non reconductible
        // de façon tacite qui viendra à expiration à la date du 30 juin 2024 »
        assertEquals(LocalDate.of(2022, 7, 1), CucmParameters.conventionStart());
        assertEquals(LocalDate.of(2022, 7, 1), FrameworkPeriod.initial().start());
        assertEquals(LocalDate.of(2024, 6, 30), FrameworkPeriod.initial().lastDay());
        assertEquals(Period.ofYears(2), CucmParameters.terms().initialTerm());
        assertEquals(RenewalKind.NONE, CucmParameters.terms().renewal().kind());
        // art. 10: « assortie d'un délai d'un mois pour se mettre en conformité »
        assertEquals(Optional.of(Period.ofMonths(1)),
                CucmParameters.terms().termination(TerminationKind.FOR_FAULT).orElseThrow().period());
        assertEquals(CucmParameters.terms(), FrameworkConvention.terms(), "the convention's terms are the descriptor's");
        assertEquals(CucmDescriptor.bundled().terms(), Optional.of(new CucmModule().conventionTerms()));
    }

    @Test
    @SuppressWarnings("deprecation")
    void theDeprecatedConstantsKeepTheirValues() {
        assertEquals(Period.ofYears(2), FrameworkConvention.TERM);
        assertEquals(Period.ofMonths(1), FrameworkConvention.CURE_PERIOD);
        assertEquals(LocalDate.of(2022, 7, 1), CucmText.CONVENTION_START);
        assertEquals(LocalDate.of(2024, 6, 30), CucmText.CONVENTION_LAST_DAY);
        Collectivity member = Collectivity.of("71038", "Les Bizots", "71", Optional.of(CucmText.EPCI_SIREN),
                Population.of(473, Year.of(2023)));
        assertTrue(CucmDescriptor.bundled().territory().contains(member), "EPCI_SIREN agrees with territory.epci");
    }

    @Test
    void theFiguresOfTheTextAreDatedParametersOfTheDescriptor() {
        assertEquals(Year.of(2022), CotisationRule.EXEMPT_YEAR, "« Pour l'année 2022 [...] aucune cotisation »");
        assertEquals(30, MissionBilling.PAYMENT_TERM.days(), "« un délai de paiement de 30 jours »");
        assertEquals(30, CotisationTitre.PAYMENT_TERM.days());
        assertEquals(1607, RttRule.ANNUAL_OBLIGATION_HOURS, "« l'obligation de travail de 1607 heures par an »");
        assertEquals(Period.ofYears(3), Adhesion.NON_RECRUITMENT_PERIOD, "« une période de 3 ans »");
        assertEquals(600, ReplacementRequest.SMALL_COMMUNE_LIMIT, "« moins de 600 habitants »");
        assertEquals(7, CucmParameters.whole("prepaidDayHours"), "« sur la base de 7 heures/jour »");
        assertEquals(35, CucmParameters.whole("weeklyHoursWithoutRtt"), "« 0 jours si temps de travail de 35 heures »");
        assertEquals(7, fr.cdgrules.cucm.replacement.RequestChecks.ONE_WEEK_DAYS, "« un délai de prévenance d'une semaine »");
        assertEquals(7, CucmParameters.whole("minimumReplacementDays"), "« une durée minimale de 1 semaine »");
        assertEquals(2, fr.cdgrules.cucm.replacement.RequestChecks.MAXIMUM_MONTHS, "« ne pourra pas excéder 2 mois »");
        assertEquals(7, fr.cdgrules.cucm.replacement.RenewalDates.ASK_DAYS_BEFORE, "« Une semaine avant l'échéance »");
        assertEquals(3, fr.cdgrules.cucm.replacement.RenewalDates.ANSWER_DAYS, "« 72 heures »: 3 calendar days");
        for (String key : java.util.List.of("exemptYear", "paymentTermDays", "prepaidDayHours", "annualObligationHours",
                "weeklyHoursWithoutRtt", "nonRecruitmentYears", "priorityPopulationBelow", "requestNoticeDays",
                "minimumReplacementDays", "maximumReplacementMonths", "renewalAskDaysBefore", "renewalAnswerHours")) {
            DescribedParameter p = CucmDescriptor.bundled().parameter(key);
            assertEquals(1, p.versions().size(), key);
            Citation article = p.versions().get(0).article();
            assertTrue(CucmDescriptor.bundled().article(article).isPresent(), key + " cites " + article);
            assertTrue(!p.versions().get(0).decision().isBlank(), key);
        }
    }
}
