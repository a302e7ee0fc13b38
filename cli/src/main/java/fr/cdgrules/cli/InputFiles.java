package fr.cdgrules.cli;

import fr.cdgrules.core.error.InvalidInputException;
import fr.cdgrules.core.json.CdgJson;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the JSON files given to {@code bill} and {@code access}; every problem is a usage error naming the option and file. */
final class InputFiles {
    private InputFiles() {}

    /**
     * @param option the option, e.g. {@code --request}
     * @param file the file
     * @param type the type of the JSON value, in the rule module's JSON format
     * @param <T> the type
     * @return the value
     * @throws UsageException (exit 2) if the file cannot be read, is not JSON, or does not fit the type
     */
    static <T> T readJson(String option, Path file, Class<T> type) {
        String text;
        try {
            if (Files.isDirectory(file)) {
                throw new UsageException("cannot read " + option + " " + file + ": it is a directory");
            }
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new UsageException("cannot read " + option + " " + file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new UsageException("cannot read " + option + " " + file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new UsageException("cannot read " + option + " " + file + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        try {
            return CdgJson.read(text, type);
        } catch (InvalidInputException e) {
            throw new UsageException("invalid " + option + " " + file + ": " + e.getMessage());
        }
    }
}
