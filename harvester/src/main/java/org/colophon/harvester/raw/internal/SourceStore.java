package org.colophon.harvester.raw.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Inflater;
import org.colophon.harvester.raw.RawRecord;

/**
 * The raw store of one source: append-only segment files ({@code seg-000001.dat} …, see {@link Frames}) and the
 * index of where each record's latest version is ({@link HashIndex}). One writer per source: a lock file keeps other
 * processes out while it is open (within a JVM, {@code RawStore} shares one instance).
 *
 * <p>Writing a page is one write at the end of the active segment (a new segment is started first when the page
 * would take the active one past the roll size), then the index is pointed at the new frames and its "covered"
 * position moved past them. A kill can therefore leave, at worst, a torn page at the end of the last segment that
 * the index does not cover: opening replays the segments from the covered position, keeps the whole frames and cuts
 * the torn tail off. Compaction copies the latest versions out of segments that are more than half superseded into
 * the active segment, frame by frame as they are, then deletes those segments.
 */
public final class SourceStore {
    private static final Pattern SEGMENT = Pattern.compile("seg-(\\d{6,})\\.dat");
    private static final Pattern LEGACY_DIR = Pattern.compile("[0-9a-f]{2}");
    private static final int LEGACY_BATCH = 500;
    private static final int COPY_BATCH = 1 << 20;
    private static final String BOOT_ID = bootId();

    /** What opening found and did. */
    public record Recovery(boolean rebuilt, long replayedFrames, long tornBytes, long damagedBytes, long migrated) {}

    private final String sourceId;
    private final Path dir;
    private final long rollBytes;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final TreeMap<Integer, Path> segments = new TreeMap<>();
    private final Frames.Encoder encoder = new Frames.Encoder();
    private final Inflater inflater = new Inflater(true);
    private final MessageDigest sha1;
    private HashIndex index;
    private FileChannel active;
    private int activeNo;
    private long activeSize;
    private boolean headerPending;
    private int readers;
    private Recovery recovery;
    /** References held by RawStore instances; guarded by RawStore's registry. */
    public int refs;

