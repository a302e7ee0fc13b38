package fr.cdgrules.cli.contract;

import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.descriptor.DescriptorError;
import fr.cdgrules.core.descriptor.InvalidDescriptorException;
import fr.cdgrules.core.error.ConventionNotInForceException;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.error.NoRuleAppliesException;
import fr.cdgrules.core.error.NotEligibleException;
import fr.cdgrules.core.error.NothingInForceException;
import fr.cdgrules.core.error.RuleConflictException;
import fr.cdgrules.core.error.UnknownRuleModuleException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of the value contract ({@link ValueContractTest}), module by module: the exported types that
 * are not values (with the reason: they are checked for the collections they hand out, not compared nor
 * written), the values written as JSON but never read back, the values with identity equality still to be
 * given value equality, and one instance of each exception. A type missing from every table and not
 * reached by the exploration fails the test.
 */
final class ContractTables {
    private ContractTables() {}

    private static final String SERVICE = "rules or engine: immutable and thread-safe, compared by identity";
    private static final String STATIC = "constants and static methods only, no instance";
    private static final String LOADER = "reader or writer: static methods only, no instance";
    private static final String INTERFACE = "interface (service provider or capability): its implementations are checked";

    /** Exported types that are not values, with the reason. */
    static final Map<Class<?>, String> NOT_VALUES = new LinkedHashMap<>();
    /** Exported values written as JSON (output of the command line) but never read back, with the reason. */
    static final Map<Class<?>, String> WRITE_ONLY = new LinkedHashMap<>();
    /**
     * Values that still compare by identity, with what is left to do: each should get value equality (they
     * are immutable and checked for the collections they hand out and for their JSON form).
     */
    static final Map<Class<?>, String> IDENTITY_EQUALITY = new LinkedHashMap<>();
    /** Generic values: read back with a type reference, not a class (checked by their own test). */
    static final Map<Class<?>, String> GENERIC = new LinkedHashMap<>();

