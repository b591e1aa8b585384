package dev.parley.importer.csv.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads delimited rows (RFC 4180 quoting: fields in double quotes may hold the delimiter, line
 * breaks and doubled quotes). Reports the line each row starts on; a quote left open at the end of
 * the file is an error.
 */
final class CsvReader {

    /** One row and the line it starts on. */
    record Row(List<String> fields, long line) {
    }

    /** A row that cannot be read. */
    static final class CsvException extends IOException {
        private static final long serialVersionUID = 1L;
        final long line;
        final int column;

        CsvException(String message, long line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private final Reader in;
    private final char delimiter;
    private long line = 1;
    private int pushback = -2;

    CsvReader(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    private int read() throws IOException {
        if (pushback != -2) {
            int c = pushback;
            pushback = -2;
            return c;
        }
        return in.read();
    }

    /** The next row, or null at the end. */
    Row next() throws IOException {
        int c = read();
        while (c == '\r' || c == '\n') {
            if (c == '\n') {
                line++;
            }
            c = read();
        }
        if (c == -1) {
            return null;
        }
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int column = 1;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new CsvException("a quoted field is never closed", start, column);
                }
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = n;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                column++;
            } else if (c == '\n' || c == '\r' || c == -1) {
                if (c == '\r') {
                    int n = read();
                    if (n != '\n') {
                        pushback = n;
                    }
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString());
                return new Row(fields, start);
            } else if (wasQuoted) {
                throw new CsvException("text after the closing quote of a field", start, column);
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    /** The likely delimiter of a header line: the most frequent of , ; tab | outside quotes. */
    static char sniff(String headerLine) {
        int[] counts = new int[4];
        char[] candidates = {',', ';', '\t', '|'};
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            for (int k = 0; k < 4 && !quoted; k++) {
                if (c == candidates[k]) {
                    counts[k]++;
                }
            }
        }
        int best = 0;
        for (int k = 1; k < 4; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return candidates[best];
    }
}
