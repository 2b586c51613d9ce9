package org.colophon.harvester.raw.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The raw store's index of one source: identifier fingerprint → where the latest version of the record is. An
 * open-addressing hash table (linear probing, at most 70 % full, doubled when fuller) in a file, {@code index.dat},
 * mapped into memory: the heap holds none of it, the operating system caches what is used.
 *
 * <pre>
 * header (4096 bytes): "CLPHIDX1" | i32 version | i32 state (0 closed cleanly, 1 open) | i64 capacity (slots) |
 *   i64 used | i64 covered segment | i64 covered offset | 40 bytes boot id of the machine that opened it
 * slot (24 bytes): i64 fingerprint high (0: empty) | i32 fingerprint low | i32 frame length |
 *   i64 location = kind (2 bits) | segment (30 bits) | offset (32 bits)
 * </pre>
 *
 * The fingerprint is the first 96 bits of the SHA-1 of the identifier: two different identifiers share one with
 * probability about n²/2⁹⁷ (10⁻¹⁴ for 30 million records). "Covered" says up to where the segments are in the
 * index; everything after it is replayed from the segments when the store opens. The index is derived data: when it
 * is missing, damaged, or was left open by a machine that has since rebooted (so its pages may not have reached the
 * disk), it is rebuilt from the segments.
 */
public final class HashIndex implements Closeable {
    static final int HEADER = 4096;
    static final int SLOT = 24;
    private static final byte[] MAGIC = "CLPHIDX1".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    private static final int CHUNK_SLOTS = 1 << 22;
    private static final long MIN_CAPACITY = 1 << 14;

    private final Path file;
    private FileChannel ch;
    private MappedByteBuffer header;
    private MappedByteBuffer[] chunks;
    private long capacity;
    private long used;

    private HashIndex(Path file) {
        this.file = file;
    }

