package fr.cdgrules.core.territory;

import fr.cdgrules.core.citation.Citation;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The territory an issuing body serves (ressort territorial): some départements, or the member
 * communes of one EPCI. A collectivity outside it is not eligible, with that reason.
 */
public final class Territory {
    private final String description;
    private final Set<String> departments;
    private final String epciSiren;
    private final Citation citation;

    private Territory(String description, Set<String> departments, String epciSiren, Citation citation) {
        this.description = description;
        this.departments = departments;
        this.epciSiren = epciSiren;
        this.citation = citation;
    }

    /**
     * @param description the territory in words, e.g. "the Deux-Sèvres (79)"
     * @param citation the article that sets it
     * @param departmentCodes the département codes
     * @return a territory made of départements
     */
    public static Territory departments(String description, Citation citation, String... departmentCodes) {
        return new Territory(description, Set.copyOf(new TreeSet<>(List.of(departmentCodes))), null, citation);
    }

    /**
     * @param description the territory in words, e.g. "the 34 member communes of the CUCM"
     * @param citation the article that sets it
     * @param siren the EPCI's SIREN
     * @return the territory of an EPCI's member communes
     */
    public static Territory epciMembers(String description, Citation citation, String siren) {
        java.util.Objects.requireNonNull(description, "description");
        java.util.Objects.requireNonNull(citation, "citation");
        java.util.Objects.requireNonNull(siren, "siren");
        return new Territory(description, Set.of(), Objects.requireNonNull(siren), citation);
    }

    /**
     * @param c a collectivity
     * @return true if it belongs to the territory
     */
    public boolean contains(Collectivity c) {
        java.util.Objects.requireNonNull(c, "c");
        if (epciSiren != null) {
            return c.epciSiren().filter(epciSiren::equals).isPresent();
        }
        return departments.contains(c.department());
    }

    /** @return the territory in words */
    public String description() {
        return description;
    }

    /** @return the article that sets the territory */
    public Citation citation() {
        return citation;
    }

    /**
     * @param c a collectivity outside the territory
     * @return the reason it is not eligible
     */
    public String outsideReason(Collectivity c) {
        java.util.Objects.requireNonNull(c, "c");
        return c + " is outside the territory served: " + description;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Territory t && description.equals(t.description) && departments.equals(t.departments)
                && Objects.equals(epciSiren, t.epciSiren) && citation.equals(t.citation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(description, departments, epciSiren, citation);
    }

    @Override
    public String toString() {
        return description + " (" + citation + ")";
    }
}
