package fr.cdgrules.cdg79.intervention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg79.Cdg79Articles;
import fr.cdgrules.cdg79.TestCommunes;
import fr.cdgrules.cdg79.fee.Ceiling3500Reading;
import fr.cdgrules.cdg79.fee.Membership;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.explain.ParameterUse;
import fr.cdgrules.core.explain.TraceStep;
import fr.cdgrules.core.finding.Finding;
import fr.cdgrules.core.money.Hours;
import fr.cdgrules.core.money.Money;
import fr.cdgrules.core.territory.Collectivity;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The explanation of each outcome, step by step, as a lawyer reads it: the rule in the text's words,
 * the articles, the inputs (with the reading applied) and the result; and the description of each
 * invoice line (art. 3.2). The figures are the text's: 35 € and 75 € an hour (art. 3.2), six months
 * and « 2 demi-journées » on site (art. 2.3).
 */
class InterventionExplanationTest {
    private static final InterventionBilling DEFAULT = InterventionBilling.of(BillableServicesReading.HEADING_AND_ANNEX,
            TraineeSupportPeriodReading.ANNIVERSARY_EXCLUDED, Ceiling3500Reading.EXCLUDED_PER_TITLE, HourlyRates.published());
    private static final Collectivity CLESSE = TestCommunes.clesse();
    private static final Membership MEMBER_2026 = Membership.ofYears(Year.of(2026));
    private static final LocalDate ISSUED = LocalDate.of(2026, 12, 15);
    private static final LocalDate DAY = LocalDate.of(2026, 5, 12);
    private static final Graduate CAMILLE = Graduate.of("Camille Martin", LocalDate.of(2026, 3, 2));
    private static final String MEMBERSHIP_RULE = "membership on the day of the intervention: 'Commune adhérente au plan"
            + " d'actions SGDM' / 'Commune non adhérente'";
    private static final String TREATMENT_RULE = "treatment of the service under the reading of art. 3.2";
    private static final String MEMBER_RATE_RULE = "hourly rate: 'Commune adhérente au plan d'actions SGDM'; amount ="
            + " hours × rate, rounded once to the cent, half up";
    private static final String NON_MEMBER_RATE_RULE = "hourly rate: 'Commune non adhérente'; amount = hours × rate,"
            + " rounded once to the cent, half up";
    private static final String GROUND_RULE = "ground of a specific intervention: 'En cas d'urgence ou de force"
            + " majeure, le CDG79 peut accompagner les collectivités intéressées, sur une mission ponctuelle'";
    private static final String SIX_MONTHS_RULE = "six months of included support: 'sur une période de six mois à"
            + " l'issue de leur première prise de poste en collectivité'";
    private static final String HALF_DAY_RULE = "on-site support 'dans la limite de 2 demi-journées', counted in"
            + " half-days of 3.5 h (reading HalfDayReading.HALF_OF_A_SEVEN_HOUR_DAY)";
    private static final String NOT_A_MEMBER_RULE = "support of a graduate for a commune that is not a member: 'Au titre"
            + " des dispositifs de formation qu'il propose, le CDG79 accompagne' (art. 2.3) against 'au titre d'une"
            + " adhésion facultative' (art. 2; annex column 'ADHESION ANNUELLE')";

