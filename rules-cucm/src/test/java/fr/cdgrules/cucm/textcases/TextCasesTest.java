package fr.cdgrules.cucm.textcases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.core.billing.Activity;
import fr.cdgrules.core.billing.TimesheetEntry;
import fr.cdgrules.core.citation.Source;
import fr.cdgrules.core.error.ConventionNotInForceException;
import fr.cdgrules.core.error.NoRuleAppliesException;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.membership.AnnualFeeQuote;
import fr.cdgrules.core.module.RuleModules;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.territory.Collectivity;
import fr.cdgrules.core.timeline.Version;
import fr.cdgrules.cucm.CucmModule;
import fr.cdgrules.cucm.CucmRules;
import fr.cdgrules.cucm.billing.MissionBill;
import fr.cdgrules.cucm.billing.MissionSheet;
import fr.cdgrules.cucm.billing.WorkSchedule;
import fr.cdgrules.cucm.convention.ForceMajeure;
import fr.cdgrules.cucm.convention.Reconduction;
import fr.cdgrules.cucm.convention.TerminationDues;
import fr.cdgrules.cucm.cost.HourlyUnitCost;
import fr.cdgrules.cucm.membership.AdhesionForm;
import fr.cdgrules.cucm.replacement.PriorityRanking;
import fr.cdgrules.cucm.replacement.ReplacementReason;
import fr.cdgrules.cucm.replacement.ReplacementRequest;
import fr.cdgrules.cucm.source.CucmText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Independent cases derived from seed 003 (deliberation of 30 June 2022, convention cadre and its
 * annexes), run through the public API only: the module found by {@link java.util.ServiceLoader} and
 * its {@link CucmRules}. Each case quotes the words it checks; figures are the text's or follow from
 * them by the text's own arithmetic. Revisions and reconductions marked HYPOTHETICAL are not in the
 * sources: they only exercise « révisé tous les ans » and « avant qu'un bilan ne décide de sa
 * reconduction ».
 */
class TextCasesTest {
    static final CucmRules RULES = ((CucmModule) RuleModules.load().get("cucm")).rules();
    static final LocalDate ADHERED = LocalDate.of(2022, 10, 3);

    static Collectivity commune(String code, String name, long inhabitants) {
        return Collectivity.of(code, name, "71", Optional.of(CucmText.EPCI_SIREN), Population.of(inhabitants, Year.of(2026)));
    }

    static final Collectivity MARIGNY = commune("71278", "Marigny", 166);
    static final Collectivity MARY = commune("71286", "Mary", 281);

