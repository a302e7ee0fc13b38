package fr.cdgrules.cdg62.service;

import fr.cdgrules.cdg62.Cdg62Articles;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.module.ValueStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The services a collectivity chooses (« La collectivité devra faire le choix de la prestation en
 * fonction de ses besoins », préambule): one service type, or a sending type combined with IDELIBRE.
 *
 * <p>Art. 1 « OBJET » covers all three sendings in one convention: « la mise en place du transfert à
 * la préfecture, a la perception et l'envoi des convocations aux différentes instances ». A convention
 * may therefore combine IDELIBRE (the convocations) with one of the two sending types (the prefecture
 * and/or the treasury). The two sending types exclude each other: they describe the same sending,
 * « sans » or « avec mise en place d'un parapheur électronique ».
 *
 * <p>The types are kept in the preamble's order ({@link ServiceType} order), without repetition.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableServiceChoice.class)
@JsonDeserialize(as = ImmutableServiceChoice.class)
public abstract class ServiceChoice {
    /**
     * Art. 1 « OBJET »: the prefecture, the treasury and the convocations.
     *
     * @deprecated use {@link Cdg62Articles#ART_1}
     */
    @Deprecated
    public static final Citation ART_1 = Cdg62Articles.ART_1;

    ServiceChoice() {}

    /** @return the service types chosen, in the preamble's order, at least one */
    @JsonProperty("types")
    public abstract Set<ServiceType> types();

    /**
     * @param type the one service type chosen
     * @return the choice of that type alone
     * @throws NullPointerException if {@code type} is null
     */
    public static ServiceChoice of(ServiceType type) {
        return ImmutableServiceChoice.of(EnumSet.of(Objects.requireNonNull(type, "type")));
    }

    /**
     * @param first a service type
     * @param more further service types (IDELIBRE with a sending type)
     * @return the choice of those types
     * @throws InvalidInputException if both sending types are chosen
     * @throws NullPointerException if a type is null
     */
    public static ServiceChoice of(ServiceType first, ServiceType... more) {
        EnumSet<ServiceType> set = EnumSet.of(Objects.requireNonNull(first, "first"));
        for (ServiceType t : Objects.requireNonNull(more, "more")) {
            set.add(Objects.requireNonNull(t, "more"));
        }
        return ImmutableServiceChoice.of(set);
    }

    /**
     * @param types the service types chosen
     * @return the choice of those types
     * @throws InvalidInputException if none is chosen, or both sending types are
     * @throws NullPointerException if {@code types} or one of them is null
     */
    public static ServiceChoice of(Set<ServiceType> types) {
        Objects.requireNonNull(types, "types");
        types.forEach(t -> Objects.requireNonNull(t, "types"));
        return ImmutableServiceChoice.of(types.isEmpty() ? EnumSet.noneOf(ServiceType.class) : EnumSet.copyOf(types));
    }

    /** @return this choice with IDELIBRE added (the convocations, art. 1) */
    public ServiceChoice withIdelibre() {
        EnumSet<ServiceType> set = EnumSet.copyOf(types());
        set.add(ServiceType.IDELIBRE);
        return ImmutableServiceChoice.of(set);
    }

    /**
     * @param type a service type
     * @return true if it is chosen
     * @throws NullPointerException if an argument is null, naming it
     */
    public boolean contains(ServiceType type) {
        java.util.Objects.requireNonNull(type, "type");
        return types().contains(type);
    }

    /** @return true if IDELIBRE is chosen */
    public boolean hasIdelibre() {
        return contains(ServiceType.IDELIBRE);
    }

    /** @return true if a sending to the contrôle de légalité and/or the perception is chosen */
    public boolean sendsActs() {
        return types().stream().anyMatch(ServiceType::sendsActs);
    }

    /** @return true if an electronic signature workflow (parapheur) is chosen */
    public boolean withParapheur() {
        return types().stream().anyMatch(ServiceType::withParapheur);
    }

    /**
     * @return the sending type when one is chosen, else IDELIBRE: the one type of a single choice, the
     *     sending type of a combination
     */
    public ServiceType mainType() {
        return types().stream().filter(ServiceType::sendsActs).findFirst().orElse(ServiceType.IDELIBRE);
    }

    /** @return the text's wording of each type, joined with " + " */
    public String wording() {
        return types().stream().map(ServiceType::wording).collect(Collectors.joining(" + "));
    }

    /**
     * Reads a choice from type names or wordings separated by {@code +}
     * ({@code "PARAMETRAGE_DEMATERIALISATION+IDELIBRE"}).
     *
     * @param text the names or wordings
     * @return the choice
     * @throws InvalidInputException if a part names no type, or the choice is not allowed
     */
    public static ServiceChoice parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("serviceType", Cdg62Articles.PREAMBLE, "a service type is required");
        }
        EnumSet<ServiceType> set = EnumSet.noneOf(ServiceType.class);
        Arrays.stream(text.split("\\+")).map(ServiceType::parse).forEach(set::add);
        return of(set);
    }

    @Value.Check
    void check() {
        if (types().isEmpty()) {
            throw new InvalidInputException("serviceTypes", Cdg62Articles.PREAMBLE,
                    "« La collectivité devra faire le choix de la prestation »: choose at least one service type");
        }
        if (types().stream().filter(ServiceType::sendsActs).count() > 1) {
            throw new InvalidInputException("serviceTypes", Cdg62Articles.PREAMBLE, "« " + ServiceType.PARAMETRAGE_DEMATERIALISATION.wording()
                    + " » (sans parapheur) and « " + ServiceType.PARAMETRAGE_ORGANISATION_DEMATERIALISATION.wording()
                    + " » (avec parapheur) are the same sending, with or without an electronic signature workflow: "
                    + "choose one, with IDELIBRE if wanted (" + Cdg62Articles.ART_1 + ")");
        }
    }

    @Override
    public String toString() {
        return wording();
    }
}
