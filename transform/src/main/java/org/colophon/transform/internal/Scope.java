package org.colophon.transform.internal;

import org.colophon.transform.marc.Field;

/**
 * The part of a field a rule is reading: the field, the subfield range of the current group, its 880 partner and
 * the partner's matching range, whether the field is itself a stand-alone vernacular 880, and the subfield code
 * that starts each group ({@code 0}: the rule reads the field whole).
 */
public record Scope(
        Field field,
        int from,
        int to,
        Field partner,
        int partnerFrom,
        int partnerTo,
        String vernacularScript,
        int group,
        char groupBy) {

    /** Values of the subfields whose codes are listed: each alone when one code is given, else joined. */
    static java.util.List<String> extract(Field f, int from, int to, String codes) {
        if (f == null || f.isControl()) return java.util.List.of();
        if (codes.length() == 1) {
            // most lines find nothing in most fields: the list is made only for a value
            char c = codes.charAt(0);
            java.util.List<String> out = null;
            for (int i = from; i < to; i++) {
                if (f.code(i) != c) continue;
                if (out == null) out = new java.util.ArrayList<>(2);
                out.add(f.value(i));
            }
            return out == null ? java.util.List.of() : out;
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
        return sb == null ? java.util.List.of() : java.util.List.of(sb.toString());
    }
}
