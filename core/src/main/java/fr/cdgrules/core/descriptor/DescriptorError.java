package fr.cdgrules.core.descriptor;

import java.util.Objects;

/**
 * One error of a descriptor: the file, the path inside it ({@code parameters.packFee.versions[1].strata[2]})
 * and what is wrong. Renders as {@code cdg79.yaml: parameters.packFee.versions[1].strata[2]: gap between 999 and 1001}.
 */
public final class DescriptorError implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** @serial the file the error is in */
    private final String file;
    /** @serial the path inside the file */
    private final String path;
    /** @serial what is wrong */
    private final String message;

    private DescriptorError(String file, String path, String message) {
        this.file = Objects.requireNonNull(file, "file");
        this.path = Objects.requireNonNull(path, "path");
        this.message = Objects.requireNonNull(message, "message");
    }

    /**
     * @param file the file name
     * @param path the path inside the file ({@code ""} for the whole file)
     * @param message what is wrong
     * @return the error
     */
    public static DescriptorError of(String file, String path, String message) {
        return new DescriptorError(file, path, message);
    }

    /** @return the file name */
    public String file() {
        return file;
    }

    /** @return the path inside the file */
    public String path() {
        return path;
    }

    /** @return what is wrong */
    public String message() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DescriptorError e && file.equals(e.file) && path.equals(e.path) && message.equals(e.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, path, message);
    }

    @Override
    public String toString() {
        return file + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