    static {
        // ---- core
        not(fr.cdgrules.core.billing.BillingEngine.class, SERVICE);
        not(fr.cdgrules.core.billing.Pricing.class, INTERFACE);
        not(fr.cdgrules.core.calendar.CalendarMonths.class, STATIC);
        not(fr.cdgrules.core.descriptor.Descriptor.class, "a loaded descriptor file: compared by identity, the file is its identity");
        not(fr.cdgrules.core.descriptor.DescriptorLoader.class, LOADER);
        not(fr.cdgrules.core.descriptor.DescriptorModule.class, SERVICE);
        not(fr.cdgrules.core.descriptor.DescriptorTestCases.class, STATIC);
        not(fr.cdgrules.core.descriptor.ParameterFragment.class, "a loaded fragment file: compared by identity");
        not(fr.cdgrules.core.json.CdgJson.class, LOADER);
        not(fr.cdgrules.core.limits.Limits.class, STATIC);
        not(fr.cdgrules.core.membership.AnnualFeeRule.class, SERVICE);
        not(fr.cdgrules.core.module.AnnualFees.class, INTERFACE);
        not(fr.cdgrules.core.module.FeeCollection.class, INTERFACE);
        not(fr.cdgrules.core.module.MembershipRules.class, INTERFACE);
        not(fr.cdgrules.core.module.RuleModule.class, INTERFACE);
        not(fr.cdgrules.core.module.RuleModules.class, "the loaded modules: compared by identity");
        not(fr.cdgrules.core.module.TariffRevision.class, INTERFACE);
        not(fr.cdgrules.core.module.ValueStyle.class, "an annotation");
        not(fr.cdgrules.core.register.ConventionMembership.class, SERVICE);
        not(fr.cdgrules.core.register.RegisterCheck.class, STATIC);
        not(fr.cdgrules.core.register.RegisterReader.class, LOADER);
        not(fr.cdgrules.core.descriptor.ReadingChoices.class, STATIC);
        // ---- cdg79
        not(fr.cdgrules.cdg79.Cdg79Articles.class, STATIC);
        not(fr.cdgrules.cdg79.Cdg79Descriptor.class, STATIC);
        not(fr.cdgrules.cdg79.Cdg79Module.class, SERVICE);
        not(fr.cdgrules.cdg79.Cdg79Rules.class, SERVICE);
        not(fr.cdgrules.cdg79.Cdg79Territory.class, STATIC);
        not(fr.cdgrules.cdg79.charter.AccessPolicy.class, SERVICE);
        not(fr.cdgrules.cdg79.adhesion.RegisterAdmission.class, SERVICE);
        not(fr.cdgrules.cdg79.intervention.TraineeAllowance.class, SERVICE);
        not(fr.cdgrules.cdg79.charter.SpaceRoles.class, STATIC);
        not(fr.cdgrules.cdg79.duration.AdhesionConvention.class, SERVICE);
        not(fr.cdgrules.cdg79.fee.PackAdhesion.class, SERVICE);
        not(fr.cdgrules.cdg79.intervention.HourlyRates.class, SERVICE);
        not(fr.cdgrules.cdg79.intervention.InterventionBilling.class, SERVICE);
        not(fr.cdgrules.cdg79.intervention.ServiceCatalogue.class, SERVICE);
        // ---- cucm
        not(fr.cdgrules.cucm.CucmDescriptor.class, STATIC);
        not(fr.cdgrules.cucm.CucmArticles.class, STATIC);
        not(fr.cdgrules.cucm.CucmParameters.class, STATIC);
        not(fr.cdgrules.cucm.CucmModule.class, SERVICE);
        not(fr.cdgrules.cucm.CucmRules.class, SERVICE);
        not(fr.cdgrules.cucm.billing.MissionBilling.class, SERVICE);
        not(fr.cdgrules.cucm.billing.ReplacementPricing.class, SERVICE);
        not(fr.cdgrules.cucm.billing.RttRule.class, SERVICE);
        not(fr.cdgrules.cucm.convention.FaultTermination.class, STATIC);
        not(fr.cdgrules.cucm.convention.FrameworkConvention.class, STATIC);
        not(fr.cdgrules.cucm.convention.TerminationSettlement.class, SERVICE);
        not(fr.cdgrules.cucm.cost.UnitCosts.class, SERVICE);
        not(fr.cdgrules.cucm.cotisation.CotisationRule.class, SERVICE);
        not(fr.cdgrules.cucm.prepaid.PrepaidWork.class, STATIC);
        not(fr.cdgrules.cucm.replacement.PriorityOrder.class, SERVICE);
        not(fr.cdgrules.cucm.replacement.RequestChecks.class, STATIC);
        not(fr.cdgrules.cucm.source.CucmText.class, STATIC);
        // ---- cdg62
        not(fr.cdgrules.cdg62.Cdg62Module.class, SERVICE);
        not(fr.cdgrules.cdg62.Cdg62Rules.class, SERVICE);
        not(fr.cdgrules.cdg62.Cdg62Articles.class, STATIC);
        not(fr.cdgrules.cdg62.Cdg62Descriptor.class, STATIC);
        not(fr.cdgrules.cdg62.assistance.AssistanceRule.class, STATIC);
        not(fr.cdgrules.cdg62.convention.Cdg62Terms.class, STATIC);
        // ---- cdg44
        not(fr.cdgrules.cdg44.Cdg44Module.class, SERVICE);
        not(fr.cdgrules.cdg44.Cdg44Rules.class, SERVICE);
        not(fr.cdgrules.cdg44.Cdg44Articles.class, STATIC);
        not(fr.cdgrules.cdg44.Cdg44Descriptor.class, STATIC);
        not(fr.cdgrules.cdg44.cohort.CohortRules.class, SERVICE);
        not(fr.cdgrules.cdg44.financing.Financing.class, SERVICE);
        not(fr.cdgrules.cdg44.partnership.PartnershipTerms.class, STATIC);
        not(fr.cdgrules.cdg44.steering.SteeringCommittee.class, SERVICE);

        String output = "output of the command line and of the API, never an input";
        WRITE_ONLY.put(fr.cdgrules.core.register.RegisterRow.class, "read by RegisterReader in the register format; "
                + output);
        WRITE_ONLY.put(fr.cdgrules.core.register.RowProblem.class, output);
        WRITE_ONLY.put(fr.cdgrules.core.register.MembershipRegister.class, output);
        WRITE_ONLY.put(fr.cdgrules.core.register.CheckedRegister.class, output);
        WRITE_ONLY.put(fr.cdgrules.core.register.Member.class, output);
        WRITE_ONLY.put(fr.cdgrules.core.simulation.TariffSimulation.class, output);
        WRITE_ONLY.put(fr.cdgrules.core.feerun.FeeRun.class, output);
        WRITE_ONLY.put(fr.cdgrules.core.simulation.CommuneChange.class, output + " (it writes its difference too)");
        WRITE_ONLY.put(fr.cdgrules.core.simulation.StratumRevenue.class, output + " (it writes its difference too)");


        GENERIC.put(fr.cdgrules.core.timeline.Timeline.class, "Timeline<T>: ValueContractTest.aTimelineRoundTripsWithItsType");
        GENERIC.put(fr.cdgrules.core.timeline.Version.class, "Version<T>: read within its Timeline");
        GENERIC.put(fr.cdgrules.core.notice.TerminationNotice.class, "TerminationNotice<P>: read with its module's"
                + " parties, ValueContractTest.aTerminationNoticeRoundTripsWithItsParties");
    }

