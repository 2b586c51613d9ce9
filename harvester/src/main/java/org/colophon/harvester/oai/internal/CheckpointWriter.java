package org.colophon.harvester.oai.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.colophon.harvester.oai.Checkpoint;

/**
 * Saves a list's checkpoints on a thread of its own, each only once the sink's commit of its page has completed (the
 * stage its {@code pageDone} returned), so the harvest loop goes on reading pages while earlier ones are being
 * committed and a slow {@code fsync} does not hold it up either. Pages are handed over in order and written in
 * order; what is ready together is written together: every seen identifier (for {@code --full}) in order, then only
 * the newest checkpoint. A checkpoint is therefore never on disk before the pages it covers are durable in the sink,
 * and a crash at any moment resumes from a checkpoint at or before the last page committed: pages may be delivered
 * again (records replace themselves), none is skipped.
 *
 * <p>A stage that completes exceptionally stops the writer: neither its checkpoint nor any later one is saved, and
 * the next call from the harvest loop throws {@link CommitFailed}.
 */
final class CheckpointWriter implements AutoCloseable {

    /** Run before a checkpoint is saved, e.g. to force the raw store's segments to disk. */
    interface BeforeSave {
        void run() throws IOException;
    }

    /** The sink's commit of a page failed. */
    static final class CommitFailed extends IOException {
        private static final long serialVersionUID = 1L;

        CommitFailed(Throwable cause) {
            super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
        }
    }

    private static final class Pending {
        final Checkpoint checkpoint;
        final List<String> seenIds;
        volatile boolean done;
        volatile Throwable failed;

        Pending(Checkpoint checkpoint, List<String> seenIds) {
            this.checkpoint = checkpoint;
            this.seenIds = seenIds;
        }
    }

    private final CheckpointStore store;
    private final Path seen;
    private final String name;
    private final BeforeSave beforeSave;
    /** Pages handed over whose checkpoint is not on disk yet, oldest first. */
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();

    private IOException failure;
    private boolean closed;
    private Thread thread;

    CheckpointWriter(CheckpointStore store, Path seen, String name, BeforeSave beforeSave) {
        this.store = store;
        this.seen = seen;
        this.name = name;
        this.beforeSave = beforeSave;
    }

    /**
     * Hands over the checkpoint after a page, with the page's live identifiers when the list is a full harvest, and
     * the sink's stage for the page ({@code null}: nothing to wait for).
     */
    synchronized void submit(Checkpoint cp, List<String> seenIds, CompletionStage<?> committed) throws IOException {
        rethrow();
        Pending p = new Pending(cp, seenIds == null ? List.of() : List.copyOf(seenIds));
        queue.add(p);
        if (thread == null) {
            thread = new Thread(this::loop, "checkpoints-" + name);
            thread.setDaemon(true);
            thread.start();
        }
        if (committed == null) {
            p.done = true;
        } else {
            committed.whenComplete((v, e) -> {
                synchronized (CheckpointWriter.this) {
                    p.failed = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                    p.done = true;
                    CheckpointWriter.this.notifyAll();
                }
            });
        }
        notifyAll();
    }

    /**
     * Pages handed over whose commit has not completed. The harvest's window of pages bounds these, not the pages
     * committed whose checkpoint is being written: counting those too made a harvest on a busy machine ask the sink to
     * commit again after a single page, while the checkpoint of the last commit was still being forced to disk.
     */
    synchronized int uncommitted() {
        int n = 0;
        for (Pending p : queue) if (!p.done) n++;
        return n;
    }

    /** Waits until fewer than {@code n} pages handed over are uncommitted. */
    synchronized void awaitUncommittedBelow(int n) throws IOException, InterruptedException {
        while (uncommitted() >= n && failure == null) wait();
        rethrow();
    }

    /** Waits until every page handed over is committed and its checkpoint on disk. */
    synchronized void flush() throws IOException, InterruptedException {
        while (!queue.isEmpty() && failure == null) wait();
        rethrow();
    }

    private void rethrow() throws IOException {
        if (failure instanceof CommitFailed c) throw c;
        if (failure != null) throw new IOException("saving a checkpoint failed: " + failure.getMessage(), failure);
    }

    private void loop() {
        while (true) {
            Checkpoint cp = null;
            List<String> ids = new ArrayList<>();
            int n = 0;
            synchronized (this) {
                while (!(closed && queue.isEmpty()) && (queue.isEmpty() || !queue.peek().done)) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (queue.isEmpty()) return;
                for (Pending p : queue) {
                    if (!p.done) break;
                    if (p.failed != null) {
                        if (n == 0) {
                            failure = new CommitFailed(p.failed);
                            queue.clear();
                            notifyAll();
                            return;
                        }
                        break; // write what committed before it, then fail
                    }
                    cp = p.checkpoint;
                    ids.addAll(p.seenIds);
                    n++;
                }
            }
            try {
                if (beforeSave != null) beforeSave.run();
                if (!ids.isEmpty()) appendSeen(ids);
                store.save(cp);
            } catch (IOException | RuntimeException e) {
                synchronized (this) {
                    failure = e instanceof IOException io ? io : new IOException(e.toString(), e);
                    notifyAll();
                }
                return;
            }
            synchronized (this) {
                for (int i = 0; i < n; i++) queue.poll();
                notifyAll();
            }
        }
    }

    private void appendSeen(List<String> ids) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String id : ids) sb.append(id).append('\n');
        try (FileChannel ch = FileChannel.open(seen, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            ch.write(ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8)));
            ch.force(false);
        }
    }

    /**
     * Writes what is pending and stops the thread. Pages whose commit has not completed within {@code patience} are
     * given up: their checkpoints are not saved (the next run asks for them again).
     */
    void close(Duration patience) throws IOException {
        long deadline = System.nanoTime() + patience.toNanos();
        synchronized (this) {
            try {
                while (!queue.isEmpty() && failure == null) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) break;
                    wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // what has not committed by now is not written: drop the first such page and all after it
            boolean drop = false;
            for (java.util.Iterator<Pending> it = queue.iterator(); it.hasNext(); ) {
                Pending p = it.next();
                drop |= !p.done;
                if (drop) it.remove();
            }
            closed = true;
            notifyAll();
        }
        join();
        rethrow();
    }

    /** Waits for every page's commit and checkpoint, then stops the thread. */
    @Override
    public void close() throws IOException {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        join();
        rethrow();
    }

    private void join() throws InterruptedIOException {
        try {
            if (thread != null) thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while saving the last checkpoint");
        }
    }
}
