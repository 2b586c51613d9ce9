package org.colophon.authority;

import java.nio.file.Path;
import org.colophon.data.DataDir;
import org.colophon.graph.GraphStore;

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

    /** The review queue of the store, with the decisions kept in the data directory. */
    public static Review review(GraphStore store, DataDir data) {
        Decisions decisions = Decisions.open(reviewDir(data));
        return new Review(store, decisions, new AuthorityLinker(AuthorityIndex.load(store), decisions, store));
    }

    /**
     * The review queue over authorities already in memory (a server's, shared with {@code /reconcile}), so they are
     * not read from the store a second time.
     */
    public static Review review(GraphStore store, DataDir data, AuthorityIndex index) {
        Decisions decisions = Decisions.open(reviewDir(data));
        return new Review(store, decisions, new AuthorityLinker(index, decisions, store));
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
