package org.colophon.transform.marc.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colophon.transform.marc.Field;
import org.colophon.transform.marc.MarcDecodeException;
import org.colophon.transform.marc.MarcRecord;
import org.colophon.transform.marc.Repair;

/**
 * Reads one ISO 2709 record in a single pass over its bytes. The directory is used when every entry points at a
 * field that ends with a field terminator; otherwise the data is split on field terminators and each directory
 * entry is paired with the field that ends where the entry ends, counted in the bytes as they are or as they were
 * before each round of double encoding ({@link Mojibake}). A terminator no entry ends at does not start a field: the
 * bytes after it stay with the field before, so no field takes another's tag. When no such pairing exists, the
 * directory lends its tags in order if it lists at least as many fields as the data holds, and the record is
 * rejected if it lists fewer (which tag belongs to which field cannot be told then). Leader lengths are never
 * trusted. Bytes without any field terminator are rejected.
 */
public final class Iso2709Decoder {
    static final byte RT = 0x1D;
    static final byte FT = 0x1E;
    static final byte SD = 0x1F;

    private Iso2709Decoder() {}

    public static MarcRecord decode(byte[] b) throws MarcDecodeException {
        return decode(b, null);
    }

    /**
     * Reads the record's structure and gives every value as its bytes, one character per byte ({@link
     * MarcText.Charset#BYTES}), for a reader that chooses the character set from the record's own fields (UNIMARC's
     * 100 $a/26-29) once it has them. Nothing is repaired in the text; the structure is repaired as always.
     */
    public static MarcRecord decodeBytes(byte[] b) throws MarcDecodeException {
        return decode(b, MarcText.Charset.BYTES);
    }

    private static MarcRecord decode(byte[] b, MarcText.Charset forced) throws MarcDecodeException {
        int start = 0;
        while (start < b.length && isBlank(b[start])) start++;
        int end = b.length;
        while (end > start && (b[end - 1] == RT || isBlank(b[end - 1]))) end--;
        int dirEnd = indexOf(b, FT, start, end);
        if (dirEnd < 0) {
            throw new MarcDecodeException("not an ISO 2709 record: no field terminator (0x1E) in " + (end - start)
                    + " bytes from byte offset " + start);
        }
        int dirStart = directoryStart(b, start, dirEnd);
        String leader = dirStart < start + 24 && dirStart < dirEnd
                // a leader that lost its first bytes keeps the rest at their positions
                ? MarcText.leader(" ".repeat(start + 24 - dirStart) + latin1(b, start, dirStart))
                : MarcText.leader(latin1(b, Math.max(start, dirStart - 24), Math.min(dirStart, dirEnd)));
        Directory dir = Directory.parse(b, dirStart, dirEnd, leader);
        MarcText.Charset cs = forced != null ? forced : MarcText.choose(b, dirEnd + 1, end, leader.charAt(9));
        Set<Repair> repairs = EnumSet.noneOf(Repair.class);
        char label = leader.charAt(9);
        if (forced == null
                && (cs == MarcText.Charset.UTF8 && label != 'a' || cs == MarcText.Charset.MARC8 && label == 'a')) {
            repairs.add(Repair.CHARSET_LABEL);
        }
        if (cs == MarcText.Charset.MARC8 && Marc8Escapes.damaged(b, dirEnd + 1, end)) repairs.add(Repair.MARC8_ESCAPE);
        List<Field> fields = new ArrayList<>(dir.size() + 4);
        FieldBuilder fb = new FieldBuilder();
        int base = dirEnd + 1;
        if (dir.consistent(b, base, end)) {
            for (int i = 0; i < dir.size(); i++) {
                int from = base + dir.start(i);
                fields.add(field(b, from, from + dir.length(i) - 1, dir.tag(i), cs, fb));
            }
        } else {
            repairs.add(Repair.DIRECTORY);
            resynchronise(b, base, end, dir, cs, fb, fields, repairs);
        }
        MarcRecord record = new MarcRecord(leader, fields, repairs);
        // ASCII and MARC-8 text cannot hold double-encoded UTF-8
        return cs == MarcText.Charset.UTF8 ? Mojibake.repair(record) : record;
    }

    /** Reads the fields of a record whose directory does not match its data, on the field terminators. */
    private static void resynchronise(
            byte[] b,
            int base,
            int end,
            Directory dir,
            MarcText.Charset cs,
            FieldBuilder fb,
            List<Field> fields,
            Set<Repair> repairs)
            throws MarcDecodeException {
        Chunks chunks = Chunks.split(b, base, end);
        int[] owner = pairOnTerminators(b, chunks, dir);
        if (owner != null) {
            for (int j = 0; j < chunks.size(); ) {
                int k = j + 1;
                while (k < chunks.size() && owner[k] < 0) k++;
                if (k > j + 1 || owner[j] < 0) repairs.add(Repair.STRAY_TERMINATOR);
                String tag = owner[j] >= 0 ? dir.tag(owner[j]) : "???";
                fields.add(field(b, chunks.from(j), chunks.to(k - 1), tag, cs, fb));
                j = k;
            }
            return;
        }
        if (chunks.size() > dir.size()) {
            throw new MarcDecodeException("the directory lists " + dir.size() + " fields but the data holds "
                    + chunks.size() + ", and no entry ends where a field ends: which tag belongs to which field"
                    + " cannot be told");
        }
        for (int j = 0; j < chunks.size(); j++) fields.add(field(b, chunks.from(j), chunks.to(j), dir.tag(j), cs, fb));
    }

