package org.colophon.record;

/**
 * Where a record that cannot be processed goes, with the reason. Nothing is silently dropped: every stage that gives
 * up on a record hands it here, and the run goes on.
 */
public interface Quarantine {

    /**
     * Keeps the record.
     *
     * @param record the record, raw bytes as received
     * @param stage the stage that gave up, e.g. {@code read}, {@code decode}, {@code map}
     * @param reason one line naming the file, record and field where possible
     */
    void put(SourceRecord record, String stage, String reason);

    /** How many records were quarantined so far. */
    long count();

    /** A quarantine that only counts, for callers that asked for none. */
    static Quarantine counting() {
        return new Quarantine() {
            private final java.util.concurrent.atomic.AtomicLong n = new java.util.concurrent.atomic.AtomicLong();

            @Override
            public void put(SourceRecord record, String stage, String reason) {
                n.incrementAndGet();
            }

            @Override
            public long count() {
                return n.get();
            }
        };
    }
}
