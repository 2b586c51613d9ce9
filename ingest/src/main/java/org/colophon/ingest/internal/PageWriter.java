package org.colophon.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A thread of its own that owns the store's batch: work (a converted page, a deletion sweep) queues up here from any
 * number of harvesting threads and is written in arrival order; a commit covers everything written since the last
 * one and completes the futures of every piece of work it covers. It commits when enough records are pending, when
 * work asks for an urgent commit, or when no work has arrived for {@code lingerMillis}. So one commit serves many
 * pages, and no page waits long for its checkpoint.
 *
 * <p>"Enough" grows with the run: {@code batchSize} at first, then as many records as the run has committed so far, up
 * to {@value #MAX_GROWTH} times {@code batchSize}. TDB2 is copy-on-write, and every commit leaves behind the index blocks
 * it rewrote; a long harvest committing every {@code batchSize} records left its store at twice what its data takes
 * (50,000 records: 25 commits, 4.9 GB against 2.6 GB compacted). Doubling batches make that a handful of commits, while
 * a short incremental harvest still commits after its first {@code batchSize} records.
 */
public final class PageWriter implements AutoCloseable {
    private record Work(Consumer<BatchWriter> write, boolean urgent, CompletableFuture<Void> done) {}

    private static final Work STOP = new Work(w -> {}, true, new CompletableFuture<>());

    /** Batches grow to at most this many times {@code batchSize}. */
    static final int MAX_GROWTH = 32;

    private final BatchWriter writer;
    private final int batchSize;
    private long committed;
    private final long lingerMillis;
    private final BlockingQueue<Work> queue;
    private final Thread thread;
    private final List<CompletableFuture<Void>> uncommitted = new ArrayList<>();

    public PageWriter(BatchWriter writer, int batchSize, long lingerMillis, int queuedPages) {
        this.writer = writer;
        this.batchSize = Math.max(1, batchSize);
        this.lingerMillis = lingerMillis;
        this.queue = new LinkedBlockingQueue<>(Math.max(1, queuedPages));
        this.thread = new Thread(this::loop, "colophon-store-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /**
     * Queues work for the writer thread (waits while the queue is full). The future completes when the commit that
     * covers it is durable, or exceptionally when that commit failed.
     *
     * @param urgent commit as soon as this work is written (a caller waits for it)
     */
    public CompletableFuture<Void> submit(Consumer<BatchWriter> write, boolean urgent) {
        if (!thread.isAlive()) throw new IllegalStateException("the store writer has stopped");
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            queue.put(new Work(write, urgent, done));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done.completeExceptionally(e);
        }
        return done;
    }

    /** Commits everything queued so far and waits for it. */
    public void flush() {
        submit(w -> {}, true).join();
    }

    private void loop() {
        try {
            while (true) {
                Work work = uncommitted.isEmpty() ? queue.take() : queue.poll(lingerMillis, TimeUnit.MILLISECONDS);
                if (work == null) {
                    commit();
                    continue;
                }
                if (work == STOP) {
                    commit();
                    return;
                }
                try {
                    work.write().accept(writer);
                } catch (RuntimeException e) {
                    fail(e, work.done());
                    continue;
                }
                uncommitted.add(work.done());
                if (work.urgent() || writer.pending() >= threshold()) commit();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(e, null);
        } finally {
            writer.abandon();
        }
    }

    /** Records pending that make a commit: see the class comment. */
    long threshold() {
        return Math.min((long) batchSize * MAX_GROWTH, Math.max(batchSize, committed));
    }

    private void commit() {
        if (uncommitted.isEmpty()) return;
        try {
            long records = writer.pending();
            writer.commit();
            committed += records;
        } catch (RuntimeException e) {
            fail(e, null);
            return;
        }
        for (CompletableFuture<Void> f : uncommitted) f.complete(null);
        uncommitted.clear();
    }

    /** Abandons the batch: every piece of work it held fails with the cause. */
    private void fail(Throwable cause, CompletableFuture<Void> current) {
        writer.abandon();
        for (CompletableFuture<Void> f : uncommitted) f.completeExceptionally(cause);
        uncommitted.clear();
        if (current != null) current.completeExceptionally(cause);
    }

    /** Commits what is pending and stops the thread. */
    @Override
    public void close() {
        if (!thread.isAlive()) return;
        try {
            queue.put(STOP);
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