    /**
     * For each chunk, the directory entry that ends where it ends, or -1; {@code null} unless every entry ends at a
     * distinct terminator, counting lengths in the bytes as they are or as they were some rounds of double encoding
     * ago (a directory written before the last round still lines up with the data then).
     */
    private static int[] pairOnTerminators(byte[] b, Chunks chunks, Directory dir) {
        if (!dir.numeric() || dir.size() == 0) return null;
        int m = chunks.size();
        int[][] lengths = new int[m][];
        int rounds = 0;
        for (int j = 0; j < m; j++) {
            lengths[j] = Mojibake.lengthsByRound(b, chunks.from(j), chunks.to(j));
            rounds = Math.max(rounds, lengths[j].length - 1);
        }
        for (int round = 0; round <= rounds; round++) {
            Map<Integer, Integer> chunkEndingAt = new HashMap<>();
            int offset = 0;
            for (int j = 0; j < m; j++) {
                int[] l = lengths[j];
                offset += l[Math.min(round, l.length - 1)];
                chunkEndingAt.put(offset, j);
                offset++;
            }
            int[] owner = new int[m];
            Arrays.fill(owner, -1);
            boolean all = true;
            for (int i = 0; i < dir.size() && all; i++) {
                Integer j = chunkEndingAt.get(dir.start(i) + dir.length(i) - 1);
                all = j != null && owner[j] < 0;
                if (all) owner[j] = i;
            }
            if (all) return owner;
        }
        return null;
    }

    /** The stretches between field terminators: each ends before a terminator or at the end of the data. */
    private record Chunks(int[] bounds, int size) {
        static Chunks split(byte[] b, int from, int end) {
            int[] bounds = new int[16];
            int n = 0;
            int p = from;
            while (p < end) {
                int to = indexOf(b, FT, p, end);
                if (to < 0) to = end;
                if (2 * n + 2 > bounds.length) bounds = Arrays.copyOf(bounds, bounds.length * 2);
                bounds[2 * n] = p;
                bounds[2 * n + 1] = to;
                n++;
                p = to + 1;
            }
            return new Chunks(bounds, n);
        }

        int from(int j) {
            return bounds[2 * j];
        }

        int to(int j) {
            return bounds[2 * j + 1];
        }
    }

    /**
     * The directory starts 24 bytes in, or later when the leader carries extra bytes (a repeated length), or earlier
     * when it lost some (a blanked length): another start is taken only when its first entry reads as digits, the
     * standard one does not, and the directory then holds whole entries.
     */
    private static int directoryStart(byte[] b, int start, int dirEnd) {
        int std = start + 24;
        int len = dirEnd - std;
        if (len <= 0) return Math.min(std, dirEnd);
        if (len % 12 == 0) return std;
        int shifted = std + len % 12;
        // or the leader lost bytes at its start: a record length blanked out, taken for blanks between records
        int earlier = std - (12 - len % 12);
        int best = std;
        int bestScore = chained(b, std, dirEnd);
        if (bestScore < 0 || !entryLooksValid(b, std, dirEnd)) bestScore = -1;
        for (int candidate : new int[] {shifted, earlier}) {
            if (candidate <= start || !entryLooksValid(b, candidate, dirEnd)) continue;
            int score = chained(b, candidate, dirEnd);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** How many entries of a directory read from {@code p} start where the entry before them ends. */
    private static int chained(byte[] b, int p, int dirEnd) {
        int n = 0;
        long end = -1;
        for (int e = p; e + 12 <= dirEnd; e += 12) {
            long length = number(b, e + 3, e + 7);
            long at = number(b, e + 7, e + 12);
            if (length < 0 || at < 0) continue;
            if (at == end) n++;
            end = at + length;
        }
        return n;
    }

    private static long number(byte[] b, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') return -1;
            v = v * 10 + b[i] - '0';
        }
        return v;
    }

    private static boolean entryLooksValid(byte[] b, int p, int dirEnd) {
        if (p + 12 > dirEnd) return false;
        for (int i = p + 3; i < p + 12; i++) if (b[i] < '0' || b[i] > '9') return false;
        return true;
    }

    private static Field field(byte[] b, int from, int to, String tag, MarcText.Charset cs, FieldBuilder fb) {
        int sd = indexOf(b, SD, from, to);
        if (sd < 0) return Field.control(tag, MarcText.decode(b, from, to - from, cs));
        char ind1 = sd > from ? (char) (b[from] & 0xFF) : ' ';
        char ind2 = sd > from + 1 ? (char) (b[from + 1] & 0xFF) : ' ';
        fb.start(tag, ind1, ind2);
        if (sd > from + 2) fb.add('?', MarcText.decode(b, from + 2, sd - from - 2, cs));
        int p = sd;
        while (p < to) {
            int next = indexOf(b, SD, p + 1, to);
            if (next < 0) next = to;
            if (next > p + 1) {
                int c = b[p + 1] & 0xFF;
                if (c > 0x20 && c < 0x7F) {
                    fb.add((char) c, MarcText.decode(b, p + 2, next - p - 2, cs));
                } else {
                    fb.add('?', MarcText.decode(b, p + 1, next - p - 1, cs));
                }
            }
            p = next;
        }
        return fb.build();
    }

    static int indexOf(byte[] b, byte x, int from, int to) {
        for (int i = from; i < to; i++) if (b[i] == x) return i;
        return -1;
    }

    private static boolean isBlank(byte c) {
        return c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == 0;
    }

    static String latin1(byte[] b, int from, int to) {
        return to > from ? new String(b, from, to - from, StandardCharsets.ISO_8859_1) : "";
    }
}
