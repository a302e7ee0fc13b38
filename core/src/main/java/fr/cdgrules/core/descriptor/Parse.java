package fr.cdgrules.core.descriptor;

import fr.cdgrules.core.citation.Citation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The state of one load: the file, the errors found so far, the declared articles and who cites them. */
final class Parse {
    final String file;
    final List<DescriptorError> errors = new ArrayList<>();
    final Set<Citation> declared = new LinkedHashSet<>();
    final Map<Citation, List<String>> citedBy = new LinkedHashMap<>();

    Parse(String file) {
        this.file = file;
    }

    void error(String path, String message) {
        errors.add(DescriptorError.of(file, path, message));
    }

    void cite(Citation c, String user) {
        List<String> users = citedBy.get(c); // (plain code: a lambda costs a one-shot command its linking)
        if (users == null) {
            users = new ArrayList<>();
            citedBy.put(c, users);
        }
        if (!users.contains(user)) {
            users.add(user);
        }
    }

    void failIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidDescriptorException(file, errors);
        }
    }
}
