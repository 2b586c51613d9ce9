package org.colophon.harvester.files.internal;

import java.io.IOException;
import java.io.InputStream;
import org.colophon.record.RecordFormat;

/**
 * Guesses a file's record format from its first non-blank bytes. ISO 2709 is told by the record length's five digits,
 * or, when those are damaged, by the rest of the leader and the directory, so a first record with a bad length is
 * read (and repaired) like any other.
 */
public final class FormatSniffer {
    private FormatSniffer() {}

    public static RecordFormat sniff(InputStream in, String name) throws IOException {
        String n = name.toLowerCase(java.util.Locale.ROOT).replaceFirst("\\.gz$", "");
        if (n.endsWith(".ttl") || n.endsWith(".nt") || n.endsWith(".rdf") || n.endsWith(".owl")) {
            return RecordFormat.RDF;
        }
        byte[] head = in.readNBytes(256);
        int i = 0;
        int bomless = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
            bomless = 3;
        }
        while (i < head.length && Character.isWhitespace(head[i])) i++;
        if (i >= head.length) throw new IOException(name + ": empty file, no records to read");
        byte c = head[i];
        if (c == '<') return RecordFormat.MARCXML;
        if (c == '{' || c == '[') return RecordFormat.MARC_JSON;
        int digits = 0;
        while (i + digits < head.length && digits < 5 && Character.isDigit(head[i + digits])) digits++;
        if (digits == 5) return RecordFormat.MARC21;
        // a length blanked out is skipped as blank: the leader may start before the first non-blank byte
        for (int j = Math.max(bomless, i - 5); j <= i; j++) if (looksLikeLeader(head, j)) return RecordFormat.MARC21;
        throw new IOException(
                name + ": not ISO 2709, XML or JSON (starts with byte 0x" + Integer.toHexString(c & 0xFF) + ")");
    }

    /**
     * A leader whose length may be damaged: the base address (12-16) and the entry map (20-22) are digits, or the
     * directory after the leader is digits in entries of twelve up to a field terminator.
     */
    static boolean looksLikeLeader(byte[] head, int i) {
        if (head.length < i + 24) return false;
        if (digits(head, i + 12, i + 17) && digits(head, i + 20, i + 23)) return true;
        int ft = i + 24;
        while (ft < head.length && head[ft] != 0x1E) ft++;
        int dir = ft - (i + 24);
        return ft < head.length && dir >= 12 && dir % 12 == 0 && digitsOrTag(head, i + 24, ft);
    }

    private static boolean digits(byte[] b, int from, int to) {
        for (int k = from; k < to; k++) if (b[k] < '0' || b[k] > '9') return false;
        return true;
    }

    /** Directory entries: a tag of three alphanumerics, then nine digits. */
    private static boolean digitsOrTag(byte[] b, int from, int to) {
        for (int e = from; e < to; e += 12) {
            for (int k = 0; k < 3; k++) if (!Character.isLetterOrDigit(b[e + k])) return false;
            if (!digits(b, e + 3, e + 12)) return false;
        }
        return true;
    }
}
