package fr.cdgrules.cdg44;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg44.cohort.CohortCompletionReading;
import fr.cdgrules.cdg44.cohort.CohortMinimumReading;
import fr.cdgrules.cdg44.cohort.ImmersionScopeReading;
import fr.cdgrules.cdg44.financing.AgentRemunerationReading;
import fr.cdgrules.cdg44.financing.EndOfRightsReading;
import fr.cdgrules.cdg44.steering.CommitteeYearReading;
import fr.cdgrules.core.calendar.MonthEndRule;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.json.CdgJson;
import fr.cdgrules.core.lifecycle.Convention;
import fr.cdgrules.core.lifecycle.ConventionStatus;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.lifecycle.RenewalKind;
import fr.cdgrules.core.lifecycle.TerminationKind;
import fr.cdgrules.core.lifecycle.TerminationRule;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.RuleModules;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.territory.Collectivity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Cdg44ModuleTest {
    private final RuleModule module = RuleModules.load().get("cdg44");

    @Test
    void theSourceConstantIsTheDescriptorsFirstSource() {
        // written out in Java so that creating the module does not read the descriptor; the text decides
        assertEquals(Cdg44Descriptor.bundled().sources().get(0), Cdg44Module.SOURCE);
    }

    @Test
    void isFoundThroughTheSpiWithItsIdentity() {
        assertInstanceOf(Cdg44Module.class, module);
        assertEquals("cdg44", module.id());
        assertEquals("Centre de gestion de Loire-Atlantique (CDG44), coordonnateur de la coopération régionale des "
                + "centres de gestion des Pays de la Loire", module.issuingBody());
        assertEquals(1, module.sources().size());
        assertEquals("002", module.sources().get(0).id());
        assertEquals("002_2649ee19b8a53414.txt", module.sources().get(0).file());
    }

    @Test
    void isAPartnershipNotAPricedMembership() {
        assertTrue(module.annualFees().isEmpty());
    }

    @Test
    void termsAreThreeYearsNoRenewalAndAThreeMonthNotice() {
        ConventionTerms terms = module.conventionTerms();
        assertEquals(Period.ofYears(3), terms.initialTerm());
        assertEquals(Citation.of("002", "art. 5"), terms.termCitation());
        assertEquals(RenewalKind.NONE, terms.renewal().kind());
        assertEquals(Citation.of("002", "art. 5"), terms.renewal().citation());
        assertEquals(List.of(TerminationRule.atNoticeExpiry(Period.ofMonths(3), MonthEndRule.CLAMP_TO_MONTH_END,
                Citation.of("002", "art. 7.3"))), terms.terminations());
    }

    @Test
    void conventionAppliesTheTermsToTheStartGiven() {
        Convention c = module.convention(LocalDate.of(2025, 1, 15));
        assertEquals(LocalDate.of(2025, 1, 15), c.start());
        assertEquals(LocalDate.of(2028, 1, 14), c.finalEnd());
        assertEquals(ConventionStatus.IN_FORCE, c.stateAt(LocalDate.of(2028, 1, 14)).status());
        assertEquals(ConventionStatus.EXPIRED, c.stateAt(LocalDate.of(2028, 1, 15)).status());
        Convention noticed = c.withNotice(LocalDate.of(2025, 11, 30), Optional.empty());
        assertEquals(TerminationKind.AT_NOTICE_EXPIRY, noticed.termination().orElseThrow().kind());
        // CPC art. 641-642 by analogy: in force through 28 February 2026, no longer in force on 1 March
        assertEquals(LocalDate.of(2026, 3, 1), noticed.termination().orElseThrow().effectiveOn());
        assertEquals(LocalDate.of(2026, 2, 28), noticed.finalEnd());
        assertEquals(LocalDate.of(2028, 1, 14), c.withNotice(LocalDate.of(2027, 10, 14), Optional.empty()).finalEnd());
        assertEquals(LocalDate.of(2027, 2, 28), module.convention(LocalDate.of(2024, 2, 29)).finalEnd());
    }

    @Test
    void territoryIsTheFiveDepartementsOfThePaysDeLaLoire() throws IOException {
        List<Collectivity> communes = sampleCommunes();
        assertEquals(6, communes.size());
        for (Collectivity c : communes) {
            assertEquals(!c.department().equals("79"), module.territory().contains(c), c.toString());
        }
        assertEquals(Citation.of("002", "art. 1"), module.territory().citation());
    }

    @Test
    void defaultReadingsArePinned() {
        Cdg44Readings r = Cdg44Readings.defaults();
        assertEquals(MonthEndRule.CLAMP_TO_MONTH_END, r.terminationMonthEnd());
        assertEquals(fr.cdgrules.core.calendar.PeriodCounting.CIVIL_PROCEDURE, r.terminationCounting());
        assertEquals(CohortMinimumReading.REFUSE_BELOW_MINIMUM, r.cohortMinimum());
        assertEquals(CohortCompletionReading.FILL_TO_MAXIMUM, r.cohortCompletion());
        assertEquals(ImmersionScopeReading.REGION_AGENTS_ONLY, r.immersionScope());
        assertEquals(fr.cdgrules.cdg44.cohort.ImmersionLengthReading.OUTCOME_DECIDES_WITH_FINDING, r.immersionLength());
        assertEquals(AgentRemunerationReading.REGION_OWN_AGENTS_ONLY, r.agentRemuneration());
        assertEquals(EndOfRightsReading.AS_JOB_SEEKER_WITHOUT_ARE, r.endOfRights());
        assertEquals(CommitteeYearReading.CONVENTION_YEARS, r.committeeYear());
        assertEquals(r, ((Cdg44Module) module).rules().readings());
    }

    @Test
    void readingsAreSelectableAndRoundTripAsJson() {
        Cdg44Readings r = Cdg44Readings.defaults().withTerminationMonthEnd(MonthEndRule.ROLL_TO_NEXT_MONTH)
                .withCommitteeYear(CommitteeYearReading.CIVIL_YEARS)
                .withCohortMinimum(CohortMinimumReading.WARN_BELOW_MINIMUM);
        Cdg44Rules rules = Cdg44Rules.defaults().withReadings(r);
        assertEquals(MonthEndRule.ROLL_TO_NEXT_MONTH,
                rules.conventionTerms().termination(TerminationKind.AT_NOTICE_EXPIRY).orElseThrow().monthEndRule());
        assertEquals(CommitteeYearReading.CIVIL_YEARS, rules.steeringCommittee().reading());
        assertEquals(CohortMinimumReading.WARN_BELOW_MINIMUM, rules.cohorts().minimumReading());
        assertEquals(r, CdgJson.read(CdgJson.write(r), Cdg44Readings.class));
        assertFalse(r.equals(Cdg44Readings.defaults()));
    }

    private static List<Collectivity> sampleCommunes() throws IOException {
        List<Collectivity> list = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(Cdg44ModuleTest.class.getResourceAsStream("communes-sample.csv"));
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("code,")) {
                    continue;
                }
                String[] f = line.split(",");
                list.add(Collectivity.of(f[0], f[1], f[2], Optional.of(f[3]),
                        Population.of(Long.parseLong(f[4]), Year.of(2026))));
            }
        }
        return list;
    }
}
