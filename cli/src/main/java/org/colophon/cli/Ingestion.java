package org.colophon.cli;

import org.colophon.authority.Authorities;
import org.colophon.authority.AuthorityLinker;
import org.colophon.data.DataDir;
import org.colophon.graph.GraphStore;
import org.colophon.ingest.Ingest;
import org.colophon.ingest.IngestBuilder;

/**
 * The ingestion each command builds, with the listeners that must see every write: commands that write (import,
 * harvest, delete, reprocess, review, serve, demo) attach the authority linker; commands that rebuild or check what is
 * derived from the store (reindex, check) attach the links the store already holds. A listener added later (union
 * catalogue clusters) is attached here, once, for every command.
 */
final class Ingestion {

    private Ingestion() {}

    /** Writes through {@code linker}, which the command keeps for its summary, review or server. */
    static IngestBuilder writing(GraphStore g, DataDir data, AuthorityLinker linker) {
        return Ingest.builder(data).store(g).listener(linker);
    }

    /** Writes through a linker over the data directory's authorities. */
    static IngestBuilder writing(GraphStore g, DataDir data) {
        return writing(g, data, Authorities.linker(g, data));
    }

    /** Rebuilds or checks derived data from the store, with the links it holds. */
    static IngestBuilder rebuilding(GraphStore g, DataDir data) {
        return Ingest.builder(data).store(g).listener(Authorities.storedLinks());
    }
}
