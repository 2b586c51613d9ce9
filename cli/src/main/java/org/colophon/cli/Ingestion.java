package org.colophon.cli;

import java.io.PrintWriter;
import org.colophon.authority.Authorities;
import org.colophon.authority.AuthorityLinker;
import org.colophon.data.DataDir;
import org.colophon.graph.GraphStore;
import org.colophon.ingest.IndexRebuild;
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

    /**
     * Writes through {@code linker}, which the command keeps for its summary, review or server. A search index of an
     * older format is rebuilt from the store on opening, told on {@code err}.
     */
    static IngestBuilder writing(PrintWriter err, GraphStore g, DataDir data, AuthorityLinker linker) {
        return Ingest.builder(data).store(g).listener(linker).rebuildOutdatedIndex(told(err));
    }

    /** Writes through a linker over the data directory's authorities. */
    static IngestBuilder writing(PrintWriter err, GraphStore g, DataDir data) {
        return writing(err, g, data, Authorities.linker(g, data));
    }

    /** Rebuilds or checks derived data from the store, with the links it holds. */
    static IngestBuilder rebuilding(PrintWriter err, GraphStore g, DataDir data) {
        return Ingest.builder(data).store(g).listener(Authorities.storedLinks()).rebuildOutdatedIndex(told(err));
    }

    /** Records between two progress lines of a rebuild at opening. */
    static final long PROGRESS_EVERY = 10_000;

    /**
     * The rebuild of an outdated search index, told on {@code err}: one line when it starts, a progress line every
     * {@value #PROGRESS_EVERY} records, one when it is done.
     */
    static IndexRebuild told(PrintWriter err) {
        return new IndexRebuild() {
            @Override
            public void started(int found, int current) {
                err.println("the search index is of an older format (" + found + "; this version's is " + current
                        + "): rebuilding it from the store, as `colophon reindex` does ...");
                err.flush();
            }

            @Override
            public void indexed(long records) {
                if (records % PROGRESS_EVERY != 0) return;
                err.println("... " + records + " records");
                err.flush();
            }

            @Override
            public void finished(long records, double seconds) {
                err.println(String.format("search index rebuilt: %d records, %.1f s", records, seconds));
                err.flush();
            }
        };
    }
}
