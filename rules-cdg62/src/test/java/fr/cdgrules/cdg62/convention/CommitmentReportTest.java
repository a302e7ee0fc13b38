package fr.cdgrules.cdg62.convention;

import static fr.cdgrules.cdg62.service.Commitment.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cdgrules.cdg62.Cdg62Rules;
import fr.cdgrules.cdg62.TestCommunes;
import fr.cdgrules.cdg62.eligibility.AdditionalContribution;
import fr.cdgrules.cdg62.eligibility.ConventionRefusedException;
import fr.cdgrules.cdg62.eligibility.Eligibility;
import fr.cdgrules.cdg62.service.Commitment;
import fr.cdgrules.cdg62.service.Party;
import fr.cdgrules.cdg62.service.ServiceType;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.error.ConventionNotInForceException;
import fr.cdgrules.core.error.NoRuleAppliesException;
import fr.cdgrules.core.error.NotEligibleException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommitmentReportTest {
    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    private static EAdministrationConvention convention(ServiceType type) {
        return Cdg62Rules.defaults().conclude(TestCommunes.libercourt(), AdditionalContribution.PAYING, type, START);
    }

    @Test
    void theConventionRecordsTheChosenType() {
        for (ServiceType t : ServiceType.values()) {
            EAdministrationConvention c = convention(t);
            assertEquals(t, c.serviceType());
            assertEquals(Cdg62Rules.defaults().commitments(t), c.commitments());
        }
    }

    @Test
    void openCommitmentsOfBothSidesGivenDatedFulfilments() {
        EAdministrationConvention c = convention(ServiceType.PARAMETRAGE_ORGANISATION_DEMATERIALISATION)
                .withFulfilment(PREFECTURE_CONVENTION, LocalDate.of(2024, 11, 5)) // may predate the convention
                .withFulfilment(Fulfilment.of(NEEDS_DEFINITION, LocalDate.of(2025, 2, 10), "réunion de cadrage"))
                .withFulfilment(VALIDATION_AND_SIGNATURE_PATHS, LocalDate.of(2025, 3, 3))
                .withFulfilment(SIGNATURE_CERTIFICATES, LocalDate.of(2025, 4, 20));

        CommitmentReport march = c.commitmentReport(LocalDate.of(2025, 3, 31));
        assertEquals(List.of(PREFECTURE_CONVENTION, NEEDS_DEFINITION, VALIDATION_AND_SIGNATURE_PATHS).stream().sorted().toList(),
                march.fulfilled());
        assertEquals(List.of(RESOURCES, SENDING_CERTIFICATES, SIGNATURE_CERTIFICATES), march.open(Party.COLLECTIVITY));
        assertEquals(List.of(VALIDATION_PROCEDURES, EXPECTED_FUNCTIONALITIES, SOFTWARE_CONFIGURATION, AWARENESS, TRAINING,
                FOLLOW_UP_AND_ASSISTANCE, SET_UP_REPORT), march.open(Party.CDG62));
        assertFalse(march.isComplete());
        CommitmentStatus yearly = march.statuses().stream().filter(s -> s.commitment() == YEARLY_ASSISTANCE).findFirst().orElseThrow();
        assertEquals(CommitmentState.YEARLY, yearly.state());
        CommitmentStatus prefecture = march.statuses().stream().filter(s -> s.commitment() == PREFECTURE_CONVENTION)
                .findFirst().orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2024, 11, 5)), prefecture.fulfilledOn());
        assertEquals(Citation.of("004", "art. 4"), prefecture.citation());

        // the signature certificates, acquired on 20 April, are open on 31 March and fulfilled in May
        assertFalse(c.commitmentReport(LocalDate.of(2025, 5, 1)).open().contains(SIGNATURE_CERTIFICATES));
    }

    @Test
    void allFulfilledIsComplete() {
        EAdministrationConvention c = convention(ServiceType.IDELIBRE);
        for (Commitment k : c.commitments()) {
            if (k.kind() == fr.cdgrules.cdg62.service.CommitmentKind.ONE_OFF) {
                c = c.withFulfilment(k, LocalDate.of(2025, 6, 1));
            }
        }
        assertTrue(c.commitmentReport(LocalDate.of(2025, 6, 1)).isComplete());
        assertFalse(c.commitmentReport(LocalDate.of(2025, 5, 31)).isComplete());
    }

    @Test
    void fulfilmentsThatDoNotFitAreRefused() {
        EAdministrationConvention c = convention(ServiceType.PARAMETRAGE_DEMATERIALISATION);
        NotEligibleException notHere = assertThrows(NotEligibleException.class,
                () -> c.withFulfilment(SIGNATURE_CERTIFICATES, LocalDate.of(2025, 2, 1)));
        assertTrue(notHere.getMessage().contains("(fulfilment.commitment)"), notHere.getMessage());
        assertTrue(notHere.getMessage().contains("SIGNATURE_CERTIFICATES is not a commitment of a « "), notHere.getMessage());
        assertEquals(List.of(SIGNATURE_CERTIFICATES.citation()), notHere.rules());
        assertTrue(notHere.getMessage().contains(SIGNATURE_CERTIFICATES.citation().toString()), notHere.getMessage());
        // art. 3-3 « au minimum 2 heures par an »: owed every year, never fulfilled once for all; the article
        // refuses (a refusal naming art. 3-3, exit 3 on the command line), the input is well-formed
        NoRuleAppliesException yearly = assertThrows(NoRuleAppliesException.class,
                () -> c.withFulfilment(YEARLY_ASSISTANCE, LocalDate.of(2025, 2, 1)));
        assertEquals(List.of(Citation.of("004", "art. 3-3")), yearly.rules());
        assertTrue(yearly.getMessage().contains("a one-off fulfilment of YEARLY_ASSISTANCE (fulfilment.commitment) on 2025-02-01: "
                + "« au minimum 2 heures par an à l'assistance et à la maintenance préventive du système de la collectivité » "
                + "is owed every year"), yearly.getMessage());
        assertTrue(yearly.getMessage().contains("004 art. 3-3"), yearly.getMessage());
        assertTrue(yearly.isRefusal(), "a refusal by the rules, exit 3 on the command line");
        ConventionNotInForceException early = assertThrows(ConventionNotInForceException.class,
                () -> c.withFulfilment(TRAINING, LocalDate.of(2024, 12, 31)));
        assertTrue(early.getMessage().contains("(fulfilment.fulfilledOn)"), early.getMessage());
        assertTrue(early.getMessage().contains("the CDG 62 delivers \"dans le cadre de la présente convention\", which starts on 2025-01-01; got 2024-12-31"),
                early.getMessage());
        assertEquals(List.of(TRAINING.citation()), early.rules());
        ConventionNotInForceException late = assertThrows(ConventionNotInForceException.class,
                () -> c.withFulfilment(TRAINING, LocalDate.of(2030, 1, 1)));
        assertTrue(late.getMessage().contains("(fulfilment.fulfilledOn) on 2030-01-01: 2030-01-01 is after the convention ended on 2029-12-31"),
                late.getMessage());
        assertEquals(List.of(Citation.of("004", "art. 2")), late.rules());
        assertTrue(late.getMessage().contains("004 art. 2"), late.getMessage());
        EAdministrationConvention trained = c.withFulfilment(TRAINING, LocalDate.of(2025, 2, 1));
        NoRuleAppliesException twice = assertThrows(NoRuleAppliesException.class,
                () -> trained.withFulfilment(TRAINING, LocalDate.of(2025, 3, 1)));
        assertTrue(twice.getMessage().contains("(fulfilment.commitment): TRAINING was already fulfilled on 2025-02-01"),
                twice.getMessage());
        assertEquals(List.of(TRAINING.citation()), twice.rules());
        assertTrue(twice.getMessage().contains(TRAINING.citation().toString()), twice.getMessage());
    }

    @Test
    void concludingIsRefusedWithoutTheCotisationAdditionnelle() {
        ConventionRefusedException e = assertThrows(ConventionRefusedException.class, () -> Cdg62Rules.defaults()
                .conclude(TestCommunes.libercourt(), AdditionalContribution.NOT_PAYING, ServiceType.IDELIBRE, START));
        assertTrue(e.findings().has(Eligibility.NO_ADDITIONAL_CONTRIBUTION));
        assertEquals(List.of(Citation.of("004", "art. 5")), e.rules());
    }

    @Test
    void concludingIsRefusedOutsideThePasDeCalais() {
        ConventionRefusedException e = assertThrows(ConventionRefusedException.class, () -> Cdg62Rules.defaults()
                .conclude(TestCommunes.clesse(), AdditionalContribution.PAYING, ServiceType.IDELIBRE, START));
        assertTrue(e.findings().has(Eligibility.OUTSIDE_TERRITORY));
        assertTrue(e.getMessage().contains("Clessé (79094)"), e.getMessage());
    }
}
