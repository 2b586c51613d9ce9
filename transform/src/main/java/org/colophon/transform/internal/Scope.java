package org.colophon.transform.internal;

import org.colophon.transform.marc.Field;

/**
 * The part of a field a rule is reading: the field, the subfield range of the current group, its 880 partner and
 * the partner's matching range, and whether the field is itself a stand-alone vernacular 880.
 */
public record Scope(
        Field field,
        int from,
        int to,
        Field partner,
        int partnerFrom,
        int partnerTo,
        String vernacularScript,
        int group) {

    /** Values of the subfields whose codes are listed: each alone when one code is given, else joined. */
    static java.util.List<String> extract(Field f, int from, int to, String codes) {
        java.util.List<String> out = new java.util.ArrayList<>(2);
        if (f == null || f.isControl()) return out;
        if (codes.length() == 1) {
            char c = codes.charAt(0);
            for (int i = from; i < to; i++) if (f.code(i) == c) out.add(f.value(i));
            return out;
        }
        StringBuilder sb = null;
        for (int i = from; i < to; i++) {
            if (codes.indexOf(f.code(i)) >= 0) {
                String v = f.value(i).strip();
                if (v.isEmpty()) continue;
                if (sb == null) sb = new StringBuilder(v);
                else sb.append(' ').append(v);
            }
        }
        if (sb != null) out.add(sb.toString());
        return out;
    }
}
