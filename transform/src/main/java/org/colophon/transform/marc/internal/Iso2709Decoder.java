package org.colophon.transform.marc.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.colophon.transform.marc.Field;
import org.colophon.transform.marc.MarcDecodeException;
import org.colophon.transform.marc.MarcRecord;

/**
 * Reads one ISO 2709 record in a single pass over its bytes. The directory is used when every entry points at a
 * field that ends with a field terminator; otherwise the data is split on field terminators and the directory
 * only lends its tags. Leader lengths are never trusted. Only bytes without any field terminator are rejected.
 */
public final class Iso2709Decoder {
    static final byte RT = 0x1D;
    static final byte FT = 0x1E;
    static final byte SD = 0x1F;

    private Iso2709Decoder() {}

    public static MarcRecord decode(byte[] b) throws MarcDecodeException {
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
        String leader = MarcText.leader(latin1(b, Math.max(start, dirStart - 24), Math.min(dirStart, dirEnd)));
        Directory dir = Directory.parse(b, dirStart, dirEnd, leader);
        MarcText.Charset cs = MarcText.choose(b, dirEnd + 1, end, leader.charAt(9));
        List<Field> fields = new ArrayList<>(dir.size() + 4);
        FieldBuilder fb = new FieldBuilder();
        if (dir.consistent(b, dirEnd + 1, end)) {
            for (int i = 0; i < dir.size(); i++) {
                int from = dirEnd + 1 + dir.start(i);
                fields.add(field(b, from, from + dir.length(i) - 1, dir.tag(i), cs, fb));
            }
        } else {
            int from = dirEnd + 1;
            int i = 0;
            while (from < end) {
                int to = indexOf(b, FT, from, end);
                if (to < 0) to = end;
                String tag = i < dir.size() ? dir.tag(i) : "???";
                if (to > from || i < dir.size()) fields.add(field(b, from, to, tag, cs, fb));
                from = to + 1;
                i++;
            }
        }
        return new MarcRecord(leader, fields);
    }

    /**
     * The directory starts 24 bytes in, or later when the leader carries extra bytes (a repeated length): the later
     * start is taken only when its first entry reads as digits and the standard one does not.
     */
    private static int directoryStart(byte[] b, int start, int dirEnd) {
        int std = start + 24;
        int len = dirEnd - std;
        if (len <= 0) return Math.min(std, dirEnd);
        int shifted = std + len % 12;
        if (shifted == std || entryLooksValid(b, std, dirEnd) || !entryLooksValid(b, shifted, dirEnd)) return std;
        return shifted;
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