    private static void not(Class<?> type, String reason) {
        NOT_VALUES.put(type, reason);
    }

    /** Adds roots from which the exploration reaches the types the sample inputs do not. */
    static void roots(Harvest h) {
        fr.cdgrules.core.module.RuleModules modules = fr.cdgrules.core.module.RuleModules.load();
        fr.cdgrules.cli.data.CommuneDirectory communes = fr.cdgrules.cli.data.CommuneDirectory.bundled();
        // core: a fee run over the sample register of the cdg79
        fr.cdgrules.core.register.CheckedRegister checked = fr.cdgrules.core.register.RegisterCheck.check(
                fr.cdgrules.core.register.RegisterReader.read(java.nio.file.Path.of("../examples/samples/register-cdg79.csv")),
                modules.get("cdg79"), code -> communes.find(code).filter(fr.cdgrules.cli.data.Commune::hasPopulation)
                        .map(fr.cdgrules.cli.data.Commune::collectivity),
                fr.cdgrules.core.register.LateNoticeReading.defaultReading());
        h.root("checked", checked);
        h.root("feeRun", fr.cdgrules.core.feerun.FeeRun.of(checked, modules.get("cdg79"), java.time.Year.of(2026),
                fr.cdgrules.core.feerun.FeeRunOptions.issuedOn(LocalDate.of(2026, 5, 15))));
        // core: a tariff simulation over communes of the Deux-Sèvres
        fr.cdgrules.core.module.AnnualFees cdg79Fees = modules.get("cdg79").annualFees().orElseThrow();
        h.root("simulation", fr.cdgrules.core.simulation.TariffSimulation.of(checked.members().stream()
                .map(fr.cdgrules.core.register.Member::commune).toList(), java.time.Year.of(2026), cdg79Fees, cdg79Fees));
        // core: a convention given formal notice, and one ended by notice (cucm terms)
        fr.cdgrules.core.lifecycle.Convention convention = fr.cdgrules.core.lifecycle.Convention.of(
                modules.get("cucm").conventionTerms(), LocalDate.of(2026, 1, 1));
        h.root("formalNotice", convention.withFormalNotice(LocalDate.of(2026, 3, 2), "missions left unpaid"));
        h.root("notice", convention.withNotice(LocalDate.of(2026, 3, 2), java.util.Optional.of("budget")));
        // cucm: the statements of the sample mission's year
        fr.cdgrules.cucm.CucmRules cucm = fr.cdgrules.cucm.CucmRules.standard();
        fr.cdgrules.cucm.billing.MissionSheet mission = fr.cdgrules.core.json.CdgJson.read(
                java.nio.file.Path.of("../examples/samples/mission-marigny-2023.json"), fr.cdgrules.cucm.billing.MissionSheet.class);
        h.root("statements", cucm.year(List.of(mission)).statements(java.time.Year.of(2023)));
        fr.cdgrules.core.territory.Collectivity marigny = mission.commune();
        h.root("cotisationTitre", cucm.cotisationTitre(marigny, java.time.Year.of(2023), LocalDate.of(2023, 2, 2)));
        fr.cdgrules.core.lifecycle.Convention cucmNotice = fr.cdgrules.core.lifecycle.Convention.of(
                cucm.conventionTerms(), LocalDate.of(2022, 7, 1)).withNotice(LocalDate.of(2023, 9, 4),
                java.util.Optional.of("budget"));
        h.root("dues", fr.cdgrules.cucm.convention.TerminationSettlement.of(cucm.cotisationRule(), cucm.billing())
                .dues(cucmNotice, marigny, false, List.of()));
        java.util.function.Function<fr.cdgrules.core.territory.Collectivity, fr.cdgrules.cucm.replacement.ReplacementRequest>
                request = c -> fr.cdgrules.cucm.replacement.ReplacementRequest.of(c, LocalDate.of(2023, 2, 27),
                        LocalDate.of(2023, 3, 6), java.time.Period.ofWeeks(3),
                        fr.cdgrules.cucm.replacement.ReplacementReason.ILLNESS_OR_MATERNITY, List.of("état civil"),
                        java.math.BigDecimal.ONE, true);
        h.root("arbitration", cucm.rank(List.of(request.apply(marigny), request.apply(
                fr.cdgrules.core.territory.Collectivity.of("71286", "Mary", "71", marigny.epciSiren(),
                        marigny.population())))));
        // cdg44: the sample cohort
        tools.jackson.databind.JsonNode cohort = fr.cdgrules.core.json.CdgJson.mapper().readTree(
                new java.io.File("../examples/samples/cohort-le-mans-2025.json"));
        h.root("cohort", fr.cdgrules.cdg44.Cdg44Rules.defaults().cohorts().admit(
                fr.cdgrules.core.json.CdgJson.read(cohort.get("session").toString(), fr.cdgrules.cdg44.cohort.Session.class),
                fr.cdgrules.core.json.CdgJson.read(cohort.get("candidates").toString(),
                        new tools.jackson.core.type.TypeReference<List<fr.cdgrules.cdg44.cohort.Candidate>>() { })));
        // cdg62: a commune of the Pas-de-Calais
        tools.jackson.databind.JsonNode log = fr.cdgrules.core.json.CdgJson.mapper().readTree(
                new java.io.File("../examples/samples/assistance-libercourt.json"));
        fr.cdgrules.core.territory.Collectivity libercourt = fr.cdgrules.core.json.CdgJson.read(
                log.get("commune").toString(), fr.cdgrules.core.territory.Collectivity.class);
        h.root("libercourt", libercourt);
        fr.cdgrules.cdg62.Cdg62Rules cdg62 = ((fr.cdgrules.cdg62.Cdg62Module) modules.get("cdg62")).rules();
        h.root("terminated62", cdg62.conclude(libercourt, fr.cdgrules.cdg62.eligibility.AdditionalContribution.PAYING,
                fr.cdgrules.cdg62.service.ServiceType.PARAMETRAGE_ORGANISATION_DEMATERIALISATION, LocalDate.of(2025, 1, 1))
                .withTermination(fr.cdgrules.cdg62.service.Party.COLLECTIVITY, fr.cdgrules.core.notice.RegisteredLetter
                        .of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 7)), "commitments not fulfilled"));
    }

    /** @return one instance of each exception type the exploration does not throw */
    static List<Throwable> exceptions() {
        Citation art = Citation.of("000", "art. 3.1");
        fr.cdgrules.cdg62.Cdg62Rules cdg62 = fr.cdgrules.cdg62.Cdg62Rules.defaults();
        Throwable refused;
        try {
            cdg62.conclude(fr.cdgrules.core.territory.Collectivity.of("79094", "Clessé", "79", java.util.Optional.empty(),
                    fr.cdgrules.core.population.Population.of(923, java.time.Year.of(2026))),
                    fr.cdgrules.cdg62.eligibility.AdditionalContribution.PAYING,
                    fr.cdgrules.cdg62.service.ServiceType.IDELIBRE, LocalDate.of(2026, 1, 1));
            throw new AssertionError("a commune of the Deux-Sèvres signed a convention of the Pas-de-Calais");
        } catch (fr.cdgrules.cdg62.eligibility.ConventionRefusedException e) {
            refused = e;
        }
        return List.of(refused,
                new InvalidInputException("year", art, "outside the supported years"),
                new NotEligibleException("Niort (79191)", "above the 3 500-inhabitant ceiling", art),
                new NothingInForceException("cdg79.pack-adhesion", LocalDate.of(2019, 1, 1), LocalDate.of(2026, 1, 1),
                        List.of(art)),
                new ConventionNotInForceException("the convention", LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31),
                        art),
                new NoRuleAppliesException("the cost", List.of(art, Citation.of("000", "art. 4"))),
                new RuleConflictException("the cost", List.of(art, Citation.of("000", "art. 4"))),
                new UnknownRuleModuleException("cdg99", List.of("cdg79", "cucm")),
                new InvalidDescriptorException("cdg79.yaml", List.of(DescriptorError.of("cdg79.yaml", "parameters.packFee",
                        "gap between 999 and 1001"))));
    }
}
