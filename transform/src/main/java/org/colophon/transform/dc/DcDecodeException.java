package org.colophon.transform.dc;

/** The bytes are not one readable Dublin Core record: not well-formed XML, or no Dublin Core element in it. */
public final class DcDecodeException extends Exception {
    private static final long serialVersionUID = 1L;

    public DcDecodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
