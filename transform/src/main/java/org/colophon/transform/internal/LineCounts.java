package org.colophon.transform.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What each rule line cost a {@link RecordMapper} that was given one ({@code --profile-rules} of the convert
 * benchmark): per {@code file:line}, how often it ran, how often it gave something, and the nanoseconds spent in it,
 * its own and with the lines below it; per field tag, how many fields its rules read and the time they took. A line
 * a block gives several rules ({@code use appliesTo}) is counted once, under the block's {@code file:line}, summed
 * over every rule that uses it.
 *
 * <p>A rule's header line ({@code 500 -> Instance bf:note [bf:Note]}) counts each field the rule is applied to: its
 * runs are fields of its tags, "gave" those that added a triple, its time that of the whole rule on the field
 * (conditions, groups and every line below). An indented line runs once for each node of the line above it that is
 * made; it "gave" when it added a value. The clock is read twice per line run, which itself costs some tens of
 * nanoseconds: the times are for comparing lines with each other and rule sets with each other in one run, not for
 * the speed of a run without counts. A mapper without counts reads no clock and counts nothing.
 */
public final class LineCounts {
    private final List<String> origins = new ArrayList<>();
    private final IdentityHashMap<PropertyLine, Integer> slots = new IdentityHashMap<>();
    private final AtomicLongArray runs;
    private final AtomicLongArray gave;
    private final AtomicLongArray selfNanos;
    private final AtomicLongArray totalNanos;

    private final List<String> tags = new ArrayList<>();
    private final Map<String, Integer> tagSlots = new HashMap<>();
    private final AtomicLongArray tagFields;
    private final AtomicLongArray tagNanos;
    private final AtomicLongArray tagTriples;

    /** Records mapped and the nanoseconds their mapping took, as a whole. */
    private final AtomicLongArray records = new AtomicLongArray(2);

    /** Counts for these rules (those a mapper is made with), every count zero. */
    public LineCounts(List<Rule> rules) {
        Map<String, Integer> byOrigin = new HashMap<>();
        for (Rule r : rules) {
            add(r.line(), byOrigin);
            for (String t : r.tags())
                if (!tagSlots.containsKey(t)) {
                    tagSlots.put(t, tags.size());
                    tags.add(t);
                }
        }
        int n = origins.size();
        runs = new AtomicLongArray(n);
        gave = new AtomicLongArray(n);
        selfNanos = new AtomicLongArray(n);
        totalNanos = new AtomicLongArray(n);
        tagFields = new AtomicLongArray(tags.size());
        tagNanos = new AtomicLongArray(tags.size());
        tagTriples = new AtomicLongArray(tags.size());
    }

    private void add(PropertyLine line, Map<String, Integer> byOrigin) {
        if (slots.containsKey(line)) return;
        Integer slot = byOrigin.get(line.origin());
        if (slot == null) {
            slot = origins.size();
            origins.add(line.origin());
            byOrigin.put(line.origin(), slot);
        }
        slots.put(line, slot);
        NodeSpec node = line.value().node();
        if (node != null) for (PropertyLine child : node.lines()) add(child, byOrigin);
    }

    /** The slot of a line, -1 for one these counts were not made for. */
    int slot(PropertyLine line) {
        Integer s = slots.get(line);
        return s == null ? -1 : s;
    }

    void line(int slot, boolean produced, long self, long total) {
        if (slot < 0) return;
        runs.incrementAndGet(slot);
        if (produced) gave.incrementAndGet(slot);
        selfNanos.addAndGet(slot, self);
        totalNanos.addAndGet(slot, total);
    }

    void field(String tag, long nanos, int triples) {
        Integer slot = tagSlots.get(tag);
        if (slot == null) return;
        tagFields.incrementAndGet(slot);
        tagNanos.addAndGet(slot, nanos);
        tagTriples.addAndGet(slot, triples);
    }

    void record(long nanos) {
        records.incrementAndGet(0);
        records.addAndGet(1, nanos);
    }

    /** Sets every count back to zero (after a warm-up). */
    public void reset() {
        for (AtomicLongArray a : List.of(runs, gave, selfNanos, totalNanos, tagFields, tagNanos, tagTriples, records))
            for (int i = 0; i < a.length(); i++) a.set(i, 0);
    }

    /** One line's counts. */
    public record Line(String origin, long runs, long gave, long selfNanos, long totalNanos) {
        /** The rule file the line is in ({@code 5XX.rules}, {@code marc21/blocks.rules}). */
        public String file() {
            int colon = origin.lastIndexOf(':');
            return colon < 0 ? origin : origin.substring(0, colon);
        }
    }

    /** One tag's counts: the fields with it that rules read, the time all its rules took, the triples they added. */
    public record Tag(String tag, long fields, long nanos, long triples) {}

    /** Every line's counts, in the order the rules name them. */
    public List<Line> lines() {
        List<Line> out = new ArrayList<>(origins.size());
        for (int i = 0; i < origins.size(); i++)
            out.add(new Line(origins.get(i), runs.get(i), gave.get(i), selfNanos.get(i), totalNanos.get(i)));
        return out;
    }

    /** Every tag's counts, in the order the rules name them. */
    public List<Tag> tags() {
        List<Tag> out = new ArrayList<>(tags.size());
        for (int i = 0; i < tags.size(); i++)
            out.add(new Tag(tags.get(i), tagFields.get(i), tagNanos.get(i), tagTriples.get(i)));
        return out;
    }

    /** Records mapped since the counts were made or reset. */
    public long records() {
        return records.get(0);
    }

    /** The nanoseconds the mapping of those records took, as a whole (the counting included). */
    public long mapNanos() {
        return records.get(1);
    }
}
