package org.colophon.harvester.oai.internal;

import java.io.IOException;

/** The caller's sink failed: carried through the parser unretried, reported as the source's failure. */
final class SinkFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SinkFailure(IOException cause) {
        super(cause.getMessage(), cause);
    }
}
