package org.colophon.transform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.colophon.transform.internal.LineCounts;
import org.colophon.transform.internal.Rule;

/**
 * Counts, per rule line, what a converter's mapping ran and what it cost: give one to {@link
 * Converter.Builder#profile} and read {@link #of} after converting (the convert benchmark's {@code --profile-rules}).
 * A converter built without one counts nothing and reads no clock. See {@link LineCounts} for what is counted.
 */
public final class RuleProfile {
    private final Map<String, LineCounts> sets = new LinkedHashMap<>();

    /** The counts of one rule set of the converter ({@code marc21}, {@code marc21-authority}, {@code dc}, {@code unimarc}). */
    public synchronized LineCounts of(String set) {
        LineCounts c = sets.get(set);
        if (c == null) throw new IllegalArgumentException("no counts for " + set + "; there are " + sets.keySet());
        return c;
    }

    /** Sets every count back to zero, as after a warm-up. */
    public synchronized void reset() {
        sets.values().forEach(LineCounts::reset);
    }

    synchronized LineCounts counts(String set, List<Rule> rules) {
        LineCounts c = new LineCounts(rules);
        sets.put(set, c);
        return c;
    }
}
