package org.colophon.harvester.files.internal;

import java.util.NoSuchElementException;
import org.colophon.record.RecordSource;
import org.colophon.record.SourceRecord;

/**
 * A record source that reads one record ahead: a splitter gives {@link #read()} (null at the end) and decides itself
 * what a read error means (quarantine the rest, or fail); this class keeps the iterator contract.
 */
abstract class LookaheadSource implements RecordSource {
    private SourceRecord next;
    private boolean done;

    /** The next record, or {@code null} when the input is exhausted or cannot be read further. */
    protected abstract SourceRecord read();

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            next = read();
            if (next == null) done = true;
        }
        return next != null;
    }

    @Override
    public final SourceRecord next() {
        if (!hasNext()) throw new NoSuchElementException();
        SourceRecord r = next;
        next = null;
        return r;
    }
}
