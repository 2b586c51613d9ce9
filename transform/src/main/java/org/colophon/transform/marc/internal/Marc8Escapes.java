package org.colophon.transform.marc.internal;

/**
 * Checks and repairs the escape sequences of MARC-8 text before it reaches marc4j, whose converter loops without end
 * on some damaged ones. The sequences MARC-8 defines are: {@code ESC g|b|p|s} (technique 1: Greek symbols,
 * subscripts, superscripts, back to ASCII); {@code ESC ( , ) -} then an optional {@code !} and a final byte
 * ({@code B E 2 N Q 3 4 S g b p}) for the one-byte sets; {@code ESC $}, optionally {@code ( , ) -}, then {@code 1} for
 * EACC. A sequence that is none of these is repaired: when its intermediate byte is damaged but a final byte follows
 * ({@code ESC 0x08 B}), it becomes the G0 designation of that final ({@code ESC ( B}, or {@code ESC $ 1}); otherwise
 * the ESC and any intermediate bytes are dropped and the text after them kept.
 */
public final class Marc8Escapes {
    private static final byte ESC = 0x1B;

    private Marc8Escapes() {}

    /** True when the bytes {@code [from, to)} hold an escape sequence that {@link #repair} would change. */
    public static boolean damaged(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == ESC && validLength(b, i, to) < 0) return true;
        }
        return false;
    }

    /** The bytes, one char each, with every damaged escape sequence repaired. */
    static char[] repair(byte[] b, int off, int len) {
        int to = off + len;
        char[] out = new char[len + 2];
        int n = 0;
        int i = off;
        while (i < to) {
            if (b[i] != ESC) {
                out = room(out, n, 1);
                out[n++] = (char) (b[i++] & 0xFF);
                continue;
            }
            int valid = validLength(b, i, to);
            if (valid > 0) {
                out = room(out, n, valid);
                for (int k = 0; k < valid; k++) out[n++] = (char) (b[i + k] & 0xFF);
                i += valid;
                continue;
            }
            // damaged: ESC, then an intermediate that is no intermediate, then a final byte that survived
            if (i + 2 < to
                    && !intermediate(b[i + 1])
                    && b[i + 1] != '$'
                    && (oneByteFinal(b[i + 2]) || b[i + 2] == '1')) {
                out = room(out, n, 3);
                out[n++] = (char) ESC;
                out[n++] = b[i + 2] == '1' ? '$' : '(';
                out[n++] = (char) b[i + 2];
                i += 3;
                continue;
            }
            i++; // drop the ESC and the intermediates that belonged to it
            while (i < to && (intermediate(b[i]) || b[i] == '$' || b[i] == '!')) i++;
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private static char[] room(char[] out, int n, int more) {
        return n + more <= out.length ? out : java.util.Arrays.copyOf(out, Math.max(out.length * 2, n + more));
    }

    /** The length of the valid escape sequence at {@code i}, or -1. */
    private static int validLength(byte[] b, int i, int to) {
        if (i + 1 >= to) return -1;
        byte c = b[i + 1];
        if (c == 'g' || c == 'b' || c == 'p' || c == 's') return 2;
        if (intermediate(c)) {
            int j = i + 2;
            if (j < to && b[j] == '!') j++;
            return j < to && oneByteFinal(b[j]) ? j + 1 - i : -1;
        }
        if (c == '$') {
            int j = i + 2;
            if (j < to && intermediate(b[j])) j++;
            return j < to && b[j] == '1' ? j + 1 - i : -1;
        }
        return -1;
    }

    private static boolean intermediate(byte c) {
        return c == '(' || c == ',' || c == ')' || c == '-';
    }

    private static boolean oneByteFinal(byte c) {
        return switch (c) {
            case 'B', 'E', '2', 'N', 'Q', '3', '4', 'S', 'g', 'b', 'p' -> true;
            default -> false;
        };
    }
}
