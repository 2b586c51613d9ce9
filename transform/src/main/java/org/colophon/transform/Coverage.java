package org.colophon.transform;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Mapping coverage of a run: per tag and subfield ({@code 245$a}, {@code 008}), in how many fields it was seen and in
 * how many a rule used it, so unmapped data is visible per source. Counted over all records, and per rule set that
 * mapped them ({@code marc21}, {@code unimarc}, …), whose {@link Dropped dropped} list says what it leaves out on
 * purpose. Thread-safe.
 */
public final class Coverage {
    private final ConcurrentHashMap<String, LongAdder[]> counts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ConcurrentHashMap<String, LongAdder[]>> byRules = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Dropped> dropped = new ConcurrentHashMap<>();

    public void seen(String key) {
        add(counts, key, 0);
    }

    public void used(String key) {
        add(counts, key, 1);
    }

    /** Seen in a record the rule set {@code rules} mapped (counted in the totals too). */
    public void seen(String rules, String key) {
        seen(key);
        add(byRules.computeIfAbsent(rules, k -> new ConcurrentHashMap<>()), key, 0);
    }

    /** Read by a rule of {@code rules} (counted in the totals too). */
    public void used(String rules, String key) {
        used(key);
        add(byRules.computeIfAbsent(rules, k -> new ConcurrentHashMap<>()), key, 1);
    }

    private static void add(ConcurrentHashMap<String, LongAdder[]> m, String key, int which) {
        m.computeIfAbsent(key, k -> new LongAdder[] {new LongAdder(), new LongAdder()})[which].increment();
    }

    /** What the rule set {@code rules} leaves out on purpose; the coverage marks those keys dropped. */
    public void declare(String rules, Dropped list) {
        dropped.put(rules, list);
    }

    /** key → {seen, used}, sorted by key. */
    public Map<String, long[]> snapshot() {
        return snapshot(counts);
    }

    /** key → {seen, used} over the records the rule set {@code rules} mapped, sorted by key. */
    public Map<String, long[]> snapshot(String rules) {
        ConcurrentHashMap<String, LongAdder[]> m = byRules.get(rules);
        return m == null ? new TreeMap<>() : snapshot(m);
    }

    private static Map<String, long[]> snapshot(ConcurrentHashMap<String, LongAdder[]> m) {
        Map<String, long[]> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, new long[] {v[0].sum(), v[1].sum()}));
        return out;
    }

    /** The rule sets that mapped at least one record, in name order. */
    public List<String> ruleSets() {
        return new ArrayList<>(new TreeMap<>(byRules).keySet());
    }

    /**
     * Per rule set, how its tag/subfield pairs fared: read by a rule, dropped on purpose, or with data no rule of the
     * set read and not listed as dropped.
     */
    public record Tally(
            String rules, int pairs, int read, int dropped, int later, List<String> unread, String droppedSource) {
        /** {@code marc21: 412 tag/subfield pairs with data, 380 read by a rule, 30 dropped on purpose (…), 2 read by none: 035$z 246$5}. */
        public String line() {
            StringBuilder sb = new StringBuilder(rules)
                    .append(": ")
                    .append(pairs)
                    .append(" tag/subfield pairs with data, ")
                    .append(read)
                    .append(" read by a rule, ")
                    .append(dropped)
                    .append(" dropped on purpose, ")
                    .append(later)
                    .append(" listed as not mapped yet");
            if (!droppedSource.isEmpty()) sb.append(" (").append(droppedSource).append(')');
            sb.append(", ").append(unread.size()).append(" read by no rule");
            if (!unread.isEmpty()) {
                sb.append(':');
                int n = 0;
                for (String k : unread) {
                    if (n++ == 20) {
                        sb.append(" … (").append(unread.size() - 20).append(" more in the TSV)");
                        break;
                    }
                    sb.append(' ').append(k);
                }
            }
            return sb.toString();
        }
    }

    /** The tally of one rule set. */
    public Tally tally(String rules) {
        Dropped list = dropped.getOrDefault(rules, Dropped.NONE);
        int pairs = 0;
        int read = 0;
        int droppedCount = 0;
        int later = 0;
        List<String> unread = new ArrayList<>();
        for (Map.Entry<String, long[]> e : snapshot(rules).entrySet()) {
            if (e.getKey().startsWith("dialect=")) continue;
            pairs++;
            if (e.getValue()[1] > 0) read++;
            else if (list.reason(e.getKey()) == null) unread.add(e.getKey());
            else if (list.later(e.getKey())) later++;
            else droppedCount++;
        }
        return new Tally(rules, pairs, read, droppedCount, later, List.copyOf(unread), list.source());
    }

    /**
     * Writes a TSV: field, seen, used, percent used, and for a key no rule read a note: {@code dropped: REASON} when
     * the rule sets that saw it list it as dropped ({@code not mapped yet: REASON} when listed so), else {@code read
     * by no rule}.
     */
    public void writeTsv(Writer w) throws IOException {
        w.write("field\tseen\tused\tpercent_used\tnote\n");
        for (Map.Entry<String, long[]> e : snapshot().entrySet()) {
            long seen = e.getValue()[0];
            long used = Math.min(seen, e.getValue()[1]);
            long pct = seen == 0 ? 0 : Math.round(100.0 * used / seen);
            String note = used > 0 ? "" : note(e.getKey());
            w.write(e.getKey() + "\t" + seen + "\t" + used + "\t" + pct + "\t" + note + "\n");
        }
    }

    private String note(String key) {
        if (key.startsWith("dialect=")) return "quarantined: not MARC 21 or UNIMARC, no rule set reads it";
        String reason = null;
        for (Map.Entry<String, ConcurrentHashMap<String, LongAdder[]>> r : byRules.entrySet()) {
            if (!r.getValue().containsKey(key)) continue;
            Dropped list = dropped.getOrDefault(r.getKey(), Dropped.NONE);
            String why = list.reason(key);
            if (why == null) return "read by no rule";
            reason = (list.later(key) ? "not mapped yet: " : "dropped: ") + why;
        }
        return reason == null ? "" : reason;
    }
}
