package org.colophon.transform;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Mapping coverage of a run: per tag and subfield ({@code 245$a}, {@code 008}), in how many fields it was seen and in
 * how many a rule used it, so unmapped data is visible per source. Thread-safe.
 */
public final class Coverage {
    private final ConcurrentHashMap<String, LongAdder[]> counts = new ConcurrentHashMap<>();

    public void seen(String key) {
        counts.computeIfAbsent(key, k -> new LongAdder[] {new LongAdder(), new LongAdder()})[0].increment();
    }

    public void used(String key) {
        counts.computeIfAbsent(key, k -> new LongAdder[] {new LongAdder(), new LongAdder()})[1].increment();
    }

    /** key → {seen, used}, sorted by key. */
    public Map<String, long[]> snapshot() {
        Map<String, long[]> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, new long[] {v[0].sum(), v[1].sum()}));
        return out;
    }

    /** Writes a TSV: field, seen, used, percent used. */
    public void writeTsv(Writer w) throws IOException {
        w.write("field\tseen\tused\tpercent_used\n");
        for (Map.Entry<String, long[]> e : snapshot().entrySet()) {
            long seen = e.getValue()[0];
            long used = Math.min(seen, e.getValue()[1]);
            long pct = seen == 0 ? 0 : Math.round(100.0 * used / seen);
            w.write(e.getKey() + "\t" + seen + "\t" + used + "\t" + pct + "\n");
        }
    }
}
