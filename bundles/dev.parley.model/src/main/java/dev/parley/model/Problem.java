package dev.parley.model;

import java.util.Objects;

/**
 * Something an importer or reader could not handle, located as precisely as it knows.
 *
 * @param file     the file's path as the user gave it
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column (or character offset when {@code line} is 0), or 0 when unknown
 * @param severity {@link Severity#ERROR} fails the file; {@link Severity#WARNING} is reported only
 * @param message  what is wrong, in words a user understands
 */
public record Problem(String file, int line, int column, Severity severity, String message) {

    /** How bad a problem is. */
    public enum Severity { WARNING, ERROR }

    public Problem {
        Objects.requireNonNull(message, "message");
        severity = severity == null ? Severity.ERROR : severity;
    }

    public static Problem error(String file, String message) {
        return new Problem(file, 0, 0, Severity.ERROR, message);
    }

    public static Problem warning(String file, String message) {
        return new Problem(file, 0, 0, Severity.WARNING, message);
    }

    /** {@code file:line:column: message}, leaving out what is unknown. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) {
                    sb.append(':').append(column);
                }
            } else if (column > 0) {
                sb.append(" at offset ").append(column);
            }
            sb.append(": ");
        }
        if (severity == Severity.WARNING) {
            sb.append("warning: ");
        }
        return sb.append(message).toString();
    }
}
