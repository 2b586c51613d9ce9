package org.colophon.harvester.oai;

/** A source could not be harvested; the message is one line naming the source and the reason. */
public class HarvestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String oaiErrorCode;

    public HarvestException(String message) {
        this(message, null, null);
    }

    public HarvestException(String message, String oaiErrorCode, Throwable cause) {
        super(message, cause);
        this.oaiErrorCode = oaiErrorCode;
    }

    /** The OAI-PMH error code ({@code cannotDisseminateFormat}, …) when the source answered with one, else null. */
    public String oaiErrorCode() {
        return oaiErrorCode;
    }
}
