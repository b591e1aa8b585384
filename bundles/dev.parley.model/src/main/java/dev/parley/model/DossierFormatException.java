package dev.parley.model;

import java.io.IOException;

/** A dossier file that cannot be read: malformed JSON, an unknown format or a newer version. */
public class DossierFormatException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    public DossierFormatException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public DossierFormatException(String message) {
        this(message, 0, 0);
    }

    /** 1-based line of the fault, or 0 when it is not about a position. */
    public int line() {
        return line;
    }

    /** 1-based column of the fault, or 0. */
    public int column() {
        return column;
    }
}