    private SourceStore(String sourceId, Path dir, long rollBytes, FileChannel lockChannel, FileLock lock) {
        this.sourceId = sourceId;
        this.dir = dir;
        this.rollBytes = rollBytes;
        this.lockChannel = lockChannel;
        this.lock = lock;
        try {
            this.sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens (and recovers, and migrates the one-file-per-record layout of) the store of one source. */
    public static SourceStore open(String sourceId, Path dir, long rollBytes) throws IOException {
        Files.createDirectories(dir);
        FileChannel lc = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lc.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            lc.close();
            throw new IOException("the raw store of source '" + sourceId + "' (" + dir
                    + ") is in use by another process; wait for it to finish");
        }
        SourceStore s = new SourceStore(sourceId, dir, rollBytes, lc, lock);
        try {
            s.recover();
        } catch (IOException | RuntimeException e) {
            s.closeQuietly();
            throw e;
        }
        return s;
    }

    public Recovery recovery() {
        return recovery;
    }

    public String sourceId() {
        return sourceId;
    }

    // --- opening

    private void recover() throws IOException {
        Path indexFile = dir.resolve("index.dat");
        for (Path p : HashIndex.leftovers(indexFile)) Files.deleteIfExists(p);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Matcher m = SEGMENT.matcher(p.getFileName().toString());
                if (m.matches()) segments.put(Integer.parseInt(m.group(1)), p);
            }
        }
        // a segment started by a kill before its header was written holds nothing
        if (!segments.isEmpty() && !hasHeader(segments.lastEntry().getValue())) {
            Files.delete(segments.pollLastEntry().getValue());
        }
        index = HashIndex.openExisting(indexFile);
        boolean rebuilt = false;
        if (index == null || !trusted(index)) {
            if (index != null) index.close();
            long bytes = 0;
            for (Path p : segments.values()) bytes += Files.size(p);
            index = HashIndex.create(indexFile, bytes / 1024);
            rebuilt = true;
        }
        index.state(true, BOOT_ID);
        long[] counts = replay();
        long migrated = migrateLegacy();
        recovery = new Recovery(rebuilt, counts[0], counts[1], counts[2], migrated);
    }

    private static boolean hasHeader(Path segment) throws IOException {
        try (FileChannel c = FileChannel.open(segment, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(Frames.SEGMENT_HEADER);
            while (b.hasRemaining() && c.read(b, b.position()) > 0) {}
            b.flip();
            return Frames.isSegmentHeader(b);
        }
    }

    /**
     * Whether the index can be trusted up to its covered position: it was closed cleanly, or left open by a kill on
     * this same boot of the machine (so its mapped pages are in the page cache, whole); and its covered position is
     * inside the segments there are.
     */
    private boolean trusted(HashIndex x) throws IOException {
        boolean intact = x.closedCleanly() || (!BOOT_ID.isEmpty() && BOOT_ID.equals(x.bootId()));
        if (!intact) return false;
        long seg = x.coveredSegment();
        long off = x.coveredOffset();
        if (seg == 0 && off == 0) return x.used() == 0;
        Path p = segments.get((int) seg);
        return p != null && off >= Frames.SEGMENT_HEADER && off <= Files.size(p);
    }

    /** Indexes the frames after the covered position; cuts a torn tail off the last segment. */
    private long[] replay() throws IOException {
        long frames = 0;
        long torn = 0;
        long damaged = 0;
        int coveredSeg = (int) index.coveredSegment();
        long coveredOff = index.coveredOffset();
        for (Map.Entry<Integer, Path> e :
                new ArrayList<>(segments.tailMap(coveredSeg, true).entrySet())) {
            int no = e.getKey();
            long start = no == coveredSeg ? Math.max(coveredOff, Frames.SEGMENT_HEADER) : Frames.SEGMENT_HEADER;
            long end;
            try (SegmentScanner sc = new SegmentScanner(e.getValue(), start, -1)) {
                end = sc.limit();
                while (sc.next()) {
                    if (sc.damaged()) {
                        if (no == segments.lastKey() && sc.offset() + sc.length() >= sc.limit()) {
                            torn += sc.length();
                            end = sc.offset();
                            break;
                        }
                        damaged += sc.length();
                        continue;
                    }
                    String id = Frames.identifier(sc.buffer(), sc.bodyOffset());
                    index(id, Frames.kind(sc.buffer(), sc.bodyOffset()), no, sc.offset(), (int) sc.length());
                    frames++;
                }
            }
            if (end < Files.size(e.getValue())) {
                try (FileChannel c = FileChannel.open(e.getValue(), StandardOpenOption.WRITE)) {
                    c.truncate(end);
                    c.force(false);
                }
            }
            index.covered(no, end);
        }
        return new long[] {frames, torn, damaged};
    }

    // --- writing

    /** Appends one page of records: one write, then the index. */
    public synchronized void putPage(List<RawRecord> page) throws IOException {
        if (page.isEmpty()) return;
        ByteArrayOutputStream buf = new ByteArrayOutputStream(8192);
        List<Meta> metas = new ArrayList<>(page.size());
        for (RawRecord r : page) {
            int len = encoder.record(r, buf);
            metas.add(new Meta(r.identifier(), r.deleted() ? Frames.DELETED : Frames.LIVE, len));
        }
        append(buf.toByteArray(), buf.size(), metas);
    }

    /** Appends markers that these records are no longer in the store. */
    public synchronized void putRemoved(List<String> identifiers) throws IOException {
        if (identifiers.isEmpty()) return;
        ByteArrayOutputStream buf = new ByteArrayOutputStream(64 * identifiers.size());
        List<Meta> metas = new ArrayList<>(identifiers.size());
        for (String id : identifiers) metas.add(new Meta(id, Frames.REMOVED, encoder.removed(id, buf)));
        append(buf.toByteArray(), buf.size(), metas);
    }

    private record Meta(String id, int kind, int length) {}

    private void append(byte[] bytes, int n, List<Meta> metas) throws IOException {
        if (active == null) {
            reopenOrRoll();
        } else if (activeSize > Frames.SEGMENT_HEADER && activeSize + n > rollBytes) {
            roll();
        }
        long at = activeSize + (headerPending ? Frames.SEGMENT_HEADER : 0);
        ByteBuffer[] out = headerPending
                ? new ByteBuffer[] {ByteBuffer.wrap(Frames.segmentHeader()), ByteBuffer.wrap(bytes, 0, n)}
                : new ByteBuffer[] {ByteBuffer.wrap(bytes, 0, n)};
        try {
            active.position(activeSize);
            while (out[out.length - 1].hasRemaining()) active.write(out);
        } catch (IOException e) {
            try {
                active.truncate(activeSize);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        headerPending = false;
        long off = at;
        for (Meta m : metas) {
            index(m.id(), m.kind(), activeNo, off, m.length());
            off += m.length();
        }
        activeSize = at + n;
        index.covered(activeNo, activeSize);
    }

    /** Opens the last segment for appending if it has room, else starts a new one. */
    private void reopenOrRoll() throws IOException {
        if (!segments.isEmpty()) {
            Path last = segments.lastEntry().getValue();
            long size = Files.size(last);
            if (size < rollBytes) {
                active = FileChannel.open(last, StandardOpenOption.WRITE);
                activeNo = segments.lastKey();
                activeSize = size;
                headerPending = false;
                return;
            }
        }
        roll();
    }

    /** Closes the active segment (forced to disk) and starts the next. */
    private void roll() throws IOException {
        closeActive();
        int no = segments.isEmpty() ? 1 : segments.lastKey() + 1;
        Path p = dir.resolve(String.format("seg-%06d.dat", no));
        active = FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        segments.put(no, p);
        activeNo = no;
        activeSize = 0;
        headerPending = true;
    }

    private void closeActive() throws IOException {
        if (active != null) {
            active.force(false);
            active.close();
            active = null;
        }
    }

    private void index(String id, int kind, int segment, long offset, int length) throws IOException {
        byte[] h = fingerprint(id);
        index.put(k1(h), k2(h), length, location(kind, segment, offset));
    }

    /**
     * Forces what was written to disk. Called on the checkpoint writer's thread, so the harvest thread is not held
     * while the disk syncs: only the channel is taken under the lock.
     */
    public void force() throws IOException {
        FileChannel c;
        synchronized (this) {
            c = active;
        }
        if (c == null) return;
        try {
            c.force(false);
        } catch (ClosedChannelException e) {
            // rolled meanwhile, and forced when it was closed
        }
    }

    // --- reading

    /** The latest version of a record, with its deletion; empty when it was never here or was removed. */
    public synchronized Optional<RawRecord> get(String id) throws IOException {
        byte[] h = fingerprint(id);
        long slot = index.find(k1(h), k2(h));
        if (slot < 0) return Optional.empty();
        long loc = index.location(slot);
        if (kind(loc) == Frames.REMOVED) return Optional.empty();
        Path seg = segments.get(segment(loc));
        if (seg == null) throw new IOException("raw store of '" + sourceId + "': segment " + segment(loc) + " missing");
        int len = index.length(slot);
        ByteBuffer b = ByteBuffer.allocate(len);
        try (FileChannel c = FileChannel.open(seg, StandardOpenOption.READ)) {
            while (b.hasRemaining()) {
                if (c.read(b, offset(loc) + b.position()) < 0) break;
            }
        }
        byte[] buf = b.array();
        if (b.position() < len
                || b.getInt(0) != Frames.MAGIC
                || b.getInt(4) != len - Frames.FRAME_HEADER
                || !Frames.crcMatches(buf, Frames.FRAME_HEADER, len - Frames.FRAME_HEADER, b.getInt(8))) {
            throw new IOException(seg.getFileName() + " at " + offset(loc) + ": damaged record " + id);
        }
        return Optional.of(Frames.decode(buf, Frames.FRAME_HEADER, len - Frames.FRAME_HEADER, inflater));
    }

    /** Whether the frame of {@code id} at this segment and offset is its latest version. */
    public synchronized boolean isLatest(String id, int segment, long offset) {
        byte[] h = fingerprint(id);
        long slot = index.find(k1(h), k2(h));
        if (slot < 0) return false;
        long loc = index.location(slot);
        return segment(loc) == segment && offset(loc) == offset;
    }

    /** The first segment after {@code no} (0: the first), or -1. */
    public synchronized int segmentAfter(int no) {
        Integer k = segments.higherKey(no);
        return k == null ? -1 : k;
    }

    public synchronized Path segment(int no) {
        return segments.get(no);
    }

    /** How far a segment may be read: its size, or for the active one what has been written whole. */
    public synchronized long readLimit(int no) throws IOException {
        if (no == activeNo && active != null) return activeSize;
        Path p = segments.get(no);
        return p == null ? 0 : Files.size(p);
    }

    public synchronized void readerOpened() {
        readers++;
    }

    public synchronized void readerClosed() {
        readers--;
    }

    /** Decodes a frame the caller scanned; not thread safe against other decodes, hence synchronized. */
    public synchronized RawRecord decode(byte[] buf, int bodyOffset, int bodyLength) throws IOException {
        return Frames.decode(buf, bodyOffset, bodyLength, inflater);
    }

    // --- compaction

    /** What a compaction did. */
    public record Compaction(int segmentsRewritten, long bytesBefore, long bytesAfter, long framesCopied) {
        public static final Compaction NONE = new Compaction(0, 0, 0, 0);
    }

    /** Bytes of segment files, and bytes of the latest versions in them (frames the index points to). */
    public synchronized Map<Integer, long[]> usage() throws IOException {
        Map<Integer, long[]> out = new TreeMap<>();
        for (Map.Entry<Integer, Path> e : segments.entrySet()) {
            long size = e.getKey() == activeNo && active != null ? activeSize : Files.size(e.getValue());
            out.put(e.getKey(), new long[] {size, 0});
        }
        index.forEach((len, loc) -> {
            long[] u = out.get(segment(loc));
            if (u != null) u[1] += len;
        });
        return out;
    }

    /**
     * Rewrites the segments whose latest versions take less than half their bytes: copies those versions (and the
     * markers of deleted and removed records, so an older version can never come back) to the end of the store,
     * then deletes the segment. Does nothing while the store is being read.
     */
    public synchronized Compaction compact() throws IOException {
        if (readers > 0) return Compaction.NONE;
        List<Integer> candidates = new ArrayList<>();
        long before = 0;
        for (Map.Entry<Integer, long[]> e : usage().entrySet()) {
            long[] u = e.getValue();
            if (u[1] * 2 < u[0] - Frames.SEGMENT_HEADER) {
                candidates.add(e.getKey());
                before += u[0];
            }
        }
        if (candidates.isEmpty()) return Compaction.NONE;
        // the copies go to a segment of their own, never into one that is still to be rewritten
        roll();
        long copied = 0;
        long after = 0;
        for (int no : candidates) {
            Path p = segments.get(no);
            ByteArrayOutputStream batch = new ByteArrayOutputStream();
            List<Meta> metas = new ArrayList<>();
            try (SegmentScanner sc = new SegmentScanner(p, Frames.SEGMENT_HEADER, -1)) {
                while (sc.next()) {
                    if (sc.damaged()) continue;
                    String id = Frames.identifier(sc.buffer(), sc.bodyOffset());
                    if (!isLatest(id, no, sc.offset())) continue;
                    batch.write(sc.buffer(), sc.bodyOffset() - Frames.FRAME_HEADER, (int) sc.length());
                    metas.add(new Meta(id, Frames.kind(sc.buffer(), sc.bodyOffset()), (int) sc.length()));
                    after += sc.length();
                    copied++;
                    if (batch.size() >= COPY_BATCH) {
                        append(batch.toByteArray(), batch.size(), metas);
                        batch.reset();
                        metas.clear();
                    }
                }
            }
            if (!metas.isEmpty()) append(batch.toByteArray(), batch.size(), metas);
            if (active != null) active.force(false);
            index.force();
            segments.remove(no);
            Files.delete(p);
        }
        if (headerPending) {
            // nothing was worth copying: drop the segment started for the copies
            active.close();
            active = null;
            Files.delete(segments.remove(activeNo));
            if (segments.isEmpty()) index.covered(0, 0);
            else
                index.covered(
                        segments.lastKey(), Files.size(segments.lastEntry().getValue()));
        }
        index.force();
        return new Compaction(candidates.size(), before, after, copied);
    }

    // --- the one-file-per-record layout of earlier versions

    /**
     * Moves the records of the earlier layout ({@code ab/cd/abcd….gz}, one gzip file per record) into segments, in
     * pages of {@value #LEGACY_BATCH}, deleting each page's files once it is written and forced; a file that cannot
     * be read is moved to {@code legacy-unreadable/}. Interrupted, it goes on at the next open.
     */
    private long migrateLegacy() throws IOException {
        List<Path> tops = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> Files.isDirectory(p)
                            && LEGACY_DIR.matcher(p.getFileName().toString()).matches())
                    .sorted()
                    .forEach(tops::add);
        }
        if (tops.isEmpty()) return 0;
        long moved = 0;
        List<RawRecord> page = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path top : tops) {
            List<Path> all;
            try (Stream<Path> s = Files.walk(top)) {
                all = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : all) {
                String name = f.getFileName().toString();
                if (name.startsWith(".")) {
                    Files.deleteIfExists(f);
                    continue;
                }
                try {
                    page.add(RawFiles.decode(f));
                    files.add(f);
                } catch (IOException | RuntimeException e) {
                    Path to = Files.createDirectories(dir.resolve("legacy-unreadable"))
                            .resolve(name);
                    Files.move(f, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                if (page.size() >= LEGACY_BATCH) moved += legacyPage(page, files);
            }
            moved += legacyPage(page, files);
            try (Stream<Path> s = Files.walk(top)) {
                for (Path d : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(d);
            }
        }
        return moved;
    }

    private long legacyPage(List<RawRecord> page, List<Path> files) throws IOException {
        int n = page.size();
        putPage(page);
        if (active != null) active.force(false);
        for (Path f : files) Files.deleteIfExists(f);
        page.clear();
        files.clear();
        return n;
    }

    // --- closing

    /** Forces segments and index to disk, marks the index closed cleanly, releases the lock. */
    public synchronized void close() throws IOException {
        try {
            closeActive();
            if (index != null) {
                index.state(false, BOOT_ID);
                index.force();
                index.close();
                index = null;
            }
        } finally {
            encoder.close();
            inflater.end();
            lock.release();
            lockChannel.close();
        }
    }

    private void closeQuietly() {
        try {
            if (active != null) active.close();
            if (index != null) index.close();
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            // closing after a failed open
        }
    }

    /** Number of segment files. */
    public synchronized int segmentCount() {
        return segments.size();
    }

    /** Records in the index (latest versions, deletions and removal markers). */
    public synchronized long indexed() {
        return index.used();
    }

    // --- locations and fingerprints

    static long location(int kind, int segment, long offset) {
        return ((long) kind << 62) | ((long) (segment & 0x3FFFFFFF) << 32) | (offset & 0xFFFFFFFFL);
    }

    static int kind(long loc) {
        return (int) (loc >>> 62);
    }

    static int segment(long loc) {
        return (int) ((loc >>> 32) & 0x3FFFFFFF);
    }

    static long offset(long loc) {
        return loc & 0xFFFFFFFFL;
    }

    private byte[] fingerprint(String id) {
        return sha1.digest(id.getBytes(StandardCharsets.UTF_8));
    }

    private static long k1(byte[] h) {
        long k = ByteBuffer.wrap(h).getLong(0);
        return k == 0 ? 1 : k;
    }

    private static int k2(byte[] h) {
        return ByteBuffer.wrap(h).getInt(8);
    }

    private static String bootId() {
        try {
            Path p = Path.of("/proc/sys/kernel/random/boot_id");
            return Files.isReadable(p) ? Files.readString(p).trim() : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** For tests: the usage of every segment, keyed by number. */
    public synchronized Map<Integer, Path> segments() {
        return new HashMap<>(segments);
    }
}
