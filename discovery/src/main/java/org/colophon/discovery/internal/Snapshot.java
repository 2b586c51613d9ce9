package org.colophon.discovery.internal;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * What every search of one committed state shares, made once for it: the facet ordinals of its reader (mapping each
 * segment's ordinals to global ones costs a pass over every segment's values), every live document's count of each
 * facet value (in one pass, per segment: exact counting starts from them) and from those the facets of everything, the
 * answer to an empty search (the search page's first view), counted on first use.
 */
public final class Snapshot {
    private final IndexReader reader;
    private final SortedSetDocValuesReaderState state;
    private volatile Searching.Counts everything;
    private volatile ExactFacets.Totals totals;

    private Snapshot(IndexReader reader, SortedSetDocValuesReaderState state) {
        this.reader = reader;
        this.state = state;
    }

    /** The snapshot of {@code reader}'s state. */
    public static Snapshot of(IndexReader reader) throws IOException {
        return new Snapshot(reader, Searching.state(reader));
    }

    public IndexReader reader() {
        return reader;
    }

    /** The facet ordinals, or null for an index with no facet field yet. */
    SortedSetDocValuesReaderState state() {
        return state;
    }

    /** Counts what is counted on first use now. */
    public void warm() throws IOException {
        everything();
    }

    /** Every document's total and facets, exact; two threads asking first may both count, with the same answer. */
    Searching.Counts everything() throws IOException {
        Searching.Counts e = everything;
        if (e == null) everything = e = Searching.everything(reader, state, totals());
        return e;
    }

    /**
     * Every live document's count of each facet value, per segment and in all (null without a facet field): what exact
     * counting of a search most documents match subtracts from. Counted on first use, like {@link #everything()}.
     */
    ExactFacets.Totals totals() throws IOException {
        if (state == null) return null;
        ExactFacets.Totals t = totals;
        if (t == null) totals = t = ExactFacets.totals(reader, state);
        return t;
    }
}
