package org.colophon.harvester.raw;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.colophon.harvester.raw.internal.SegmentRecords;
import org.colophon.harvester.raw.internal.SourceStore;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;

/**
 * Every harvested record, kept raw and compressed, per source, latest version wins: {@code {dir}/{source}/} holds
 * append-only segment files ({@code seg-000001.dat} …, each rolled at {@value #DEFAULT_SEGMENT_MB} MB), the index
 * {@code index.dat} (OAI identifier → segment and offset of the latest version) and a {@code lock} file. A page of
 * records is one write at the end of the active segment ({@link #putPage}); a deletion is kept as the record's header
 * with an empty payload. The index is a file mapped into memory (24 bytes a slot, at most 70 % of slots used: 34 to
 * 69 bytes a record on disk, none of it on the heap) and is rebuilt from the segments when it is missing, damaged or
 * behind them; a frame torn by a kill is found by its length and CRC and cut off. {@link #read} streams the latest
 * version of each live record sequentially through the segments for reprocessing.
 *
 * <p>A data directory of an earlier version, one gzip file per record under {@code {source}/ab/cd/}, is moved into
 * segments the first time a source is opened.
 *
 * <p>Sources are opened on first use and stay open (a lock file keeps other processes out) until {@link #release}
 * or {@link #close}; within one JVM, stores on the same directory share one open source.
 */
public final class RawStore implements AutoCloseable {
    /** Segment size at which a new segment is started, in MB. */
    public static final int DEFAULT_SEGMENT_MB = 64;

    private static final Map<Path, SourceStore> OPEN = new HashMap<>();

    private final Path dir;
    private final long segmentBytes;
    /** Sources this instance holds open, one reference each. */
    private final Map<String, SourceStore> held = new HashMap<>();

    private RawStore(Path dir, long segmentBytes) {
        this.dir = dir;
        this.segmentBytes = segmentBytes;
    }

    /** The store in {@code dir} (normally {@code {data}/raw}); created on first write. */
    public static RawStore open(Path dir) {
        return new RawStore(dir, DEFAULT_SEGMENT_MB * 1024L * 1024L);
    }

    /** The store in {@code dir}, starting a new segment when one reaches {@code segmentBytes}. */
    public static RawStore open(Path dir, long segmentBytes) {
        if (segmentBytes < 4096 || segmentBytes > (1L << 31)) {
            throw new IllegalArgumentException("segment size from 4 KB to 2 GB, not " + segmentBytes);
        }
        return new RawStore(dir, segmentBytes);
    }

    public Path directory() {
        return dir;
    }

    /** Keeps one page of records of a source in one write; later versions replace earlier ones. */
    public void putPage(String sourceId, List<RawRecord> page) throws IOException {
        source(sourceId).putPage(page);
    }

    /** Keeps one record (a page of one). */
    public void put(String sourceId, RawRecord record) throws IOException {
        putPage(sourceId, List.of(record));
    }

    /** Makes every page written so far durable (forced to disk). */
    public void force(String sourceId) throws IOException {
        SourceStore s;
        synchronized (this) {
            s = held.get(sourceId);
        }
        if (s != null) s.force();
    }

    /** The latest version of one record, deleted or not; empty when it was never kept or was removed. */
    public Optional<RawRecord> get(String sourceId, String identifier) throws IOException {
        return source(sourceId).get(identifier);
    }

    /** Removes a record entirely (not a deletion from the source: that is a record with {@code deleted}). */
    public boolean remove(String sourceId, String identifier) throws IOException {
        SourceStore s = source(sourceId);
        synchronized (s) {
            if (s.get(identifier).isEmpty()) return false;
            s.putRemoved(List.of(identifier));
            return true;
        }
    }

    /**
     * The latest version of every live record of a source (deleted ones are left out), read sequentially through
     * the segments; damaged stretches go to the quarantine. Close it when done.
     */
    public RecordSource read(String sourceId, Quarantine quarantine) {
        if (!Files.isDirectory(sourceDir(sourceId))) return EMPTY;
        return records(sourceId, quarantine);
    }

    private static final RecordSource EMPTY = new RecordSource() {
        @Override
        public boolean hasNext() {
            return false;
        }

        @Override
        public org.colophon.record.SourceRecord next() {
            throw new java.util.NoSuchElementException();
        }

        @Override
        public void close() {}
    };

