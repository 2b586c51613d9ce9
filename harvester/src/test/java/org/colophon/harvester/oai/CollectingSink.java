package org.colophon.harvester.oai;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.colophon.record.SourceRecord;

/** A sink keyed by OAI identifier, as a store would be, that also remembers what happened. */
class CollectingSink implements RecordSink {
    final Map<String, SourceRecord> records = new LinkedHashMap<>();
    final List<Checkpoint> pages = new ArrayList<>();
    int accepted;
    int aborted;
    int flushes;

    @Override
    public synchronized void accept(SourceRecord record) {
        accepted++;
        records.put(record.recordId(), record);
    }

    @Override
    public synchronized CompletionStage<?> pageDone(Checkpoint checkpoint) {
        pages.add(checkpoint);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized void flush(String sourceId) {
        flushes++;
    }

    @Override
    public synchronized void pageAborted(String sourceId) {
        aborted++;
    }

    synchronized long live() {
        return records.values().stream().filter(r -> !r.deleted()).count();
    }
}