    private static Map<String, String> inputs(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int k = 0; k < keyValues.length; k += 2) {
            m.put(keyValues[k], keyValues[k + 1]);
        }
        return m;
    }

    private static void step(TraceStep s, String rule, List<Citation> citations, Map<String, String> inputs, String result) {
        assertEquals(rule, s.rule());
        assertEquals(citations, s.citations(), rule);
        assertEquals(inputs, s.inputs(), rule);
        assertEquals(List.copyOf(inputs.keySet()), List.copyOf(s.inputs().keySet()), "inputs in order: " + rule);
        assertEquals(result, s.result(), rule);
    }

    private static InterventionOutcome one(InterventionBilling b, Collectivity c, Membership m, Intervention i) {
        InterventionBill bill = b.invoice(c, m, List.of(i), ISSUED);
        assertEquals(1, bill.outcomes().size());
        return bill.outcomes().get(0);
    }

    @Test
    void aSpecificInterventionOfAMemberForUrgencyStepByStep() {
        InterventionOutcome o = one(DEFAULT, CLESSE, MEMBER_2026, Intervention.specific(DAY, Hours.parse("4/3"),
                InterventionGround.URGENCY));
        assertEquals("intervention of 2026-05-12 for Clessé (79094): Intervention spécifique du CDG79 sur des difficultés"
                + " ponctuelles", o.explanation().subject());
        List<TraceStep> s = o.explanation().steps();
        assertEquals(4, s.size());
        step(s.get(0), MEMBERSHIP_RULE, List.of(Cdg79Articles.HOURLY_RATES, Cdg79Articles.DURATION),
                inputs("date", "2026-05-12", "membership", "member for [2026]"), "member (adhesion for the civil year 2026)");
        ServiceTerms terms = DEFAULT.catalogue().terms(Service.SPECIFIC_INTERVENTION);
        step(s.get(1), TREATMENT_RULE, terms.citations(), inputs("service", "SPECIFIC_INTERVENTION", "reading",
                "HEADING_AND_ANNEX"), "BILLABLE_HOURLY: " + terms.reason());
        step(s.get(2), GROUND_RULE, List.of(Cdg79Articles.SPECIFIC_INTERVENTION), inputs("ground", "URGENCY"),
                "ground stated: « urgence »");
        step(s.get(3), MEMBER_RATE_RULE, List.of(Cdg79Articles.HOURLY_RATES), inputs("hours", "4/3", "member", "true"),
                "billed by the hour (000 art. 2.6): 4/3 h × 35.00 € = 46.67 €");
        assertEquals(List.of(ParameterUse.of(HourlyRates.published().rateOn(DAY, true))), s.get(3).parameters());
        assertEquals("2026-05-12 — Intervention spécifique du CDG79 sur des difficultés ponctuelles (000 art. 2.6),"
                + " urgence — tarif commune adhérente", o.line().orElseThrow().description());
        assertEquals("billed by the hour (000 art. 2.6): 4/3 h × 35.00 € = 46.67 €", o.reason());
    }

    @Test
    void aSpecificInterventionWithoutGroundForANonMember() {
        InterventionOutcome o = one(DEFAULT, CLESSE, Membership.none(), Intervention.of(DAY, Service.SPECIFIC_INTERVENTION,
                Hours.of(2)));
        List<TraceStep> s = o.explanation().steps();
        step(s.get(0), MEMBERSHIP_RULE, List.of(Cdg79Articles.HOURLY_RATES, Cdg79Articles.DURATION),
                inputs("date", "2026-05-12", "membership", "no membership"), "not a member on 2026-05-12");
        step(s.get(2), GROUND_RULE, List.of(Cdg79Articles.SPECIFIC_INTERVENTION), inputs("ground", "none stated"),
                "no ground stated: billed as recorded, with a finding");
        step(s.get(3), NON_MEMBER_RATE_RULE, List.of(Cdg79Articles.HOURLY_RATES), inputs("hours", "2", "member", "false"),
                "billed by the hour (000 art. 2.6): 2 h × 75.00 € = 150.00 €");
        assertEquals(List.of(ParameterUse.of(HourlyRates.published().rateOn(DAY, false))), s.get(3).parameters());
        assertEquals("2026-05-12 — Intervention spécifique du CDG79 sur des difficultés ponctuelles (000 art. 2.6)"
                + " — tarif commune non adhérente", o.line().orElseThrow().description());
        Finding f = o.findings().get(0);
        assertEquals("2026-05-12: a specific intervention (art. 2.6) is given 'En cas d'urgence ou de force majeure';"
                + " none is stated for this one — record its ground (URGENCY or FORCE_MAJEURE)", f.message());
        assertEquals(1, o.findings().size());
    }

    @Test
    void anOnboardingIsNotAskedForAGround() {
        InterventionOutcome o = one(DEFAULT, CLESSE, MEMBER_2026, Intervention.of(DAY, Service.ONBOARDING_SUPPORT,
                Hours.of(3)));
        List<TraceStep> s = o.explanation().steps();
        assertEquals(3, s.size(), o.explanation().render());
        step(s.get(2), MEMBER_RATE_RULE, List.of(Cdg79Articles.HOURLY_RATES), inputs("hours", "3", "member", "true"),
                "billed by the hour (000 art. 2.4): 3 h × 35.00 € = 105.00 €");
        assertEquals("2026-05-12 — Accompagnement à la prise de poste hors dispositifs de formation du CDG79"
                + " (000 art. 2.4) — tarif commune adhérente", o.line().orElseThrow().description());
    }

    @Test
    void theNetworkIsACompulsoryCompetenceNeverBilled() {
        // art. 1: « au titre de ses compétences obligatoires »
        Intervention i = Intervention.of(DAY, Service.WEBINARS, Hours.of(2));
        InterventionOutcome member = one(DEFAULT, CLESSE, MEMBER_2026, i);
        ServiceTerms terms = DEFAULT.catalogue().terms(Service.WEBINARS);
        List<TraceStep> s = member.explanation().steps();
        assertEquals(3, s.size());
        step(s.get(2), "amount due for the intervention", terms.citations(), inputs("hours", "2"),
                "included: a compulsory competence of the CDG79, also paid for by the annual adhesion; no line");
        InterventionOutcome nonMember = one(DEFAULT, CLESSE, Membership.none(), i);
        assertEquals(OutcomeKind.NOT_BILLABLE, nonMember.kind());
        assertEquals("not billable: a compulsory competence of the CDG79, never billed by the hour; no line",
                nonMember.reason());
        // a commune above the ceiling, under either reading of its rates: never billed, nothing refused
        for (LargeCommuneRateReading r : LargeCommuneRateReading.values()) {
            InterventionOutcome large = one(DEFAULT.withLargeCommuneRate(r), TestCommunes.aiffres(), Membership.none(), i);
            assertEquals(OutcomeKind.NOT_BILLABLE, large.kind(), r.name());
            assertEquals(3, large.explanation().steps().size(), large.explanation().render());
            assertTrue(large.findings().isEmpty(), r.name());
        }
    }

    @Test
    void aServiceOfThePackForAMemberAndForANonMember() {
        Intervention i = Intervention.of(DAY, Service.ADVICE, Hours.of(1));
        ServiceTerms terms = DEFAULT.catalogue().terms(Service.ADVICE);
        InterventionOutcome member = one(DEFAULT, CLESSE, MEMBER_2026, i);
        step(member.explanation().steps().get(2), "amount due for the intervention", terms.citations(),
                inputs("hours", "1"), "included in the pack adhésion of 2026: nothing due; no line");
        InterventionOutcome nonMember = one(DEFAULT, CLESSE, Membership.none(), i);
        step(nonMember.explanation().steps().get(2), "amount due for the intervention",
                List.of(Cdg79Articles.SERVICES, Cdg79Articles.HOURLY_RATES), inputs("hours", "1"),
                "not billable: the service is offered 'au titre d'une adhésion facultative' (art. 2) and art. 3.2 sets"
                        + " no hourly price for it; the commune is not a member on 2026-05-12 — it can join the pack"
                        + " (art. 3.1); no line");
    }

    @Test
    void aCommuneAboveTheCeilingIsBilledAsANonMemberOrRefusedWithTheReadingNamed() {
        Collectivity aiffres = TestCommunes.aiffres();
        Intervention i = Intervention.specific(DAY, Hours.of(1), InterventionGround.FORCE_MAJEURE);
        InterventionOutcome billed = one(DEFAULT, aiffres, Membership.none(), i);
        step(billed.explanation().steps().get(1), "a commune of 3 500 inhabitants or more",
                List.of(Cdg79Articles.HOURLY_RATES, Cdg79Articles.SERVICES),
                inputs("population", "5419", "reading", "LargeCommuneRateReading.NON_MEMBER_RATE"),
                "billed as a 'Commune non adhérente' (reading LargeCommuneRateReading.NON_MEMBER_RATE): it cannot join"
                        + " the pack, and art. 3.2 prices every commune that is not a member");
        assertEquals("2026-05-12 — Intervention spécifique du CDG79 sur des difficultés ponctuelles (000 art. 2.6),"
                + " force majeure — tarif commune non adhérente", billed.line().orElseThrow().description());

        InterventionOutcome refused = one(DEFAULT.withLargeCommuneRate(LargeCommuneRateReading.NOT_OFFERED), aiffres,
                Membership.none(), i);
        String why = "not offered: art. 2 offers its services 'à destination des communes de moins de 3 500 habitants'"
                + " and Aiffres (79003) has 5419 inhabitants (reading LargeCommuneRateReading.NOT_OFFERED); no rule"
                + " prices the intervention; no line";
        List<TraceStep> s = refused.explanation().steps();
        assertEquals(3, s.size());
        step(s.get(1), "a commune of 3 500 inhabitants or more", List.of(Cdg79Articles.SERVICES, Cdg79Articles.HOURLY_RATES),
                inputs("population", "5419", "reading", "LargeCommuneRateReading.NOT_OFFERED"), why);
        step(s.get(2), "amount due for the intervention", List.of(Cdg79Articles.SERVICES), inputs("hours", "1"), why);
        Finding f = refused.findings().get(0);
        assertEquals("2026-05-12: " + why, f.message());
        assertEquals(Cdg79Articles.SERVICES, f.citation());
    }

    @Test
    void theSixMonthsAndTheTwoHalfDaysStepByStep() {
        // first posting 2 March 2026: the six months run through 1 September 2026
        InterventionBill bill = DEFAULT.invoice(CLESSE, MEMBER_2026, List.of(
                Intervention.traineeSupport(LocalDate.of(2026, 3, 10), CAMILLE, Hours.of(3), true),
                Intervention.traineeSupport(LocalDate.of(2026, 4, 7), CAMILLE, Hours.of(7), true),
                Intervention.traineeSupport(LocalDate.of(2026, 5, 5), CAMILLE, Hours.of(1), true),
                Intervention.traineeSupport(LocalDate.of(2026, 6, 2), CAMILLE, Hours.of(2), false),
                Intervention.traineeSupport(LocalDate.of(2026, 9, 2), CAMILLE, Hours.of(1), false)), ISSUED);
        List<InterventionOutcome> o = bill.outcomes();
        Map<String, String> sixMonths = inputs("graduate", "Camille Martin (first posting 2026-03-02)", "firstPostingOn",
                "2026-03-02", "reading", "ANNIVERSARY_EXCLUDED", "date", "2026-03-10");
        String within = "within the six months (2026-03-02 to 2026-09-01 inclusive)";

        List<TraceStep> first = o.get(0).explanation().steps();
        assertEquals(5, first.size(), o.get(0).explanation().render());
        step(first.get(2), SIX_MONTHS_RULE, List.of(Cdg79Articles.TRAINEE_SUPPORT), sixMonths, within);
        step(first.get(3), HALF_DAY_RULE, List.of(Cdg79Articles.TRAINEE_SUPPORT), inputs("hoursOnSite", "3",
                "halfDayReading", "HalfDayReading.HALF_OF_A_SEVEN_HOUR_DAY (3.5 h)", "halfDaysUsed", "1",
                "includedHalfDaysAlreadyUsed", "0", "limit", "2"), "3 h on site use 1 half-day: on-site half-day 1 of 2:"
                        + " included");
        step(first.get(4), "amount due for the intervention", List.of(Cdg79Articles.TRAINEE_SUPPORT), inputs("hours", "3"),
                "on-site half-day 1 of 2 within the six months: included in the pack; no line");

        // a day of 7 h uses two half-days; one is left: 3 h 30 included, 3 h 30 billed at 35 €
        InterventionOutcome day = o.get(1);
        List<TraceStep> second = day.explanation().steps();
        step(second.get(3), HALF_DAY_RULE, List.of(Cdg79Articles.TRAINEE_SUPPORT), inputs("hoursOnSite", "7",
                "halfDayReading", "HalfDayReading.HALF_OF_A_SEVEN_HOUR_DAY (3.5 h)", "halfDaysUsed", "2",
                "includedHalfDaysAlreadyUsed", "1", "limit", "2"), "7 h on site use 2 half-days; 1 of the 2 included"
                        + " half-days left: 3.5 h included, the 3.5 h beyond the two included half-days billable");
        step(second.get(4), MEMBER_RATE_RULE, List.of(Cdg79Articles.HOURLY_RATES), inputs("hours", "3.5", "member", "true"),
                "on-site support: 3.5 h included (the half-day left), 3.5 h beyond the two included half-days billed:"
                        + " 3.5 h × 35.00 € = 122.50 €");
        assertEquals("2026-04-07 — Accompagnement des stagiaires et étudiants des formations initiées par le CDG79"
                + " (000 art. 2.3), on site, 3.5 h of 7 h beyond the included half-days, Camille Martin — tarif commune"
                + " adhérente", day.line().orElseThrow().description());

        // nothing left: the whole entry is billed
        List<TraceStep> third = o.get(2).explanation().steps();
        step(third.get(3), HALF_DAY_RULE, List.of(Cdg79Articles.TRAINEE_SUPPORT), inputs("hoursOnSite", "1",
                "halfDayReading", "HalfDayReading.HALF_OF_A_SEVEN_HOUR_DAY (3.5 h)", "halfDaysUsed", "1",
                "includedHalfDaysAlreadyUsed", "2", "limit", "2"), "1 h on site use 1 half-day, beyond the 2 included:"
                        + " billable");
        step(third.get(4), MEMBER_RATE_RULE, List.of(Cdg79Articles.HOURLY_RATES), inputs("hours", "1", "member", "true"),
                "on-site support beyond the two included half-days: billed: 1 h × 35.00 € = 35.00 €");
        assertEquals("2026-05-05 — Accompagnement des stagiaires et étudiants des formations initiées par le CDG79"
                + " (000 art. 2.3), on site, Camille Martin — tarif commune adhérente",
                o.get(2).line().orElseThrow().description());

        // remote support within the six months
        assertEquals("remote support within the six months: included in the pack; no line", o.get(3).reason());
        assertEquals(OutcomeKind.INCLUDED, o.get(3).kind());

        // « Au-delà de ces six mois »
        List<TraceStep> after = o.get(4).explanation().steps();
        step(after.get(2), SIX_MONTHS_RULE, List.of(Cdg79Articles.TRAINEE_SUPPORT), inputs("graduate",
                "Camille Martin (first posting 2026-03-02)", "firstPostingOn", "2026-03-02", "reading",
                "ANNIVERSARY_EXCLUDED", "date", "2026-09-02"), "after the six months, which ended on 2026-09-01: 'Au-delà"
                        + " de ces six mois, un accompagnement particulier peut être sollicité auprès du CDG (cf article 3)'");
        step(after.get(3), MEMBER_RATE_RULE, List.of(Cdg79Articles.HOURLY_RATES), inputs("hours", "1", "member", "true"),
                "support after the six months: billed: 1 h × 35.00 € = 35.00 €");
        assertEquals(Money.parse("192.50"), bill.total());
    }

    @Test
    void anEntryOfThreeHalfDaysWithBothLeftIncludesTwoAndBillsTheRest() {
        // 8 h on site: ⌈8 ÷ 3.5⌉ = 3 half-days; both included ones are used (7 h), 1 h is billed
        InterventionOutcome o = one(DEFAULT, CLESSE, MEMBER_2026,
                Intervention.traineeSupport(LocalDate.of(2026, 3, 10), CAMILLE, Hours.of(8), true));
        assertEquals(Hours.of(1), o.line().orElseThrow().quantity());
        assertEquals(Money.ofEuros(35), o.amountDue());
        step(o.explanation().steps().get(3), HALF_DAY_RULE, List.of(Cdg79Articles.TRAINEE_SUPPORT),
                inputs("hoursOnSite", "8", "halfDayReading", "HalfDayReading.HALF_OF_A_SEVEN_HOUR_DAY (3.5 h)",
                        "halfDaysUsed", "3", "includedHalfDaysAlreadyUsed", "0", "limit", "2"),
                "8 h on site use 3 half-days; 2 of the 2 included half-days left: 7 h included, the 1 h beyond the two"
                        + " included half-days billable");
        assertEquals("on-site support: 7 h included (the half-days left), 1 h beyond the two included half-days billed:"
                + " 1 h × 35.00 € = 35.00 €", o.reason());
    }

    @Test
    void eachGraduateHasTheirOwnTwoHalfDays() {
        Graduate nadia = Graduate.of("Nadia Blanchard", LocalDate.of(2026, 3, 2));
        InterventionBill bill = DEFAULT.invoice(CLESSE, MEMBER_2026, List.of(
                Intervention.traineeSupport(LocalDate.of(2026, 3, 10), CAMILLE, Hours.of(7), true),
                Intervention.traineeSupport(LocalDate.of(2026, 3, 11), nadia, Hours.of(7), true),
                Intervention.traineeSupport(LocalDate.of(2026, 3, 12), CAMILLE, Hours.of(1), true)), ISSUED);
        assertEquals(List.of(OutcomeKind.INCLUDED, OutcomeKind.INCLUDED, OutcomeKind.BILLED),
                bill.outcomes().stream().map(InterventionOutcome::kind).toList());
        assertTrue(bill.outcomes().get(1).reason().contains("half-days 1 to 2 of 2"), bill.outcomes().get(1).reason());
        assertEquals(Money.ofEuros(35), bill.total());
    }

    @Test
    void aNonMembersGraduateUnderEitherReading() {
        Intervention visit = Intervention.traineeSupport(LocalDate.of(2026, 3, 10), CAMILLE, Hours.of(2), true);
        InterventionOutcome billed = one(DEFAULT, CLESSE, Membership.none(), visit);
        List<TraceStep> s = billed.explanation().steps();
        assertEquals(4, s.size(), billed.explanation().render());
        step(s.get(2), NOT_A_MEMBER_RULE, List.of(Cdg79Articles.TRAINEE_SUPPORT, Cdg79Articles.SERVICES, Cdg79Articles.ANNEX),
                inputs("reading", "NonMemberTraineeSupportReading.BILLED_FROM_FIRST_HOUR"),
                "the included support is a pack service: billed from the first hour at the non-member rate");
        step(s.get(3), NON_MEMBER_RATE_RULE, List.of(Cdg79Articles.HOURLY_RATES), inputs("hours", "2", "member", "false"),
                "support of a graduate for a non-member: the included support is a pack service ('au titre d'une adhésion"
                        + " facultative', art. 2; annex column 'ADHESION ANNUELLE'); billed from the first hour at the"
                        + " non-member rate: 2 h × 75.00 € = 150.00 €");

        InterventionBilling every = DEFAULT.withNonMemberTraineeSupport(NonMemberTraineeSupportReading.ALLOWANCE_FOR_EVERY_COMMUNE);
        InterventionOutcome included = one(every, CLESSE, Membership.none(), visit);
        List<TraceStep> t = included.explanation().steps();
        step(t.get(2), NOT_A_MEMBER_RULE, List.of(Cdg79Articles.TRAINEE_SUPPORT, Cdg79Articles.SERVICES, Cdg79Articles.ANNEX),
                inputs("reading", "NonMemberTraineeSupportReading.ALLOWANCE_FOR_EVERY_COMMUNE"),
                "the six months and two half-days on site are included for every commune");
        assertEquals("on-site half-day 1 of 2 within the six months: included; no line", included.reason());
        assertEquals("remote support within the six months: included; no line", one(every, CLESSE, Membership.none(),
                visit.withOnSiteHalfDay(false)).reason());
        // a member is not asked the reading
        assertEquals(5, one(every, CLESSE, MEMBER_2026, visit).explanation().steps().size());
    }
}
