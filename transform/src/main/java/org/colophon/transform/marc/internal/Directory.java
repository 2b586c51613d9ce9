package org.colophon.transform.marc.internal;

import java.util.Arrays;

/** The entries of an ISO 2709 directory: tag, field length and field start, as far as they can be read. */
final class Directory {
    private final String[] tags;
    private final int[] lengths;
    private final int[] starts;
    private final boolean numeric;

    private Directory(String[] tags, int[] lengths, int[] starts, boolean numeric) {
        this.tags = tags;
        this.lengths = lengths;
        this.starts = starts;
        this.numeric = numeric;
    }

    /** Reads entries of leader/20-22 lengths (4, 5, 0 when the leader says nothing usable). */
    static Directory parse(byte[] b, int from, int to, String leader) {
        int lenLen = digit(leader.charAt(20), 4);
        int startLen = digit(leader.charAt(21), 5);
        int implLen = digit(leader.charAt(22), 0);
        int size = 3 + lenLen + startLen + implLen;
        if (lenLen == 0 || startLen == 0 || (to - from) % size != 0) {
            lenLen = 4;
            startLen = 5;
            size = 12;
        }
        int n = Math.max(0, (to - from) / size);
        String[] tags = new String[n];
        int[] lengths = new int[n];
        int[] starts = new int[n];
        boolean numeric = true;
        for (int i = 0; i < n; i++) {
            int p = from + i * size;
            tags[i] = tag(b, p);
            lengths[i] = number(b, p + 3, lenLen);
            starts[i] = number(b, p + 3 + lenLen, startLen);
            if (lengths[i] <= 0 || starts[i] < 0) numeric = false;
        }
        int rest = (to - from) - n * size;
        if (rest >= 3) {
            tags = Arrays.copyOf(tags, n + 1);
            tags[n] = tag(b, from + n * size);
            numeric = false;
        }
        return new Directory(tags, lengths, starts, numeric);
    }

    /** True when every entry points inside {@code [base, end)} at a field that ends with a field terminator. */
    boolean consistent(byte[] b, int base, int end) {
        if (!numeric || lengths.length != tags.length || tags.length == 0) return false;
        for (int i = 0; i < lengths.length; i++) {
            int last = base + starts[i] + lengths[i] - 1;
            if (last >= end || b[last] != Iso2709Decoder.FT) return false;
        }
        return true;
    }

    /** True when every entry's length and start could be read as numbers. */
    boolean numeric() {
        return numeric && lengths.length == tags.length;
    }

    int size() {
        return tags.length;
    }

    String tag(int i) {
        return tags[i];
    }

    int length(int i) {
        return lengths[i];
    }

    int start(int i) {
        return starts[i];
    }

    private static String tag(byte[] b, int p) {
        char[] t = new char[3];
        for (int i = 0; i < 3; i++) {
            int c = b[p + i] & 0xFF;
            t[i] = c > 0x20 && c < 0x7F ? (char) c : '?';
        }
        return new String(t);
    }

    private static int digit(char c, int fallback) {
        return c >= '0' && c <= '9' ? c - '0' : fallback;
    }

    private static int number(byte[] b, int p, int len) {
        int v = 0;
        for (int i = 0; i < len; i++) {
            int c = b[p + i];
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
