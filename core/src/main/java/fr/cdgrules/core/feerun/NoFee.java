package fr.cdgrules.core.feerun;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.cdgrules.core.citation.Citation;
import java.util.List;
import java.util.Objects;

/**
 * A commune of the register that owes no fee for the year, with the reason and its articles.
 *
 * @param line the register line
 * @param code the INSEE code
 * @param name the commune's name
 * @param reason why no fee is owed
 * @param detail the reason for people
 * @param citations the articles
 */
public record NoFee(@JsonProperty("line") int line, @JsonProperty("code") String code, @JsonProperty("name") String name,
        @JsonProperty("reason") NoFeeReason reason, @JsonProperty("detail") String detail,
        @JsonProperty("citations") List<Citation> citations) {
    /**
     * Checks the components.
     *
     * @param line the register line
     * @param code the INSEE code
     * @param name the commune's name
     * @param reason why no fee is owed
     * @param detail the reason for people
     * @param citations the articles
     */
    public NoFee {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        citations = List.copyOf(citations);
    }
}
