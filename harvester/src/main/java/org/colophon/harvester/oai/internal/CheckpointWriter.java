package org.colophon.harvester.oai.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.colophon.harvester.oai.Checkpoint;

/**
 * Makes a list's checkpoints durable on a thread of its own, so that a slow {@code fsync} does not hold up the next
 * page. Pages are handed over in order; what piled up while a write ran is written together: every seen identifier
 * (for {@code --full}) in order, then only the newest checkpoint. A checkpoint is therefore never on disk before the
 * pages it covers were delivered to the sink, and a crash at any moment resumes from a checkpoint at or before the
 * last page delivered: a page may be delivered again (records replace themselves), none is skipped.
 */
final class CheckpointWriter implements AutoCloseable {
    private final CheckpointStore store;
    private final Path seen;
    private final String name;
    private final List<String> pendingIds = new ArrayList<>();
    private Checkpoint pending;
    private long handed;
    private long written;
    private IOException failure;
    private boolean closed;
    private Thread thread;

    CheckpointWriter(CheckpointStore store, Path seen, String name) {
        this.store = store;
        this.seen = seen;
        this.name = name;
    }

    /** Hands over the checkpoint after a page, with the page's live identifiers when the list is a full harvest. */
    synchronized void submit(Checkpoint cp, List<String> seenIds) throws IOException {
        rethrow();
        if (seenIds != null) pendingIds.addAll(seenIds);
        pending = cp;
        handed++;
        if (thread == null) {
            thread = new Thread(this::loop, "checkpoints-" + name);
            thread.setDaemon(true);
            thread.start();
        }
        notifyAll();
    }

    /** Waits until everything handed over is on disk. */
    synchronized void flush() throws IOException, InterruptedException {
        while (written < handed && failure == null) wait();
        rethrow();
    }

    private void rethrow() throws IOException {
        if (failure != null) throw new IOException("saving a checkpoint failed: " + failure.getMessage(), failure);
    }

    private void loop() {
        while (true) {
            Checkpoint cp;
            List<String> ids;
            long upTo;
            synchronized (this) {
                while (written == handed && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (written == handed) return;
                cp = pending;
                ids = pendingIds.isEmpty() ? List.of() : new ArrayList<>(pendingIds);
                pendingIds.clear();
                upTo = handed;
            }
            try {
                if (!ids.isEmpty()) appendSeen(ids);
                store.save(cp);
            } catch (IOException e) {
                synchronized (this) {
                    failure = e;
                    notifyAll();
                }
                return;
            }
            synchronized (this) {
                written = upTo;
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

    /** Writes what is pending and stops the thread. */
    @Override
    public void close() throws IOException {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            if (thread != null) thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while saving the last checkpoint");
        }
        rethrow();
    }
}
