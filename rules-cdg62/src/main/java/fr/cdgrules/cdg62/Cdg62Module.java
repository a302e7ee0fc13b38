package fr.cdgrules.cdg62;

import fr.cdgrules.cdg62.assistance.AssistanceYearReading;
import fr.cdgrules.cdg62.assistance.PartialYearReading;
import fr.cdgrules.cdg62.convention.Cdg62Terms;
import fr.cdgrules.cdg62.convention.NotificationDateReading;
import fr.cdgrules.cdg62.service.SignatureCertificateReading;
import fr.cdgrules.core.descriptor.Descriptor;
import fr.cdgrules.core.descriptor.ReadingChoices;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.lifecycle.ConventionTerms;
import fr.cdgrules.core.module.Capability;
import fr.cdgrules.core.module.RuleModule;
import fr.cdgrules.core.module.SourceText;
import fr.cdgrules.core.territory.Territory;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The {@code cdg62} rule module: the CDG62's convention for e-administration support (source text
 * 004), found by {@link java.util.ServiceLoader}. It sets no annual fee of its own — the service is
 * "comprise dans la cotisation additionnelle" (art. 5) — so {@link #annualFees()} is empty. The
 * body, texts, territory and terms are those of the bundled descriptor ({@link Cdg62Descriptor});
 * the loader's instance uses the default readings; derive others with {@link #withReadings(Map)};
 * {@link #rules()} gives the full API. Immutable and thread-safe.
 */
public final class Cdg62Module implements RuleModule {
    /** The module id. */
    public static final String ID = "cdg62";

    /** The rules given to {@link #of(Cdg62Rules)}, or null for the default rules (made on first use). */
    private final Cdg62Rules given;

    /**
     * Creates the module under the default readings (for {@link java.util.ServiceLoader}). Cheap: the
     * descriptor and the rules are read on first use, so that loading every module costs a one-shot
     * command only the module it uses.
     */
    public Cdg62Module() {
        this.given = null;
    }

    private Cdg62Module(Cdg62Rules rules) {
        this.given = rules;
    }

    /** The default rules, made when first asked for. */
    private static final class Defaults {
        static final Cdg62Rules RULES = Cdg62Rules.defaults();
    }

    /** How each reading the descriptor declares applies to {@link Cdg62Readings}, by reading id (made on first use). */
    private static final class Readings {
        static final Map<String, BiFunction<Cdg62Readings, String, Cdg62Readings>> SETTERS = Map.of(
                "assistanceYear", (r, o) -> r.withAssistanceYear(AssistanceYearReading.valueOf(o)),
                "partialYear", (r, o) -> r.withPartialYear(PartialYearReading.valueOf(o)),
                "signatureCertificates", (r, o) -> r.withSignatureCertificates(SignatureCertificateReading.valueOf(o)),
                "notificationDate", (r, o) -> r.withNotificationDate(NotificationDateReading.valueOf(o)));
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
        return Cdg62Descriptor.bundled().body();
    }

    @Override
    public List<SourceText> sources() {
        return Cdg62Descriptor.bundled().sources();
    }

    @Override
    public Territory territory() {
        return Cdg62Descriptor.bundled().territory();
    }

    @Override
    public ConventionTerms conventionTerms() {
        return Cdg62Terms.terms();
    }

    /** @return the rules of this module, under its readings (the defaults for the loader's instance) */
    public Cdg62Rules rules() {
        return given != null ? given : Defaults.RULES;
    }

    /**
     * The module under other readings, chosen by reading id and option id (the enum constant), e.g.
     * {@code {"signatureCertificates": "EVERY_DEMATERIALISED_SENDING"}}: exactly the readings the
     * descriptor declares ({@code assistanceYear}, {@code partialYear}, {@code signatureCertificates},
     * {@code notificationDate}; README, « Readings »).
     *
     * @param choices reading id → option id; readings not named keep this module's choice
     * @return the module under those readings
     * @throws InvalidInputException naming {@code readings.<id>} if a reading or an option is unknown
     * @throws NullPointerException if {@code choices} is null
     */
    @Override
    public Cdg62Module withReadings(Map<String, String> choices) {
        Objects.requireNonNull(choices, "choices");
        Cdg62Rules rules = rules();
        return new Cdg62Module(rules.withReadings(
                ReadingChoices.apply(Cdg62Descriptor.bundled(), rules.readings(), choices, Readings.SETTERS)));
    }

    /** @return the bundled descriptor ({@code cdg62.yaml}) */
    @Override
    public Optional<Descriptor> descriptor() {
        return Optional.of(Cdg62Descriptor.bundled());
    }

    @Override
    public Set<Capability> capabilities() {
        return java.util.Collections.unmodifiableSet(EnumSet.copyOf(Cdg62Descriptor.bundled().capabilities()));
    }

    @Override
    public <T> Optional<T> capability(Class<T> type) {
        Object r = rules();
        return type.isInstance(r) ? Optional.of(type.cast(r)) : RuleModule.super.capability(type);
    }
}