    private SegmentRecords records(String sourceId, Quarantine quarantine) {
        Path sd = sourceDir(sourceId);
        try {
            SourceStore s = acquire(sourceId);
            return new SegmentRecords(s, quarantine, () -> {
                try {
                    release(sd);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * After a full harvest: removes every live record whose identifier {@code keep} rejects, returning how many;
     * deleted records are left as they are. Then compacts what that made worth compacting.
     */
    public long retainOnly(String sourceId, Predicate<String> keep) throws IOException {
        SourceStore s = source(sourceId);
        long removed = 0;
        List<String> gone = new ArrayList<>();
        try (SegmentRecords r = records(sourceId, Quarantine.counting())) {
            for (RawRecord rec = r.nextRaw(); rec != null; rec = r.nextRaw()) {
                if (keep.test(rec.identifier())) continue;
                gone.add(rec.identifier());
                if (gone.size() == 1000) {
                    s.putRemoved(gone);
                    removed += gone.size();
                    gone.clear();
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        s.putRemoved(gone);
        removed += gone.size();
        s.compact();
        return removed;
    }

    /** What a compaction did. */
    public record Compaction(int segmentsRewritten, long bytesBefore, long bytesAfter) {}

    /**
     * Rewrites the segments of a source whose superseded versions take more than half their bytes, keeping the
     * latest versions. Does nothing while the source is being read.
     */
    public Compaction compact(String sourceId) throws IOException {
        SourceStore.Compaction c = source(sourceId).compact();
        return new Compaction(c.segmentsRewritten(), c.bytesBefore(), c.bytesAfter());
    }

    /**
     * Files and bytes of a source's store.
     *
     * @param files every file under the source's directory (segments, index, lock)
     * @param segments segment files
     * @param bytes bytes of all files
     * @param indexed identifiers in the index (live, deleted and removed)
     */
    public record Stats(long files, int segments, long bytes, long indexed) {}

    public Stats stats(String sourceId) throws IOException {
        SourceStore s = source(sourceId);
        long files = 0;
        long bytes = 0;
        try (Stream<Path> all = Files.walk(sourceDir(sourceId))) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isRegularFile(p)) {
                    files++;
                    bytes += Files.size(p);
                }
            }
        }
        return new Stats(files, s.segmentCount(), bytes, s.indexed());
    }

    /** What opening the source found: whether the index was rebuilt, frames replayed, a torn tail cut. */
    public SourceStore.Recovery recovery(String sourceId) throws IOException {
        return source(sourceId).recovery();
    }

    /** Closes one source (segments and index forced, lock released) if this store holds it open. */
    public void release(String sourceId) throws IOException {
        SourceStore s;
        synchronized (this) {
            s = held.remove(sourceId);
        }
        if (s != null) release(sourceDir(sourceId));
    }

    /** Closes every source this store holds open. */
    @Override
    public void close() throws IOException {
        List<String> ids;
        synchronized (this) {
            ids = new ArrayList<>(held.keySet());
        }
        IOException first = null;
        for (String id : ids) {
            try {
                release(id);
            } catch (IOException e) {
                if (first == null) first = e;
            }
        }
        if (first != null) throw first;
    }

    private synchronized SourceStore source(String sourceId) throws IOException {
        SourceStore s = held.get(sourceId);
        if (s == null) {
            s = acquire(sourceId);
            held.put(sourceId, s);
        }
        return s;
    }

    private SourceStore acquire(String sourceId) throws IOException {
        Path sd = sourceDir(sourceId);
        Path key = sd.toAbsolutePath().normalize();
        synchronized (OPEN) {
            SourceStore s = OPEN.get(key);
            if (s == null) {
                s = SourceStore.open(sourceId, sd, segmentBytes);
                OPEN.put(key, s);
            }
            s.refs++;
            return s;
        }
    }

    private static void release(Path sd) throws IOException {
        Path key = sd.toAbsolutePath().normalize();
        synchronized (OPEN) {
            SourceStore s = OPEN.get(key);
            if (s == null) return;
            if (--s.refs == 0) {
                OPEN.remove(key);
                s.close();
            }
        }
    }

    private Path sourceDir(String sourceId) {
        if (!sourceId.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("bad source id for the raw store: '" + sourceId + "'");
        }
        return dir.resolve(sourceId);
    }
}
