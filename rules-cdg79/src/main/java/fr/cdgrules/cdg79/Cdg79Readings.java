package fr.cdgrules.cdg79;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.cdg79.charter.CharterSignaturesReading;
import fr.cdgrules.cdg79.charter.DgsReading;
import fr.cdgrules.cdg79.charter.PlatformMembershipReading;
import fr.cdgrules.cdg79.duration.ConventionStartReading;
import fr.cdgrules.cdg79.fee.Ceiling3500Reading;
import fr.cdgrules.cdg79.intervention.BillableServicesReading;
import fr.cdgrules.cdg79.intervention.HalfDayReading;
import fr.cdgrules.cdg79.intervention.LargeCommuneRateReading;
import fr.cdgrules.cdg79.intervention.NonMemberTraineeSupportReading;
import fr.cdgrules.cdg79.intervention.TraineeSupportPeriodReading;
import fr.cdgrules.core.module.ValueStyle;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The readings of the ambiguities of the CDG79 texts, one per ambiguity, each with a documented
 * default ({@link #defaults()}). Pass another set to {@link Cdg79Rules#withReadings} to read a text
 * the other way; the {@link Cdg79Module} found by {@code ServiceLoader} uses the defaults.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCdg79Readings.class)
@JsonDeserialize(as = ImmutableCdg79Readings.class)
public abstract class Cdg79Readings {
    Cdg79Readings() {}

    private static final Cdg79Readings DEFAULTS = ImmutableCdg79Readings.of(Ceiling3500Reading.defaultReading(),
            BillableServicesReading.defaultReading(), TraineeSupportPeriodReading.defaultReading(),
            ConventionStartReading.defaultReading(), PlatformMembershipReading.defaultReading(),
            CharterSignaturesReading.defaultReading(), DgsReading.defaultReading(), HalfDayReading.defaultReading(),
            NonMemberTraineeSupportReading.defaultReading(), LargeCommuneRateReading.defaultReading());

    /** @return is a commune of exactly 3 500 inhabitants eligible (préambule, art. 2 vs art. 3.1 table) */
    @JsonProperty("ceiling3500")
    public abstract Ceiling3500Reading ceiling3500();

    /** @return which services art. 3.2 bills (network activation, art. 2.5) */
    @JsonProperty("billableServices")
    public abstract BillableServicesReading billableServices();

    /** @return how the six months of art. 2.3 end */
    @JsonProperty("traineeSupportPeriod")
    public abstract TraineeSupportPeriodReading traineeSupportPeriod();

    /** @return when the two years of art. 4 start */
    @JsonProperty("conventionStart")
    public abstract ConventionStartReading conventionStart();

    /** @return whether platform access needs pack membership (art. 1.4) */
    @JsonProperty("platformMembership")
    public abstract PlatformMembershipReading platformMembership();

    /** @return which signatures of the charter are required (art. 1.4 vs the charter form) */
    @JsonProperty("charterSignatures")
    public abstract CharterSignaturesReading charterSignatures();

    /** @return whether a DGS counts as an SGM in a community space (art. 1.4) */
    @JsonProperty("dgs")
    public abstract DgsReading dgs();

    /** @return the length of a half-day on site, for the limit of « 2 demi-journées » (art. 2.3) */
    @JsonProperty("halfDay")
    @Value.Default
    public HalfDayReading halfDay() {
        return HalfDayReading.defaultReading();
    }

    /** @return how the graduate of a commune that is not a member is supported (art. 2.3) */
    @JsonProperty("nonMemberTraineeSupport")
    @Value.Default
    public NonMemberTraineeSupportReading nonMemberTraineeSupport() {
        return NonMemberTraineeSupportReading.defaultReading();
    }

    /** @return how a commune of 3 500 inhabitants or more is billed (art. 2, art. 3.2) */
    @JsonProperty("largeCommuneRate")
    @Value.Default
    public LargeCommuneRateReading largeCommuneRate() {
        return LargeCommuneRateReading.defaultReading();
    }

    /** The reading ids, as {@code cdg79.yaml} declares them ({@code readings:}), in its order. */
    private static final List<String> IDS = List.of("ceiling3500", "billableServices", "traineeSupportPeriod",
            "conventionStart", "platformMembership", "charterSignatures", "dgs", "halfDay", "nonMemberTraineeSupport",
            "largeCommuneRate");

    /** @return every default reading */
    public static Cdg79Readings defaults() {
        return DEFAULTS;
    }

    /**
     * @return the ids of the readings these values carry, each declared in the descriptor
     *     ({@code cdg79.yaml}, {@code readings:}) with the names of its enum's constants as option ids
     */
    public static List<String> ids() {
        return IDS;
    }

    /**
     * @param id a reading id, one of {@link #ids()}
     * @return the option chosen for it, an enum constant whose name is the option id
     * @throws IllegalArgumentException if the id is not one of {@link #ids()}
     * @throws NullPointerException if {@code id} is null
     */
    public Enum<?> choice(String id) {
        return switch (Objects.requireNonNull(id, "id")) {
            case "ceiling3500" -> ceiling3500();
            case "billableServices" -> billableServices();
            case "traineeSupportPeriod" -> traineeSupportPeriod();
            case "conventionStart" -> conventionStart();
            case "platformMembership" -> platformMembership();
            case "charterSignatures" -> charterSignatures();
            case "dgs" -> dgs();
            case "halfDay" -> halfDay();
            case "nonMemberTraineeSupport" -> nonMemberTraineeSupport();
            case "largeCommuneRate" -> largeCommuneRate();
            default -> throw new IllegalArgumentException("no reading '" + id + "'");
        };
    }

    /**
     * These readings with one reading chosen by id and option id (the names the descriptor declares).
     *
     * @param id a reading id, one of {@link #ids()}
     * @param option an option id, the name of a constant of that reading's enum
     * @return these readings with it
     * @throws IllegalArgumentException if the id or the option is unknown
     * @throws NullPointerException if an argument is null
     */
    public Cdg79Readings with(String id, String option) {
        Objects.requireNonNull(option, "option");
        return switch (Objects.requireNonNull(id, "id")) {
            case "ceiling3500" -> withCeiling3500(Ceiling3500Reading.valueOf(option));
            case "billableServices" -> withBillableServices(BillableServicesReading.valueOf(option));
            case "traineeSupportPeriod" -> withTraineeSupportPeriod(TraineeSupportPeriodReading.valueOf(option));
            case "conventionStart" -> withConventionStart(ConventionStartReading.valueOf(option));
            case "platformMembership" -> withPlatformMembership(PlatformMembershipReading.valueOf(option));
            case "charterSignatures" -> withCharterSignatures(CharterSignaturesReading.valueOf(option));
            case "dgs" -> withDgs(DgsReading.valueOf(option));
            case "halfDay" -> withHalfDay(HalfDayReading.valueOf(option));
            case "nonMemberTraineeSupport" -> withNonMemberTraineeSupport(NonMemberTraineeSupportReading.valueOf(option));
            case "largeCommuneRate" -> withLargeCommuneRate(LargeCommuneRateReading.valueOf(option));
            default -> throw new IllegalArgumentException("no reading '" + id + "'");
        };
    }

    /**
     * @param r another reading of the 3 500 ceiling
     * @return these readings with it
     */
    public abstract Cdg79Readings withCeiling3500(Ceiling3500Reading r);

    /**
     * @param r another reading of the services billed by art. 3.2
     * @return these readings with it
     */
    public abstract Cdg79Readings withBillableServices(BillableServicesReading r);

    /**
     * @param r another reading of the six months of art. 2.3
     * @return these readings with it
     */
    public abstract Cdg79Readings withTraineeSupportPeriod(TraineeSupportPeriodReading r);

    /**
     * @param r another reading of the start of the convention
     * @return these readings with it
     */
    public abstract Cdg79Readings withConventionStart(ConventionStartReading r);

    /**
     * @param r another reading of the membership condition of the platform
     * @return these readings with it
     */
    public abstract Cdg79Readings withPlatformMembership(PlatformMembershipReading r);

    /**
     * @param r another reading of the signatures of the charter
     * @return these readings with it
     */
    public abstract Cdg79Readings withCharterSignatures(CharterSignaturesReading r);

    /**
     * @param r another reading of the length of a half-day on site
     * @return these readings with it
     */
    public abstract Cdg79Readings withHalfDay(HalfDayReading r);

    /**
     * @param r another reading of a non-member's graduate support
     * @return these readings with it
     */
    public abstract Cdg79Readings withNonMemberTraineeSupport(NonMemberTraineeSupportReading r);

    /**
     * @param r another reading of the rates of a commune of 3 500 inhabitants or more
     * @return these readings with it
     */
    public abstract Cdg79Readings withLargeCommuneRate(LargeCommuneRateReading r);

    /**
     * @param r another reading of the DGS's place
     * @return these readings with it
     */
    public abstract Cdg79Readings withDgs(DgsReading r);
}
