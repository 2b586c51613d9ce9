package org.colophon.transform.internal;

/**
 * A rule failed on a record's field while mapping it. The message starts with the rule's {@code file:line:} and
 * names the field, so a quarantine line points at the rule: {@code 6XX.rules:12: field 650: …}.
 */
public final class RuleMappingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RuleMappingException(String origin, String tag, RuntimeException cause) {
        super(origin + ": field " + tag + ": " + cause, cause);
    }

    /** The message alone: it already says where and what. */
    @Override
    public String toString() {
        return getMessage();
    }
}
