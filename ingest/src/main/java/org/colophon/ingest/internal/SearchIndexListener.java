package org.colophon.ingest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Triple;
import org.colophon.discovery.DiscoveryIndex;
import org.colophon.graph.GraphStore;
import org.colophon.graph.RecordMeta;
import org.colophon.ingest.IngestListener;

/**
 * Keeps the discovery index in step with the store, batch by batch: the index prepares its commit and a
 * {@code pending} mark is made durable before the store commits; the index commits and the mark goes after. A mark
 * found at start means a crash fell between the two commits, and the index is repaired from the store
 * ({@link IndexSync#repair}).
 */
public final class SearchIndexListener implements IngestListener, AutoCloseable {
    private final DiscoveryIndex index;
    private final Path pendingMark;
    /** Documents are analysed on lanes of their own, beside the store's writer; a record always on the same lane. */
    private final ExecutorService[] lanes;

    private final List<Future<?>> inFlight = new ArrayList<>();

    public SearchIndexListener(DiscoveryIndex index, Path pendingMark, int threads) {
        this.index = index;
        this.pendingMark = pendingMark;
        this.lanes = new ExecutorService[Math.max(1, threads)];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "colophon-index");
                t.setDaemon(true);
                return t;
            });
        }
    }

    private void submit(String sourceId, String recordId, Runnable work) {
        int lane = Math.floorMod((sourceId + "/" + recordId).hashCode(), lanes.length);
        inFlight.add(lanes[lane].submit(work));
        if (inFlight.size() > 4096) awaitAll();
    }

    /** Waits for every document handed to the lanes; an indexing failure fails the batch. */
    private void awaitAll() {
        try {
            for (Future<?> f : inFlight) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            inFlight.clear();
        }
    }

    @Override
    public void close() {
        for (ExecutorService lane : lanes) lane.shutdownNow();
    }

    /** Whether a batch was under way when the last process stopped. */
    public static boolean interrupted(Path pendingMark) {
        return Files.exists(pendingMark);
    }

    @Override
    public void put(RecordMeta meta, List<Triple> triples, GraphStore.Batch batch) {
        submit(
                meta.sourceId(),
                meta.recordId(),
                () -> index.put(meta.sourceId(), meta.recordId(), meta.graphIri(), meta.checksum(), triples));
    }

    @Override
    public void deleted(String sourceId, String recordId, GraphStore.Batch batch) {
        submit(sourceId, recordId, () -> index.delete(sourceId, recordId));
    }

    @Override
    public void prepare() {
        awaitAll();
        index.prepareCommit(null);
        mark();
    }

    @Override
    public void committed() {
        index.commit();
        clear(pendingMark);
    }

    @Override
    public void abandoned() {
        try {
            awaitAll();
        } catch (RuntimeException ignored) {
            // the batch is being abandoned anyway
        }
        index.rollback();
        clear(pendingMark);
    }

    private void mark() {
        try (FileChannel ch = FileChannel.open(
                pendingMark,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(java.nio.ByteBuffer.wrap("a batch is being committed\n".getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + pendingMark + ": " + e.getMessage(), e);
        }
    }

    public static void clear(Path mark) {
        try {
            Files.deleteIfExists(mark);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + mark + ": " + e.getMessage(), e);
        }
    }
}
