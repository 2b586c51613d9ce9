package org.colophon.vocab;

/**
 * A code table that cannot be read. The message starts with the place: {@code codes/relators.tsv:17: reason}.
 */
public final class CodeTableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String location;

    public CodeTableException(String resource, int line, String reason) {
        super(resource + ":" + line + ": " + reason);
        this.location = resource + ":" + line;
    }

    public CodeTableException(String resource, String reason, Throwable cause) {
        super(resource + ": " + reason, cause);
        this.location = resource;
    }

    /** {@code codes/NAME.tsv:LINE}, or just the resource when no line applies. */
    public String location() {
        return location;
    }
}
