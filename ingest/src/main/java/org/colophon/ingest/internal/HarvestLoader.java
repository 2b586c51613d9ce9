package org.colophon.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.colophon.harvester.oai.Checkpoint;
import org.colophon.harvester.oai.RecordSink;
import org.colophon.record.Quarantine;
import org.colophon.record.SourceRecord;
import org.colophon.transform.ConversionRun;
import org.colophon.transform.ConversionRun.Converted;
import org.colophon.transform.Converter;

/**
 * Loads harvested pages: each page is converted on the harvesting thread that read it (so the pages of several
 * sources convert in parallel) and handed to the {@link PageWriter}, which writes pages in arrival order and commits
 * many at once. A page counts as done — and the harvester may save its checkpoint — only once the commit covering it
 * is durable, so a crash re-delivers at most uncommitted pages, and records keyed by OAI identifier make that
 * harmless. Deleted records drop their graphs.
 */
public final class HarvestLoader implements RecordSink {
    private final Converter converter;
    private final Quarantine quarantine;
    private final int threads;
    private final PageWriter writer;
    private final Map<String, List<SourceRecord>> pages = new ConcurrentHashMap<>();

    public HarvestLoader(Converter converter, Quarantine quarantine, int threads, PageWriter writer) {
        this.converter = converter;
        this.quarantine = quarantine;
        this.threads = threads;
        this.writer = writer;
    }

    @Override
    public void accept(SourceRecord record) {
        pages.computeIfAbsent(record.sourceId(), s -> new ArrayList<>()).add(record);
    }

    /**
     * Queues the page without forcing a commit: the writer commits when enough records have piled up (or when the
     * harvester {@linkplain #flush flushes}), and the page's checkpoint is saved when that commit is durable.
     */
    @Override
    public CompletionStage<?> pageDone(Checkpoint checkpoint) {
        return page(checkpoint.sourceId(), false);
    }

    /** Commits everything queued so far, of every source, and waits for it. */
    @Override
    public void flush(String sourceId) {
        try {
            writer.submit(w -> {}, true).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Converts the page accepted for {@code sourceId} and queues it for the writer; the future completes when it is
     * committed.
     */
    CompletableFuture<Void> page(String sourceId, boolean urgent) {
        List<SourceRecord> page = pages.remove(sourceId);
        if (page == null || page.isEmpty()) return urgent ? writer.submit(w -> {}, true) : done();
        List<SourceRecord> live = new ArrayList<>(page.size());
        List<SourceRecord> gone = new ArrayList<>();
        for (SourceRecord r : page) (r.deleted() ? gone : live).add(r);
        List<Converted> converted = new ArrayList<>(live.size());
        new ConversionRun(converter, quarantine, threads, null).run(live.iterator(), converted::add);
        return writer.submit(
                w -> {
                    for (SourceRecord r : gone) w.delete(r.sourceId(), r.recordId());
                    for (Converted c : converted) w.put(c);
                },
                urgent);
    }

    private static CompletableFuture<Void> done() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void pageAborted(String sourceId) {
        pages.remove(sourceId);
    }
}
