package org.colophon.harvester.raw.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.colophon.harvester.raw.RawRecord;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordFormat;
import org.colophon.record.RecordSource;
import org.colophon.record.SourceRecord;

/**
 * Reads every record of one source from the raw store, in hash order, one directory listing per level held at a
 * time. A file that cannot be read goes to the quarantine with its path, and reading goes on.
 */
public final class RawStoreReader implements RecordSource {
    private final String sourceId;
    private final Quarantine quarantine;
    private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
    private RawRecord next;

    public RawStoreReader(Path sourceDir, String sourceId, Quarantine quarantine) {
        this.sourceId = sourceId;
        this.quarantine = quarantine;
        if (Files.isDirectory(sourceDir)) stack.push(list(sourceDir).iterator());
    }

    /** The next raw record, with its sets, or null at the end. */
    public RawRecord nextRaw() {
        if (!hasNext()) return null;
        RawRecord r = next;
        next = null;
        return r;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !stack.isEmpty()) {
            Iterator<Path> top = stack.peek();
            if (!top.hasNext()) {
                stack.pop();
                continue;
            }
            Path p = top.next();
            if (Files.isDirectory(p)) {
                stack.push(list(p).iterator());
            } else if (p.getFileName().toString().endsWith(".gz")) {
                try {
                    next = RawFiles.decode(p);
                } catch (IOException | RuntimeException e) {
                    quarantine.put(
                            SourceRecord.fromFile(sourceId, p.toString(), RecordFormat.MARCXML, bytes(p)),
                            "raw",
                            p + ": unreadable raw record: " + e.getMessage());
                }
            }
        }
        return next != null;
    }

    @Override
    public SourceRecord next() {
        RawRecord r = nextRaw();
        if (r == null) throw new NoSuchElementException();
        return r.toSourceRecord(sourceId);
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list raw store directory " + dir, e);
        }
    }

    @Override
    public void close() {
        stack.clear();
    }
}
