package org.colophon.transform.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.colophon.transform.marc.Field;
import org.colophon.transform.marc.MarcRecord;

/**
 * Pairs 880 alternate-graphic fields with the fields they render, through {@code $6}: a field with
 * {@code $6 880-02} and an 880 with {@code $6 245-02/$1} describe one thing in two scripts. Paired 880s are not
 * mapped on their own: their values join the partner's as parallel literals. Unlinked 880s ({@code 245-00}) and
 * 880s whose partner is missing are mapped as the field they name, in the vernacular only.
 */
final class Linkage {
    /** The fields to map, in record order; unpaired 880s appear here retagged. */
    final List<Field> fields;
    /** Regular field → its 880 partner. */
    final Map<Field, Field> partner;
    /** Retagged 880 fields that stand alone, and every 880 → its script code from $6 (e.g. "$1"). */
    final Map<Field, String> vernacular;
    /** Retagged 880 → its position among the record's 880s, for minting IRIs that do not collide. */
    final Map<Field, Integer> alternateIndex;
    /** Original unpaired 880 → the retagged field that stands in for it. */
    final Map<Field, Field> standIn;

    Linkage(MarcRecord record) {
        boolean any880 = false;
        for (Field f : record.fields()) {
            if (f.tag().equals("880")) {
                any880 = true;
                break;
            }
        }
        if (!any880) {
            // most records have no 880: nothing to pair, and nothing to allocate
            fields = record.fields();
            partner = Map.of();
            vernacular = Map.of();
            alternateIndex = Map.of();
            standIn = Map.of();
            return;
        }
        fields = new ArrayList<>();
        partner = new IdentityHashMap<>();
        vernacular = new IdentityHashMap<>();
        alternateIndex = new IdentityHashMap<>();
        standIn = new IdentityHashMap<>();
        Map<String, Field> alternates = new HashMap<>();
        Map<Field, String[]> parsed = new IdentityHashMap<>();
        int n880 = 0;
        for (Field f : record.fields()) {
            if (!f.tag().equals("880")) continue;
            n880++;
            String[] link = parse(f.first('6'));
            parsed.put(f, link);
            if (link != null && !link[1].equals("00")) alternates.putIfAbsent(link[0] + "-" + link[1], f);
        }
        Map<Field, Boolean> used = new IdentityHashMap<>();
        if (n880 > 0) {
            for (Field f : record.fields()) {
                if (f.isControl() || f.tag().equals("880")) continue;
                String[] link = parse(f.first('6'));
                if (link == null || !link[0].equals("880")) continue;
                Field alt = alternates.get(f.tag() + "-" + link[1]);
                if (alt != null && !used.containsKey(alt)) {
                    partner.put(f, alt);
                    used.put(alt, Boolean.TRUE);
                    vernacular.put(alt, parsed.get(alt)[2]);
                }
            }
        }
        int index = 0;
        for (Field f : record.fields()) {
            if (!f.tag().equals("880")) {
                fields.add(f);
                continue;
            }
            index++;
            if (used.containsKey(f)) continue;
            String[] link = parsed.get(f);
            if (link == null || link[0].length() != 3 || link[0].equals("880")) continue;
            Field standIn = f.retagged(link[0]);
            fields.add(standIn);
            vernacular.put(standIn, link[2]);
            alternateIndex.put(standIn, index);
            this.standIn.put(f, standIn);
        }
    }

    /** {@code "245-02/$1/r"} → {tag, occurrence, script}; null when absent or unreadable. */
    static String[] parse(String six) {
        if (six == null) return null;
        String s = six.strip();
        if (s.length() < 6 || s.charAt(3) != '-') return null;
        String tag = s.substring(0, 3);
        String occ = s.substring(4, 6);
        String script = "";
        int slash = s.indexOf('/', 6);
        if (slash > 0) {
            int end = s.indexOf('/', slash + 1);
            script = end > 0 ? s.substring(slash + 1, end) : s.substring(slash + 1);
        }
        return new String[] {tag, occ, script};
    }
}
