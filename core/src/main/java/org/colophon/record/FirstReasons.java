package org.colophon.record;

import java.util.ArrayList;
import java.util.List;

/**
 * A quarantine that passes every record on and remembers the first few reasons, so a run can say why records were
 * quarantined even when nobody asked to keep them.
 */
public final class FirstReasons implements Quarantine {
    private final Quarantine delegate;
    private final int keep;
    private final List<String> reasons = new ArrayList<>();

    public FirstReasons(Quarantine delegate, int keep) {
        this.delegate = delegate;
        this.keep = keep;
    }

    @Override
    public void put(SourceRecord record, String stage, String reason) {
        synchronized (reasons) {
            if (reasons.size() < keep) reasons.add(stage + ": " + reason);
        }
        delegate.put(record, stage, reason);
    }

    @Override
    public long count() {
        return delegate.count();
    }

    /** The first reasons, in the order they came, as {@code stage: reason}. */
    public List<String> reasons() {
        synchronized (reasons) {
            return List.copyOf(reasons);
        }
    }

    /** The reasons as lines for a summary, with how many more there were. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (String r : reasons()) out.add("  " + r);
        long more = count() - out.size();
        if (more > 0) out.add("  … and " + more + " more");
        return out;
    }
}
