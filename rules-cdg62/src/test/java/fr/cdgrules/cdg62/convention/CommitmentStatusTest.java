package fr.cdgrules.cdg62.convention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cdgrules.cdg62.Cdg62Rules;
import fr.cdgrules.cdg62.TestCommunes;
import fr.cdgrules.cdg62.eligibility.AdditionalContribution;
import fr.cdgrules.cdg62.eligibility.ConventionRefusedException;
import fr.cdgrules.cdg62.eligibility.Eligibility;
import fr.cdgrules.cdg62.service.Commitment;
import fr.cdgrules.cdg62.service.Party;
import fr.cdgrules.cdg62.service.ServiceChoice;
import fr.cdgrules.cdg62.service.ServiceType;
import fr.cdgrules.core.citation.Citation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * One commitment of art. 3 or art. 4 as the commitment report lists it: whose it is, its article, where
 * it stands; and the refusal to conclude, which keeps its findings when it travels.
 */
class CommitmentStatusTest {
    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    @Test
    void eachStatusNamesItsPartyArticleAndState() {
        EAdministrationConvention c = Cdg62Rules.defaults().conclude(TestCommunes.libercourt(), AdditionalContribution.PAYING,
                ServiceChoice.of(ServiceType.PARAMETRAGE_DEMATERIALISATION, ServiceType.IDELIBRE), START)
                .withFulfilment(Commitment.PREFECTURE_CONVENTION, LocalDate.of(2025, 2, 3));
        CommitmentReport r = c.commitmentReport(LocalDate.of(2025, 3, 1));
        assertEquals(ServiceType.PARAMETRAGE_DEMATERIALISATION, r.serviceType());
        CommitmentStatus prefecture = status(r, Commitment.PREFECTURE_CONVENTION);
        assertEquals(Party.COLLECTIVITY, prefecture.party());
        assertEquals(Citation.of("004", "art. 4"), prefecture.citation());
        assertEquals("PREFECTURE_CONVENTION (COLLECTIVITY, 004 art. 4): FULFILLED on 2025-02-03", prefecture.toString());
        CommitmentStatus training = status(r, Commitment.TRAINING);
        assertEquals(Party.CDG62, training.party());
        assertEquals("TRAINING (CDG62, 004 art. 3-2): OPEN", training.toString());
        assertEquals("YEARLY_ASSISTANCE (CDG62, 004 art. 3-3): YEARLY", status(r, Commitment.YEARLY_ASSISTANCE).toString());
        assertEquals(ServiceType.IDELIBRE, Cdg62Rules.defaults().conclude(TestCommunes.libercourt(),
                AdditionalContribution.PAYING, ServiceType.IDELIBRE, START).commitmentReport(START).serviceType());
    }

    @Test
    void aBlankNoteIsNoNote() {
        assertEquals(Optional.empty(), Fulfilment.of(Commitment.RESOURCES, START, " ").note());
        // a null note is refused naming it (the null policy): the two-argument of gives none
        assertEquals("note", Assertions.assertThrows(NullPointerException.class,
                () -> Fulfilment.of(Commitment.RESOURCES, START, null)).getMessage());
        assertEquals(Optional.empty(), Fulfilment.of(Commitment.RESOURCES, START).note());
        assertEquals(Optional.of("délibération du 3 février 2025"),
                Fulfilment.of(Commitment.RESOURCES, START, "délibération du 3 février 2025").note());
    }

    /** The refusal (préambule, art. 5) keeps its findings through Java serialisation. */
    @Test
    void aRefusalToConcludeKeepsItsFindingsWhenSerialised() throws IOException, ClassNotFoundException {
        ConventionRefusedException e = Assertions.assertThrows(ConventionRefusedException.class, () -> Cdg62Rules.defaults()
                .conclude(TestCommunes.clesse(), AdditionalContribution.NOT_PAYING, ServiceType.IDELIBRE, START));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        ConventionRefusedException back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (ConventionRefusedException) in.readObject();
        }
        assertEquals(e.findings(), back.findings());
        assertEquals(List.of(Eligibility.OUTSIDE_TERRITORY, Eligibility.NO_ADDITIONAL_CONTRIBUTION),
                back.findings().refusals().stream().map(f -> f.code()).toList());
        assertEquals(e.getMessage(), back.getMessage());
    }

    private static CommitmentStatus status(CommitmentReport r, Commitment c) {
        return r.statuses().stream().filter(s -> s.commitment() == c).findFirst().orElseThrow();
    }
}
