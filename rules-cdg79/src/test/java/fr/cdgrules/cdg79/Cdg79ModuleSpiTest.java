package fr.cdgrules.cdg79;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg79.adhesion.AdhesionDecision;
import fr.cdgrules.cdg79.adhesion.RegisterAdmission;
import fr.cdgrules.cdg79.charter.AccessPolicy;
import fr.cdgrules.cdg79.duration.AdhesionConvention;
import fr.cdgrules.cdg79.duration.ConventionStart;
import fr.cdgrules.cdg79.fee.Adhesion;
import fr.cdgrules.cdg79.fee.PackAdhesion;
import fr.cdgrules.cdg79.intervention.InterventionBilling;
import fr.cdgrules.cdg79.intervention.Service;
import fr.cdgrules.cdg79.intervention.ServiceTreatment;
import fr.cdgrules.core.descriptor.DescriptorLoader;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.Capability;
import fr.cdgrules.core.module.FeeCollection;
import fr.cdgrules.core.module.MembershipRules;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.money.Money;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the module offers through the SPI besides fees and deadlines: its entry points by
 * {@code capability}, the object of the year's titre, no payment term, its tariff, parameters
 * supplied at run time, and the refusals of {@code withReadings}.
 */
class Cdg79ModuleSpiTest {
    private static final Cdg79Module MODULE = new Cdg79Module();

    @Test
    void everyEntryPointIsReachedByCapability() {
        Cdg79Rules rules = MODULE.rules();
        assertSame(rules, MODULE.capability(Cdg79Rules.class).orElseThrow());
        assertSame(rules.pack(), MODULE.capability(PackAdhesion.class).orElseThrow());
        assertSame(rules.billing(), MODULE.capability(InterventionBilling.class).orElseThrow());
        assertSame(rules.access(), MODULE.capability(AccessPolicy.class).orElseThrow());
        assertSame(rules.duration(), MODULE.capability(AdhesionConvention.class).orElseThrow());
        assertTrue(MODULE.capability(MembershipRules.class).orElseThrow() instanceof RegisterAdmission);
        // the module itself, through the SPI's default
        assertSame(MODULE, MODULE.capability(FeeCollection.class).orElseThrow());
        assertSame(MODULE, MODULE.capability(RuleModule.class).orElseThrow());
        assertEquals(Optional.empty(), MODULE.capability(String.class));
    }

    @Test
    void theCapabilitiesAreTheDescriptorsAndCannotBeChanged() {
        Set<Capability> caps = MODULE.capabilities();
        assertEquals(Set.of(Capability.ANNUAL_FEE, Capability.DEADLINES, Capability.HOURLY_BILLING,
                Capability.ACCESS_DECISION), caps);
        assertThrows(UnsupportedOperationException.class, () -> caps.add(Capability.MISSION_BILLING));
        assertSame(MODULE.rules().descriptor(), MODULE.descriptor().orElseThrow());
        assertEquals(Cdg79Territory.DEUX_SEVRES, MODULE.territory());
        assertEquals("79", Cdg79Territory.DEPARTMENT);
        assertTrue(Cdg79Territory.DEUX_SEVRES.contains(TestCommunes.clesse()));
    }

    @Test
    void theTitreNamesThePackAndArticle31AndNoPaymentTermIsSet() {
        // art. 3.1: « une adhésion annuelle établie selon la strate de population »
        assertEquals("Adhésion 2026 au pack « Secrétaire général de mairie » (000 art. 3.1)",
                MODULE.titreObject(Year.of(2026)));
        assertEquals(Optional.empty(), MODULE.paymentTerm(), "seed 000 sets no payment term");
        assertEquals(PackAdhesion.publishedTariff(), MODULE.feeTariff());
        assertEquals("cdg79 rule module (Centre de gestion de la fonction publique territoriale des Deux-Sèvres (CDG79))",
                MODULE.toString());
        assertEquals("cdg79", MODULE.id());
    }