    /** Opens an existing index; null when it is missing or not one this code reads. */
    static HashIndex openExisting(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) < HEADER) return null;
        HashIndex x = new HashIndex(file);
        x.map();
        byte[] magic = new byte[MAGIC.length];
        x.header.get(0, magic);
        long cap = x.header.getLong(16);
        if (!Arrays.equals(magic, MAGIC)
                || x.header.getInt(8) != VERSION
                || Long.bitCount(cap) != 1
                || Files.size(file) != HEADER + cap * SLOT) {
            x.close();
            return null;
        }
        x.capacity = cap;
        x.used = x.header.getLong(24);
        x.mapSlots();
        return x;
    }

    /** Creates an empty index for about {@code expected} records, replacing any file there. */
    static HashIndex create(Path file, long expected) throws IOException {
        long cap = MIN_CAPACITY;
        while (cap * 7 / 10 < expected) cap <<= 1;
        return withCapacity(file, cap);
    }

    private static HashIndex withCapacity(Path file, long cap) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer h = java.nio.ByteBuffer.allocate(HEADER);
            h.put(MAGIC)
                    .putInt(VERSION)
                    .putInt(1)
                    .putLong(cap)
                    .putLong(0)
                    .putLong(0)
                    .putLong(0);
            h.rewind();
            c.write(h, 0);
            // the slots are a hole in the file: zeros that take no disk until written
            c.write(java.nio.ByteBuffer.allocate(1), HEADER + cap * SLOT - 1);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        HashIndex x = openExisting(file);
        if (x == null) throw new IOException(file + ": the index just written does not read back");
        return x;
    }

    private void map() throws IOException {
        ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        header = ch.map(FileChannel.MapMode.READ_WRITE, 0, HEADER);
    }

    private void mapSlots() throws IOException {
        int n = (int) ((capacity + CHUNK_SLOTS - 1) / CHUNK_SLOTS);
        chunks = new MappedByteBuffer[n];
        for (int i = 0; i < n; i++) {
            long first = (long) i * CHUNK_SLOTS;
            long slots = Math.min(CHUNK_SLOTS, capacity - first);
            chunks[i] = ch.map(FileChannel.MapMode.READ_WRITE, HEADER + first * SLOT, slots * SLOT);
        }
    }

    // --- header

    boolean closedCleanly() {
        return header.getInt(12) == 0;
    }

    String bootId() {
        byte[] b = new byte[40];
        header.get(48, b);
        return new String(b, StandardCharsets.US_ASCII).trim();
    }

    /** Marks the index open (by this boot of the machine) or closed cleanly. */
    void state(boolean open, String boot) {
        byte[] b = Arrays.copyOf((boot == null ? "" : boot).getBytes(StandardCharsets.US_ASCII), 40);
        for (int i = 0; i < b.length; i++) if (b[i] == 0) b[i] = ' ';
        header.put(48, b);
        header.putInt(12, open ? 1 : 0);
    }

    long coveredSegment() {
        return header.getLong(32);
    }

    long coveredOffset() {
        return header.getLong(40);
    }

    void covered(long segment, long offset) {
        header.putLong(32, segment);
        header.putLong(40, offset);
    }

    long used() {
        return used;
    }

    long capacity() {
        return capacity;
    }

    // --- slots

    private long k1(long slot) {
        return chunks[(int) (slot / CHUNK_SLOTS)].getLong((int) (slot % CHUNK_SLOTS) * SLOT);
    }

    private int k2(long slot) {
        return chunks[(int) (slot / CHUNK_SLOTS)].getInt((int) (slot % CHUNK_SLOTS) * SLOT + 8);
    }

    int length(long slot) {
        return chunks[(int) (slot / CHUNK_SLOTS)].getInt((int) (slot % CHUNK_SLOTS) * SLOT + 12);
    }

    long location(long slot) {
        return chunks[(int) (slot / CHUNK_SLOTS)].getLong((int) (slot % CHUNK_SLOTS) * SLOT + 16);
    }

    private void write(long slot, long k1, int k2, int length, long location) {
        MappedByteBuffer c = chunks[(int) (slot / CHUNK_SLOTS)];
        int at = (int) (slot % CHUNK_SLOTS) * SLOT;
        c.putInt(at + 8, k2);
        c.putInt(at + 12, length);
        c.putLong(at + 16, location);
        c.putLong(at, k1); // last: a slot is taken once its key is there
    }

    /** The slot holding this fingerprint, or -1. */
    long find(long k1, int k2) {
        long mask = capacity - 1;
        for (long s = mix(k1) & mask; ; s = (s + 1) & mask) {
            long k = k1(s);
            if (k == 0) return -1;
            if (k == k1 && k2(s) == k2) return s;
        }
    }

    /** Sets where the latest version of a record is. */
    void put(long k1, int k2, int length, long location) throws IOException {
        if ((used + 1) * 10 > capacity * 7) grow();
        long mask = capacity - 1;
        for (long s = mix(k1) & mask; ; s = (s + 1) & mask) {
            long k = k1(s);
            if (k == 0) {
                write(s, k1, k2, length, location);
                used++;
                header.putLong(24, used);
                return;
            }
            if (k == k1 && k2(s) == k2) {
                write(s, k1, k2, length, location);
                return;
            }
        }
    }

    /** Calls {@code each} with the length and location of every record in the index. */
    void forEach(Entry each) {
        for (long s = 0; s < capacity; s++) {
            if (k1(s) != 0) each.accept(length(s), location(s));
        }
    }

    interface Entry {
        void accept(int length, long location);
    }

    /** Doubles the table into a new file and swaps it in. */
    private void grow() throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".grow");
        HashIndex bigger = withCapacity(next, capacity * 2);
        try {
            for (long s = 0; s < capacity; s++) {
                long k = k1(s);
                if (k != 0) bigger.put(k, k2(s), length(s), location(s));
            }
            byte[] h = new byte[HEADER];
            header.get(0, h);
            bigger.header.put(0, h);
            bigger.header.putLong(16, bigger.capacity);
            bigger.header.putLong(24, bigger.used);
            bigger.force();
        } finally {
            bigger.close();
        }
        close();
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        map();
        capacity = header.getLong(16);
        used = header.getLong(24);
        mapSlots();
    }

    /** Writes the mapped pages to disk. */
    void force() {
        header.force();
        for (MappedByteBuffer c : chunks) c.force();
    }

    @Override
    public void close() throws IOException {
        if (ch != null) ch.close();
        ch = null;
    }

    private static long mix(long k) {
        // the fingerprint is already a hash; fold the high bits in so a power-of-two table uses all of it
        return k ^ (k >>> 29) ^ (k >>> 47);
    }

    /** The raw store files the index may have left behind half made. */
    static List<Path> leftovers(Path file) {
        List<Path> out = new ArrayList<>();
        out.add(file.resolveSibling(file.getFileName() + ".tmp"));
        out.add(file.resolveSibling(file.getFileName() + ".grow"));
        out.add(file.resolveSibling(file.getFileName() + ".grow.tmp"));
        return out;
    }
}
