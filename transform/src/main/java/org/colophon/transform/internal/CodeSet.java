package org.colophon.transform.internal;

import org.colophon.transform.marc.Field;

/**
 * A set of subfield codes as a rule writes them ({@code $vxyz}, {@code has $3}), made once when the rule is read, as
 * two 64-bit masks over ASCII, so that whether a field holds any of them is one test against the field's own mask
 * ({@link RecordContext#hasAny}) instead of a search of the code string for every subfield. A code outside ASCII
 * (never written in the shipped rules, possible in a damaged record) makes the test read the field as before.
 */
final class CodeSet {
    final String codes;
    final long low;
    final long high;
    /** Every code is below 128: the masks say it all. */
    final boolean ascii;

    private CodeSet(String codes) {
        this.codes = codes;
        long lo = 0;
        long hi = 0;
        boolean a = true;
        for (int i = 0; i < codes.length(); i++) {
            char c = codes.charAt(i);
            if (c >= 128) a = false;
            else if (c < 64) lo |= 1L << c;
            else hi |= 1L << (c - 64);
        }
        this.low = lo;
        this.high = hi;
        this.ascii = a;
    }

    /** The set of the codes in {@code codes}, or null for null. */
    static CodeSet of(String codes) {
        return codes == null ? null : new CodeSet(codes);
    }

    /** Whether subfields {@code from} to {@code to} (exclusive) of a data field hold any of the codes. */
    boolean any(Field f, int from, int to) {
        if (ascii) {
            for (int i = from; i < to; i++) {
                char c = f.code(i);
                if (c < 64 ? (low & (1L << c)) != 0 : c < 128 && (high & (1L << (c - 64))) != 0) return true;
            }
            return false;
        }
        for (int i = from; i < to; i++) if (codes.indexOf(f.code(i)) >= 0) return true;
        return false;
    }
}
