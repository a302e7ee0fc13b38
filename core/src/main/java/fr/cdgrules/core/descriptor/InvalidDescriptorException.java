package fr.cdgrules.core.descriptor;

import fr.cdgrules.core.error.InvalidInputException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A descriptor (or parameter fragment) refused at load, with every error found, each with its file
 * and path. The command line exits 2 (invalid input).
 */
public final class InvalidDescriptorException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /** The errors, in the order found. */
    private final List<DescriptorError> errors;

    /**
     * @param file the file refused
     * @param errors every error found, at least one
     */
    public InvalidDescriptorException(String file, List<DescriptorError> errors) {
        super(file, null, errors.size() + (errors.size() == 1 ? " error" : " errors") + ":\n"
                + errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    /** @return every error, each with its file and path */
    public List<DescriptorError> errors() {
        return errors;
    }
}