    @Test
    void aTariffSuppliedAtRunTimePricesItsYearAndKeepsTheReadings() {
        String fragment = """
                module: cdg79
                parameters:
                  packFee:
                    versions:
                      - effective: 2027-01-01
                        decision: "délibération d'essai du conseil d'administration (les chiffres sont ceux d'un test)"
                        article: "000 art. 3.1"
                        strata:
                          - { from: 0,    to: 499,  wording: "Communes de moins de 500 habitants",   fee: "110.00" }
                          - { from: 500,  to: 999,  wording: "Communes de 500 à 999 habitants",     fee: "160.00" }
                          - { from: 1000, to: 2000, wording: "Communes de 1 000 à 2 000 habitants", fee: "210.00" }
                          - { from: 2001, to: 3500, wording: "Communes de 2 001 à 3 500 habitants", fee: "310.00" }
                """;
        Cdg79Module perTable = MODULE.withReadings(Map.of("ceiling3500", "INCLUDED_PER_TABLE"));
        Cdg79Module supplied = perTable.withParameters(DescriptorLoader.readFragment("tarif-2027.yaml", fragment));
        assertEquals(Money.ofEuros(160), supplied.annualFees().orElseThrow().quote(TestCommunes.clesse(), Year.of(2027))
                .annualFee().orElseThrow());
        assertEquals(Money.ofEuros(150), supplied.annualFees().orElseThrow().quote(TestCommunes.clesse(), Year.of(2026))
                .annualFee().orElseThrow());
        assertEquals(2, supplied.feeTariff().versions().size());
        assertEquals(perTable.rules().readings(), supplied.rules().readings());
        assertEquals(Money.ofEuros(310), supplied.rules().quote(TestCommunes.clesseWith(3_500), Year.of(2027))
                .annualFee().orElseThrow());
    }

    @Test
    void aReadingWithoutAnOptionIsRefusedNamingTheField() {
        Map<String, String> none = new HashMap<>();
        none.put("halfDay", null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MODULE.withReadings(none));
        assertEquals("readings.halfDay", e.field().orElseThrow());
        assertTrue(e.getMessage().contains("[HALF_OF_A_SEVEN_HOUR_DAY, FOUR_HOURS]"), e.getMessage());
        assertThrows(NullPointerException.class, () -> MODULE.withReadings(null));
        assertThrows(NullPointerException.class, () -> Cdg79Module.of(null));
        Cdg79Rules perTable = Cdg79Rules.defaults().withReadings(Cdg79Readings.defaults()
                .withCeiling3500(fr.cdgrules.cdg79.fee.Ceiling3500Reading.INCLUDED_PER_TABLE));
        Cdg79Module module = Cdg79Module.of(perTable);
        assertSame(perTable, module.rules());
        assertEquals(Money.ofEuros(300), module.annualFees().orElseThrow().quote(TestCommunes.clesseWith(3_500),
                Year.of(2026)).annualFee().orElseThrow());
        // no choice: the same readings
        assertEquals(Cdg79Readings.defaults(), MODULE.withReadings(Map.of()).rules().readings());
    }

    @Test
    void readingsRefuseAnIdTheyDoNotCarry() {
        IllegalArgumentException choice = assertThrows(IllegalArgumentException.class,
                () -> Cdg79Readings.defaults().choice("tenThousand"));
        assertEquals("no reading 'tenThousand'", choice.getMessage());
        IllegalArgumentException with = assertThrows(IllegalArgumentException.class,
                () -> Cdg79Readings.defaults().with("tenThousand", "FOUR_HOURS"));
        assertEquals("no reading 'tenThousand'", with.getMessage());
        assertThrows(NullPointerException.class, () -> Cdg79Readings.defaults().choice(null));
        assertThrows(NullPointerException.class, () -> Cdg79Readings.defaults().with("halfDay", null));
        assertThrows(NullPointerException.class, () -> Cdg79Readings.defaults().with(null, "FOUR_HOURS"));
    }

