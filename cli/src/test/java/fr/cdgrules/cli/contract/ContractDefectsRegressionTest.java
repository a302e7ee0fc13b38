package fr.cdgrules.cli.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.cdgrules.cdg62.Cdg62Rules;
import fr.cdgrules.cdg62.eligibility.AdditionalContribution;
import fr.cdgrules.cdg62.eligibility.ConventionRefusedException;
import fr.cdgrules.cdg62.service.ServiceType;
import fr.cdgrules.cdg79.charter.CharterSignaturesReading;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.RuleModules;
import fr.cdgrules.core.population.Population;
import fr.cdgrules.core.territory.Collectivity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The defects of the rules modules that {@link ValueContractTest} found, each pinned on its own. */
class ContractDefectsRegressionTest {

    @Test
    void noModuleHandsOutItsCapabilitiesToBeChanged() {
        for (RuleModule m : RuleModules.load().all()) {
            assertThrows(UnsupportedOperationException.class, () -> m.capabilities().clear(), m.id());
        }
    }

    @Test
    void theSignaturesAReadingRequiresCannotBeChanged() {
        for (CharterSignaturesReading r : CharterSignaturesReading.values()) {
            int before = r.required().size();
            assertThrows(UnsupportedOperationException.class, () -> r.required().clear(), r.name());
            assertEquals(before, r.required().size());
        }
    }

    @Test
    void aRefusedConventionKeepsItsFindingsThroughJavaSerialisation() throws Exception {
        Collectivity clesse = Collectivity.of("79094", "Clessé", "79", Optional.empty(), Population.of(923, Year.of(2026)));
        ConventionRefusedException e = assertThrows(ConventionRefusedException.class, () -> Cdg62Rules.defaults()
                .conclude(clesse, AdditionalContribution.PAYING, ServiceType.IDELIBRE, LocalDate.of(2026, 1, 1)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ConventionRefusedException back = (ConventionRefusedException) in.readObject();
            assertEquals(e.findings(), back.findings());
            assertEquals(e.rules(), back.rules());
        }
    }
}
