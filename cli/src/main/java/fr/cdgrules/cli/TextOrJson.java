package fr.cdgrules.cli;

import java.util.Locale;

/** The {@code --format} of the commands that print either text for people or JSON for programs. */
enum TextOrJson {
    /** Text for people (the default). */
    TEXT,
    /** JSON for programs. */
    JSON;

    /** @return the lower-case name, as typed on the command line */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
