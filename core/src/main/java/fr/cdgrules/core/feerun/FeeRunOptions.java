package fr.cdgrules.core.feerun;

import fr.cdgrules.core.population.Population;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a fee run is issued: the issue date of the titres, the day they are received (for a due date
 * counted from receipt), the debtors' SIREN, and legal populations in force for the year supplied by
 * the caller (e.g. a later INSEE vintage) to use instead of the directory's.
 *
 * @param issuedOn the issue date of the titres
 * @param receivedOn the day the titres are received, when known
 * @param sirenOf the SIREN of a commune by INSEE code, when the data has it
 * @param populations legal populations supplied by INSEE code, used before the directory's figure
 */
public record FeeRunOptions(LocalDate issuedOn, Optional<LocalDate> receivedOn,
        Function<String, Optional<String>> sirenOf, Function<String, Optional<Population>> populations) {
    /**
     * Checks the components.
     *
     * @param issuedOn the issue date of the titres
     * @param receivedOn the day the titres are received, when known
     * @param sirenOf the SIREN of a commune by INSEE code, when the data has it
     * @param populations legal populations supplied by INSEE code, used before the directory's figure
     * @throws NullPointerException if an argument is null, naming it
     */
    public FeeRunOptions {
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(sirenOf, "sirenOf");
        Objects.requireNonNull(populations, "populations");
    }

    /**
     * @param issuedOn the issue date
     * @return options with no receipt date, no SIREN and no supplied population
     */
    public static FeeRunOptions issuedOn(LocalDate issuedOn) {
        return new FeeRunOptions(issuedOn, Optional.empty(), c -> Optional.empty(), c -> Optional.empty());
    }

    /**
     * @param date the day the titres are received
     * @return these options with it
     * @throws NullPointerException if an argument is null, naming it
     */
    public FeeRunOptions withReceivedOn(LocalDate date) {
        return new FeeRunOptions(issuedOn, Optional.of(Objects.requireNonNull(date, "date")), sirenOf, populations);
    }

    /**
     * @param f the SIREN of a commune by INSEE code
     * @return these options with it
     * @throws NullPointerException if an argument is null, naming it
     */
    public FeeRunOptions withSirenOf(Function<String, Optional<String>> f) {
        return new FeeRunOptions(issuedOn, receivedOn, Objects.requireNonNull(f, "f"), populations);
    }

    /**
     * @param f supplied legal populations by INSEE code
     * @return these options with them
     * @throws NullPointerException if an argument is null, naming it
     */
    public FeeRunOptions withPopulations(Function<String, Optional<Population>> f) {
        return new FeeRunOptions(issuedOn, receivedOn, sirenOf, Objects.requireNonNull(f, "f"));
    }
}
