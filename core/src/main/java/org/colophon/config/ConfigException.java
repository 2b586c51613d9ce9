package org.colophon.config;

/** A problem in {@code colophon.yaml}, reported as one line: {@code colophon.yaml:12: unknown key 'intervall'}. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String reason;

    public ConfigException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    /** The file name as given in the message. */
    public String file() {
        return file;
    }

    /** The 1-based line the problem is on. */
    public int line() {
        return line;
    }

    /** The reason without file and line. */
    public String reason() {
        return reason;
    }
}
