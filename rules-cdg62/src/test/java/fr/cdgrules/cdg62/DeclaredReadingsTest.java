package fr.cdgrules.cdg62;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cdgrules.cdg62.assistance.AssistanceYearReading;
import fr.cdgrules.cdg62.assistance.PartialYearReading;
import fr.cdgrules.cdg62.convention.NotificationDateReading;
import fr.cdgrules.cdg62.service.SignatureCertificateReading;
import fr.cdgrules.core.descriptor.Reading;
import fr.cdgrules.core.descriptor.ReadingOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The readings the descriptor declares are exactly those {@link Cdg62Readings} carries and
 * {@code withReadings(Map)} accepts: same ids, options = the enum constants, defaults = {@link Cdg62Readings#defaults()}.
 */
class DeclaredReadingsTest {
    /** Reading id → its enum type and the default's choice. */
    private static final Map<String, Class<? extends Enum<?>>> TYPES = new LinkedHashMap<>();
    private static final Map<String, Function<Cdg62Readings, Enum<?>>> CHOICE = new LinkedHashMap<>();

    static {
        TYPES.put("assistanceYear", AssistanceYearReading.class);
        CHOICE.put("assistanceYear", Cdg62Readings::assistanceYear);
        TYPES.put("partialYear", PartialYearReading.class);
        CHOICE.put("partialYear", Cdg62Readings::partialYear);
        TYPES.put("signatureCertificates", SignatureCertificateReading.class);
        CHOICE.put("signatureCertificates", Cdg62Readings::signatureCertificates);
        TYPES.put("notificationDate", NotificationDateReading.class);
        CHOICE.put("notificationDate", Cdg62Readings::notificationDate);
    }

    @Test
    void declaredIdsOptionsAndDefaultsAreThoseOfTheJava() {
        List<Reading> declared = Cdg62Descriptor.bundled().readings();
        assertEquals(List.copyOf(TYPES.keySet()), declared.stream().map(Reading::id).toList());
        for (Reading r : declared) {
            List<String> constants = Arrays.stream(TYPES.get(r.id()).getEnumConstants()).map(Enum::name).toList();
            assertEquals(constants, r.options().stream().map(ReadingOption::id).toList(), r.id());
            assertEquals(CHOICE.get(r.id()).apply(Cdg62Readings.defaults()).name(), r.defaultOption(), r.id());
        }
    }

    @Test
    void everyDeclaredOptionIsAcceptedAndSelectsItsConstant() {
        Cdg62Module module = new Cdg62Module();
        for (Reading r : Cdg62Descriptor.bundled().readings()) {
            for (ReadingOption o : r.options()) {
                Cdg62Readings chosen = module.withReadings(Map.of(r.id(), o.id())).rules().readings();
                assertEquals(o.id(), CHOICE.get(r.id()).apply(chosen).name(), r.id());
            }
        }
    }
}
