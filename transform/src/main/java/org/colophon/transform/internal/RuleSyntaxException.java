package org.colophon.transform.internal;

/** A rule file could not be read; the message starts with {@code file:line:}. */
public class RuleSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RuleSyntaxException(String origin, String reason) {
        super(origin + ": " + reason);
    }
}