    static List<TimesheetEntry> weekdays(LocalDate from, LocalDate to, Hours perDay) {
        List<TimesheetEntry> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                out.add(TimesheetEntry.of(d, perDay, Activity.WORK));
            }
        }
        return out;
    }

    @Test
    void leBaremeEtLesJoursPrepayes() {
        // « De 1 à 999 habitants 210 € 1 » ... « Au-delà de 10 000 habitants 1 050 € 5 », « sur la base de 7 heures/jour »
        long[][] cases = {{1, 210, 1}, {999, 210, 1}, {1000, 420, 2}, {2499, 420, 2}, {2500, 630, 3}, {4499, 630, 3},
            {4500, 840, 4}, {9999, 840, 4}, {10_001, 1050, 5}};
        for (long[] c : cases) {
            AnnualFeeQuote q = RULES.cotisation(commune("71278", "Marigny", c[0]), Year.of(2023));
            assertEquals(Money.parse(c[1] + ".00"), q.annualFee().orElseThrow(), c[0] + " habitants");
            assertEquals(Hours.of(7 * c[2]), q.prepaidHours().orElseThrow(), c[0] + " habitants: " + c[2] + " jour(s)");
        }
        // « Pour l'année 2022 [...] aucune cotisation ne sera demandée aux communes »
        assertEquals(Money.ZERO, RULES.cotisation(MARIGNY, Year.of(2022)).annualFee().orElseThrow());
    }

    @Test
    void laConventionDuree2AnsNonReconductibleDeFaconTacite() {
        // « prend effet à compter de la date du 1er juillet 2022 », « viendra à expiration à la date du 30 juin 2024 »
        Convention c = RULES.convention();
        assertEquals(LocalDate.of(2022, 7, 1), c.start());
        assertEquals(LocalDate.of(2024, 6, 30), c.finalEnd());
        assertThrows(ConventionNotInForceException.class, () -> RULES.cotisation(MARIGNY, Year.of(2025)));
        // « avant qu'un bilan ne décide de sa reconduction »; « un avenant signé des deux parties »
        CucmRules reconducted = RULES.withReconduction(Reconduction.of(LocalDate.of(2024, 6, 27),
                LocalDate.of(2025, 6, 30), "HYPOTHETICAL avenant after the bilan"));
        assertEquals(LocalDate.of(2025, 6, 30), reconducted.convention().finalEnd());
        assertEquals(Money.parse("210.00"), reconducted.cotisation(MARIGNY, Year.of(2025)).annualFee().orElseThrow());
    }

    @Test
    void lEngagementDeNonRecrutementDe3Ans() {
        // « Cet engagement moral sera pris pour une période de 3 ans à compter de la date d'adhésion de la commune »
        assertEquals(LocalDate.of(2025, 10, 2), RULES.adhesion(AdhesionForm.of(MARIGNY, LocalDate.of(2022, 9, 12), ADHERED))
                .nonRecruitmentLastDay());
        assertEquals(LocalDate.of(2027, 2, 28), RULES.adhesion(AdhesionForm.of(MARIGNY, LocalDate.of(2024, 2, 1),
                LocalDate.of(2024, 2, 29))).nonRecruitmentLastDay(), "three full years from 29 February 2024");
    }

    @Test
    void leRecoursAuServiceNecessiteUneAdhesion() {
        // « Le recours au service nécessite la signature d'un contrat de prestation de service »
        ReplacementRequest r = ReplacementRequest.of(MARIGNY, LocalDate.of(2023, 2, 27), LocalDate.of(2023, 3, 6),
                Period.ofWeeks(2), ReplacementReason.ILLNESS_OR_MATERNITY, List.of("état civil"), BigDecimal.ONE, true);
        assertTrue(RULES.check(r).isRefused());
        assertFalse(RULES.check(r.withAdhesionDate(ADHERED)).isRefused());
        MissionSheet sheet = MissionSheet.of(MARIGNY, LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 17),
                WorkSchedule.HOURS_35).withTimesheet(weekdays(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 17), Hours.of(7)));
        assertThrows(NoRuleAppliesException.class, () -> RULES.invoice(sheet));
        // 70 h − 7 h prepaid = 63 h × 30 € (« fixé à 30 € de l'heure »)
        assertEquals(Money.parse("1890.00"), RULES.invoice(sheet.withAdhesionDate(ADHERED)).total());
    }

    @Test
    void leCoutPrevisionnelAuDelaDu31Decembre() {
        // « Avant toute mission, la CUCM établira un coût prévisionnel sur la base de la durée prévisionnelle »
        CucmRules revised = RULES.withHourlyCost(Version.of(LocalDate.of(2024, 1, 1), HourlyUnitCost.of(Money.parse("31.50")),
                Source.of("HYPOTHETICAL revision for 2024", CucmText.ART_5)));
        LocalDate first = LocalDate.of(2023, 12, 18);
        LocalDate last = LocalDate.of(2024, 1, 12);
        MissionSheet sheet = MissionSheet.of(MARIGNY, first, last, WorkSchedule.HOURS_35).withAdhesionDate(ADHERED)
                .withPlannedHours(Hours.of(140)).withTimesheet(weekdays(first, last, Hours.of(7)));
        MissionBill estimate = revised.estimate(sheet);
        MissionBill invoice = revised.invoice(sheet);
        assertEquals(invoice.total(), estimate.total(), "the hours worked match the forecast");
        assertEquals(Money.parse("3885.00"), invoice.total(), "63 h × 30 € + (70 − 20/3) h × 31.50 €");
    }

    @Test
    void leCoutUnitaireReviseALaDateDeSaDecision() {
        // « Il sera révisé tous les ans »: a HYPOTHETICAL revision from 1 July 2023
        CucmRules revised = RULES.withHourlyCost(Version.of(LocalDate.of(2023, 7, 1), HourlyUnitCost.of(Money.parse("31.50")),
                Source.of("HYPOTHETICAL revision from 1 July 2023", CucmText.ART_5)));
        MissionSheet sheet = MissionSheet.of(MARIGNY, LocalDate.of(2023, 6, 26), LocalDate.of(2023, 7, 7),
                WorkSchedule.HOURS_35).withAdhesionDate(ADHERED)
                .withTimesheet(weekdays(LocalDate.of(2023, 6, 26), LocalDate.of(2023, 7, 7), Hours.of(7)));
        assertEquals(Money.parse("1942.50"), revised.invoice(sheet).total(), "28 h × 30 € + 35 h × 31.50 €");
    }

    @Test
    void lesMissionsDUneAnneePartagentSesHeuresPrepayees() {
        // « La commune restera redevable des remboursements pour remplacement et de la cotisation forfaitaire de l'année en cours »
        MissionSheet march = MissionSheet.of(MARIGNY, LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 8), WorkSchedule.HOURS_35)
                .withAdhesionDate(ADHERED).withTimesheet(weekdays(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 8), Hours.of(7)));
        MissionSheet may = MissionSheet.of(MARIGNY, LocalDate.of(2023, 5, 15), LocalDate.of(2023, 5, 16), WorkSchedule.HOURS_35)
                .withAdhesionDate(ADHERED).withTimesheet(weekdays(LocalDate.of(2023, 5, 15), LocalDate.of(2023, 5, 16), Hours.of(7)));
        Convention c = RULES.confirmFaultTermination(RULES.formalNotice(RULES.convention(), LocalDate.of(2023, 6, 1),
                "cotisation non réglée", Optional.empty()), LocalDate.of(2023, 7, 3), Optional.empty());
        TerminationDues dues = RULES.dueAtTermination(c, MARIGNY, false, List.of(march, may));
        assertEquals(Money.parse("1050.00"), dues.total(), "210 € + (35 h − 7 h) × 30 €");
    }

    @Test
    void leDelaiDUnMoisEtLaForceMajeure() {
        // « assortie d'un délai d'un mois pour se mettre en conformité »
        Convention noticed = RULES.formalNotice(RULES.convention(), LocalDate.of(2023, 3, 10), "manquements constatés",
                Optional.empty());
        assertEquals(LocalDate.of(2023, 4, 10), noticed.formalNotices().get(0).cureDeadline());
        // « A moins que les manquements ne soient imputables à des circonstances de force majeure dûment établies »
        assertThrows(NoRuleAppliesException.class, () -> RULES.confirmFaultTermination(noticed, LocalDate.of(2023, 4, 11),
                Optional.of(ForceMajeure.established("incendie de la mairie", LocalDate.of(2023, 3, 20)))));
    }

    @Test
    void leTitreDeCotisationPayableSous30Jours() {
        // « Qu'il s'agisse du montant de la cotisation annuelle [...] un délai de paiement de 30 jours »
        assertEquals(LocalDate.of(2023, 3, 31), RULES.cotisationTitre(MARIGNY, Year.of(2023), LocalDate.of(2023, 3, 1)).dueOn());
    }

    @Test
    void lArbitrageDeLaCucm() {
        // « Si les communes demandeuses ont le même profil et que le remplacement est demandé pour le même motif,
        // un arbitrage sera rendu par la CUCM »
        ReplacementRequest a = ReplacementRequest.of(MARIGNY, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 13),
                Period.ofWeeks(2), ReplacementReason.ACCIDENT, List.of("état civil"), BigDecimal.ONE, true)
                .withAdhesionDate(ADHERED);
        ReplacementRequest b = ReplacementRequest.of(MARY, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 13),
                Period.ofWeeks(2), ReplacementReason.ACCIDENT, List.of("état civil"), BigDecimal.ONE, true)
                .withAdhesionDate(ADHERED);
        PriorityRanking ranking = RULES.rank(List.of(b, a));
        assertEquals(1, ranking.arbitrations().size());
        assertEquals(Hours.ofFraction(35, 2), ranking.arbitrations().get(0).proposedWeeklyHoursEach(WorkSchedule.HOURS_35));
        // « Maladie et congés maternité » before « congés d'été »: no arbitration between different reasons
        ReplacementRequest summer = b.withReason(ReplacementReason.SUMMER_LEAVE);
        assertEquals(List.of(a, summer), RULES.rank(List.of(summer, a)).requests());
        assertTrue(RULES.rank(List.of(summer, a)).arbitrations().isEmpty());
    }

    @Test
    void lesRttGeneresAuDelaDe1Mois() {
        // « les jours de RTT qui seraient générés sur une période de remplacement au-delà de 1 mois seront facturés »;
        // « 12 jours si temps de travail de 37,5 heures/semaine », « 0 jours si temps de travail de 35 heures /semaine »
        LocalDate first = LocalDate.of(2023, 4, 3);
        LocalDate last = LocalDate.of(2023, 4, 28);
        MissionSheet prolonged = MissionSheet.of(MARIGNY, first, last, WorkSchedule.HOURS_37_5).withAdhesionDate(ADHERED)
                .withReplacementStartedOn(LocalDate.of(2023, 3, 6))
                .withTimesheet(weekdays(first, last, Hours.ofFraction(15, 2)));
        assertFalse(RULES.invoice(prolonged).settlements().get(0).rttHoursBilled().isZero());
        MissionSheet on35 = MissionSheet.of(MARIGNY, first, last, WorkSchedule.HOURS_35).withAdhesionDate(ADHERED)
                .withReplacementStartedOn(LocalDate.of(2023, 3, 6)).withTimesheet(weekdays(first, last, Hours.of(7)));
        assertTrue(RULES.invoice(on35).settlements().get(0).rttHoursBilled().isZero());
        // « Les périodes de congé et de formation ne seront pas facturées aux communes »
        List<TimesheetEntry> withTraining = new ArrayList<>(weekdays(first, first, Hours.of(7)));
        withTraining.add(TimesheetEntry.of(first.plusDays(1), Hours.of(7), Activity.TRAINING));
        MissionSheet training = MissionSheet.of(MARIGNY, first, first.plusDays(1), WorkSchedule.HOURS_35)
                .withAdhesionDate(ADHERED).withTimesheet(withTraining);
        assertEquals(Money.ZERO, RULES.invoice(training).total(), "7 h worked, all prepaid; the training day not billed");
    }
}
