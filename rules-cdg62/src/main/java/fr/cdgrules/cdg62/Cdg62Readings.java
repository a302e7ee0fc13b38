package fr.cdgrules.cdg62;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.cdg62.assistance.AssistanceYearReading;
import fr.cdgrules.cdg62.assistance.PartialYearReading;
import fr.cdgrules.cdg62.convention.NotificationDateReading;
import fr.cdgrules.cdg62.service.SignatureCertificateReading;
import fr.cdgrules.core.module.ValueStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The readings a caller may choose for the ambiguities of source text 004, each documented on its
 * enum with the quoted words. {@link #defaults()} is what the {@code cdg62} rule module uses.
 *
 * <p>Two further points are decided once and not choosable: "le 1er jour du mois suivant la
 * notification" ({@link fr.cdgrules.cdg62.convention.MonthFollowingReading}) and the length of the
 * renewed term ({@link fr.cdgrules.cdg62.convention.RenewedTermReading}).
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCdg62Readings.class)
@JsonDeserialize(as = ImmutableCdg62Readings.class)
public abstract class Cdg62Readings {
    Cdg62Readings() {}

    private static final Cdg62Readings DEFAULTS = ImmutableCdg62Readings.of(AssistanceYearReading.DEFAULT,
            PartialYearReading.DEFAULT, SignatureCertificateReading.DEFAULT, NotificationDateReading.DEFAULT);

    /** @return which year "2 heures par an" counts (art. 3-3); default {@link AssistanceYearReading#CONVENTION_YEAR} */
    @JsonProperty("assistanceYear")
    public abstract AssistanceYearReading assistanceYear();

    /** @return what a partial year owes (art. 3-3); default {@link PartialYearReading#PRO_RATA_BY_DAYS} */
    @JsonProperty("partialYear")
    public abstract PartialYearReading partialYear();

    /**
     * @return which service types need signature certificates (art. 4, "éventuellement"); default
     *     {@link SignatureCertificateReading#WITH_PARAPHEUR_ONLY}
     */
    @JsonProperty("signatureCertificates")
    public abstract SignatureCertificateReading signatureCertificates();

    /** @return which date of the registered letter is the notification (art. 6); default {@link NotificationDateReading#DATE_OF_RECEIPT} */
    @JsonProperty("notificationDate")
    public abstract NotificationDateReading notificationDate();

    /** @return the default readings */
    public static Cdg62Readings defaults() {
        return DEFAULTS;
    }

    // The with… methods are implemented by the generated ImmutableCdg62Readings, whose own with… methods override
    // them (null-checked there): a body here could never run.

    /**
     * @param reading another reading of "par an"
     * @return these readings with it
     */
    public abstract Cdg62Readings withAssistanceYear(AssistanceYearReading reading);

    /**
     * @param reading another reading of partial years
     * @return these readings with it
     */
    public abstract Cdg62Readings withPartialYear(PartialYearReading reading);

    /**
     * @param reading another reading of "éventuellement à la signature électronique"
     * @return these readings with it
     */
    public abstract Cdg62Readings withSignatureCertificates(SignatureCertificateReading reading);

    /**
     * @param reading another reading of "la notification"
     * @return these readings with it
     */
    public abstract Cdg62Readings withNotificationDate(NotificationDateReading reading);
}
