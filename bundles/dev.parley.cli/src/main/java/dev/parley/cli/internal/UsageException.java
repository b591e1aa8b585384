package dev.parley.cli.internal;

/** The command line is wrong; the message says how. Exit status 2. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message, null, false, false);
    }
}
