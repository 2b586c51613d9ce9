package org.colophon.ingest.internal;

import java.util.concurrent.atomic.LongAdder;
import org.colophon.graph.Outcome;
import org.colophon.ingest.IngestSummary;
import org.colophon.record.Quarantine;

/** Running counts of one ingestion run, safe to read from a progress thread while the writer adds to them. */
public final class Tally {
    private final LongAdder[] outcomes = new LongAdder[Outcome.values().length];
    private final LongAdder triples = new LongAdder();
    private final LongAdder unreadable = new LongAdder();
    private final Quarantine quarantine;
    private final long quarantinedBefore;
    private final long start = System.nanoTime();

    public Tally(Quarantine quarantine) {
        this.quarantine = quarantine;
        this.quarantinedBefore = quarantine.count();
        for (int i = 0; i < outcomes.length; i++) outcomes[i] = new LongAdder();
    }

    public void add(Outcome o, int tripleCount) {
        outcomes[o.ordinal()].increment();
        if (o == Outcome.ADDED || o == Outcome.REPLACED) triples.add(tripleCount);
    }

    public long count(Outcome o) {
        return outcomes[o.ordinal()].sum();
    }

    /** Records quarantined since this tally began. */
    public long quarantined() {
        return quarantine.count() - quarantinedBefore;
    }

    public IngestSummary summary() {
        long q = quarantined();
        long stored = count(Outcome.ADDED) + count(Outcome.REPLACED) + count(Outcome.UNCHANGED);
        return new IngestSummary(
                stored + q,
                count(Outcome.ADDED),
                count(Outcome.REPLACED),
                count(Outcome.UNCHANGED),
                count(Outcome.DELETED),
                count(Outcome.NOT_FOUND),
                q,
                triples.sum(),
                (System.nanoTime() - start) / 1e9,
                0);
    }
}
