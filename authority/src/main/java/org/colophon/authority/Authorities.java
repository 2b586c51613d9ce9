package org.colophon.authority;

import java.nio.file.Path;
import org.colophon.data.DataDir;
import org.colophon.graph.GraphStore;
import org.colophon.ingest.Ingest;
import org.colophon.ingest.IngestListener;

/**
 * Entry point of the authority module for commands: the linker an import adds to its {@link
 * org.colophon.ingest.Ingest}, and the review queue.
 *
 * <pre>
 * Ingest.builder(data).store(store).listener(Authorities.linker(store, data)).build();
 * </pre>
 */
public final class Authorities {
    private Authorities() {}

    /** Where review decisions are kept: {@code DATA/review}. */
    public static Path reviewDir(DataDir data) {
        return data.root().resolve("review");
    }

    /** A linker over the authorities the store holds, using the decisions kept in the data directory. */
    public static AuthorityLinker linker(GraphStore store, DataDir data) {
        return new AuthorityLinker(AuthorityIndex.load(store), Decisions.open(reviewDir(data)), store);
    }

    /**
     * A linker for a server: its authorities are read on a thread of their own ({@link AuthorityIndex#loading}), so
     * the server starts at once; {@code /reconcile} and {@code /review} answer 503 until they are read. Not for
     * importing (it would link against a partial index).
     */
    public static AuthorityLinker serving(GraphStore store, DataDir data) {
        return new AuthorityLinker(AuthorityIndex.loading(store), Decisions.open(reviewDir(data)), store);
    }

    /**
     * The review queue of the store {@code ingest} writes, whose listeners include {@code linker}: a decision relinks
     * its record through the ingestion core, so the search index follows.
     *
     * <pre>
     * AuthorityLinker linker = Authorities.linker(store, data);
     * try (Ingest ingest = Ingest.builder(data).store(store).listener(linker).build()) {
     *     Authorities.review(ingest, linker).accept(heading, authority);
     * }
     * </pre>
     */
    public static Review review(Ingest ingest, AuthorityLinker linker) {
        return new Review(ingest, linker);
    }

    /**
     * A listener for work that only re-indexes from the store ({@code reindex}, the repair after a crash): it reads
     * back each record's stored links, so its search document is filed under its authorities, and loads no
     * authorities.
     */
    public static IngestListener storedLinks() {
        return new IngestListener() {
            @Override
            public java.util.List<org.apache.jena.graph.Triple> derived(
                    GraphStore store, String sourceId, String recordId, String graphIri) {
                return AuthorityLinker.storedLinks(store, graphIri);
            }
        };
    }

    /**
     * One line on what a linker did: {@code links: 732 headings, 22 linked, 17 for review}, and when authorities
     * arriving relinked earlier records, {@code ; 20 earlier records relinked, 22 headings linked in them}.
     */
    public static String summary(AuthorityLinker linker) {
        long[] c = linker.counts();
        String line = "links: " + c[0] + " headings, " + c[1] + " linked, " + c[2] + " for review";
        if (c[4] > 0) line += "; " + c[4] + " earlier records relinked, " + c[5] + " headings linked in them";
        return line;
    }
}
