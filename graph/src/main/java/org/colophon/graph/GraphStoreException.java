package org.colophon.graph;

/** The store cannot do what was asked: it failed to open, a bulk load failed, or input was unfit to store. */
public class GraphStoreException extends RuntimeException {

    public GraphStoreException(String message) {
        super(message);
    }

    public GraphStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
