package org.colophon.transform.marc;

/** A record's bytes could not be read as MARC. The message names the field or byte offset at fault. */
public class MarcDecodeException extends Exception {
    private static final long serialVersionUID = 1L;

    public MarcDecodeException(String message) {
        super(message);
    }

    public MarcDecodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