    @Test
    void anOptionTheDescriptorDoesNotDeclareIsABugOfTheModule() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Cdg79Descriptor.option("halfDay", "THREE_HOURS"));
        assertEquals("cdg79.yaml declares no option THREE_HOURS of the reading halfDay", e.getMessage());
        assertThrows(IllegalStateException.class, () -> Cdg79Descriptor.option("tenThousand", "FOUR_HOURS"));
        assertEquals("FOUR_HOURS", Cdg79Descriptor.option("halfDay", "FOUR_HOURS").id());
    }

    @Test
    void theReadingOfArticle32IsDescribedAsTheCatalogueAppliesIt() {
        // the descriptor's words once said the default billed art. 2.5: they now say what the catalogue does
        String heading = Cdg79Descriptor.option("billableServices", "HEADING_AND_ANNEX").meaning();
        assertTrue(heading.contains("network activation (art. 2.5) is included in the pack"), heading);
        assertEquals(ServiceTreatment.INCLUDED_IN_PACK, Cdg79Rules.defaults().terms(Service.NETWORK_ACTIVATION).treatment());
        String body = Cdg79Descriptor.option("billableServices", "BODY_OF_ARTICLE_3_2").meaning();
        assertTrue(body.contains("network activation (art. 2.5) is billed by the hour"), body);
        assertEquals(ServiceTreatment.BILLABLE_HOURLY, MODULE.withReadings(Map.of("billableServices", "BODY_OF_ARTICLE_3_2"))
                .rules().terms(Service.NETWORK_ACTIVATION).treatment());
        // the quote is the text's: « Dans le cadre des interventions visées aux articles 2.3, 2.5 et 2.6 » (art. 3.2)
        assertTrue(Cdg79Descriptor.bundled().reading("billableServices").orElseThrow().quote()
                .contains("Dans le cadre des interventions visées aux articles 2.3, 2.5 et 2.6"));
    }

    @Test
    void aDescriptorWithoutTheTermsOfArticle4IsRefused() throws java.io.IOException {
        String text = DescriptorParametersTest.bundledText();
        int from = text.indexOf("terms:\n");
        int to = text.indexOf("parameters:\n");
        fr.cdgrules.core.descriptor.Descriptor noTerms = DescriptorLoader.read("cdg79-sans-duree.yaml",
                (text.substring(0, from) + text.substring(to)).replace("capabilities: [annual-fee, deadlines, ",
                        "capabilities: [annual-fee, "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Cdg79Rules.of(Cdg79Readings.defaults(), noTerms));
        assertEquals("cdg79-sans-duree.yaml declares no terms", e.getMessage());
    }

    @Test
    void theRulesReachEveryComputationUnderTheirReadings() {
        Cdg79Rules rules = Cdg79Rules.defaults();
        assertSame(rules, Cdg79Rules.defaults());
        Adhesion a = rules.adhesionOn(TestCommunes.clesse(), LocalDate.of(2026, 4, 23));
        assertEquals(Optional.of(Money.ofEuros(150)), a.feeDue());
        assertEquals(Year.of(2026), a.year());
        assertEquals(ServiceTreatment.INCLUDED_IN_PACK, rules.terms(Service.ADVICE).treatment());
        ConventionStart s = rules.conventionStart(AdhesionDecision.of(LocalDate.of(2026, 4, 23), Year.of(2026)));
        assertEquals(LocalDate.of(2026, 1, 1), s.start());
        assertEquals(rules.duration().terms(), rules.conventionTerms());
        assertEquals(rules.readings().conventionStart(), rules.duration().startReading());
        assertEquals(rules.readings().ceiling3500(), rules.pack().reading());
        assertEquals(rules.readings().halfDay(), rules.billing().halfDay());
        assertEquals(rules.readings().nonMemberTraineeSupport(), rules.billing().nonMemberTraineeSupport());
        assertEquals(rules.readings().largeCommuneRate(), rules.billing().largeCommuneRate());
        assertEquals(rules.readings().billableServices(), rules.billing().catalogue().reading());
        assertThrows(NullPointerException.class, () -> Cdg79Rules.of(null, rules.descriptor()));
        assertThrows(NullPointerException.class, () -> Cdg79Rules.of(rules.readings(), null));
        assertFalse(rules.descriptor().readings().isEmpty());
    }
}
