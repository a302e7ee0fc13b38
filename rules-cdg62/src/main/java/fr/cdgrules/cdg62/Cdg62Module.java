package fr.cdgrules.cdg62;

import fr.cdgrules.cdg62.convention.Cdg62Terms;
import fr.cdgrules.cdg62.eligibility.Eligibility;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.SourceText;
import fr.cdgrules.core.territory.Territory;
import fr.cdgrules.cdg62.assistance.AssistanceYearReading;
import fr.cdgrules.cdg62.assistance.PartialYearReading;
import fr.cdgrules.cdg62.convention.NotificationDateReading;
import fr.cdgrules.cdg62.service.SignatureCertificateReading;
import fr.cdgrules.core.error.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code cdg62} rule module: the CDG62's convention for e-administration support (source text
 * 004), found by {@link java.util.ServiceLoader}. It sets no annual fee of its own — the service is
 * "comprise dans la cotisation additionnelle" (art. 5) — so {@link #annualFees()} is empty. The
 * loader's instance uses the default readings; derive others with {@link #withReadings(Map)};
 * {@link #rules()} gives the full API. Immutable and thread-safe.
 */
public final class Cdg62Module implements RuleModule {
    /** The module id. */
    public static final String ID = "cdg62";

    private static final List<SourceText> SOURCES = List.of(SourceText.of("004", "004_3084770d592e64d8.txt",
            "Convention pour l'accompagnement à la e-administration (CDG 62)"));

    /** The reading ids {@link #withReadings(Map)} accepts, as the README's readings table names them. */
    private static final List<String> READINGS = List.of("assistanceYear", "partialYear", "signatureCertificates",
            "notificationDate");

    private final Cdg62Rules rules;

    /** Creates the module under the default readings (for {@link java.util.ServiceLoader}). */
    public Cdg62Module() {
        this(Cdg62Rules.defaults());
    }

    private Cdg62Module(Cdg62Rules rules) {
        this.rules = rules;
    }

    /**
     * @param rules the rules (readings) the module exposes
     * @return the module
     * @throws NullPointerException if {@code rules} is null
     */
    public static Cdg62Module of(Cdg62Rules rules) {
        return new Cdg62Module(Objects.requireNonNull(rules, "rules"));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String issuingBody() {
        return "Centre de gestion de la fonction publique territoriale du Pas-de-Calais (CDG62)";
    }

    @Override
    public List<SourceText> sources() {
        return SOURCES;
    }

    @Override
    public Territory territory() {
        return Eligibility.TERRITORY;
    }

    @Override
    public ConventionTerms conventionTerms() {
        return Cdg62Terms.terms();
    }

    /** @return the rules of this module, under its readings (the defaults for the loader's instance) */
    public Cdg62Rules rules() {
        return rules;
    }

    /**
     * The module under other readings, chosen by reading id and option id (the enum constant), e.g.
     * {@code {"signatureCertificates": "EVERY_DEMATERIALISED_SENDING"}}: {@code assistanceYear},
     * {@code partialYear}, {@code signatureCertificates}, {@code notificationDate} (README, « Readings »).
     *
     * @param choices reading id → option id; readings not named keep this module's choice
     * @return the module under those readings
     * @throws InvalidInputException naming {@code readings.<id>} if a reading or an option is unknown
     * @throws NullPointerException if {@code choices} is null
     */
    @Override
    public Cdg62Module withReadings(Map<String, String> choices) {
        Objects.requireNonNull(choices, "choices");
        Cdg62Readings r = rules.readings();
        for (Map.Entry<String, String> e : choices.entrySet()) {
            String o = e.getValue();
            try {
                r = switch (e.getKey()) {
                    case "assistanceYear" -> r.withAssistanceYear(AssistanceYearReading.valueOf(o));
                    case "partialYear" -> r.withPartialYear(PartialYearReading.valueOf(o));
                    case "signatureCertificates" -> r.withSignatureCertificates(SignatureCertificateReading.valueOf(o));
                    case "notificationDate" -> r.withNotificationDate(NotificationDateReading.valueOf(o));
                    default -> throw new InvalidInputException("readings." + e.getKey(), null, "module cdg62 has no reading '"
                            + e.getKey() + "' (it has " + READINGS + ")");
                };
            } catch (IllegalArgumentException | NullPointerException x) {
                throw new InvalidInputException("readings." + e.getKey(), null, "reading '" + e.getKey() + "' has no option '"
                        + o + "'");
            }
        }
        return new Cdg62Module(rules.withReadings(r));
    }

    /** The bundled descriptor, read when first asked for (finding the module reads nothing). */
    private static final class Bundled {
        static final fr.cdgrules.core.descriptor.Descriptor DESCRIPTOR = loadDescriptor();
    }

    private static fr.cdgrules.core.descriptor.Descriptor loadDescriptor() {
        try (java.io.InputStream in = Cdg62Module.class.getResourceAsStream("cdg62.yaml")) {
            if (in == null) {
                throw new IllegalStateException("missing resource cdg62.yaml");
            }
            return fr.cdgrules.core.descriptor.DescriptorLoader.read("cdg62.yaml", in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** @return the bundled descriptor ({@code cdg62.yaml}): texts and articles, territory, terms, capabilities, test cases */
    @Override
    public java.util.Optional<fr.cdgrules.core.descriptor.Descriptor> descriptor() {
        return java.util.Optional.of(Bundled.DESCRIPTOR);
    }

    @Override
    public java.util.Set<fr.cdgrules.core.module.Capability> capabilities() {
        return java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(Bundled.DESCRIPTOR.capabilities()));
    }

    @Override
    public <T> java.util.Optional<T> capability(Class<T> type) {
        Object r = rules();
        return type.isInstance(r) ? java.util.Optional.of(type.cast(r)) : RuleModule.super.capability(type);
    }
}
