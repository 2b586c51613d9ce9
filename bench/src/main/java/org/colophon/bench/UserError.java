package org.colophon.bench;

/** A mistake of the user's (bad option value, missing file): reported in one line, exit code 2. */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }
}
