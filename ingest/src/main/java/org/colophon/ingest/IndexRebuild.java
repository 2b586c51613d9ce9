package org.colophon.ingest;

/**
 * What a writing ingestion tells while it rebuilds, from the store, a search index of an older format than this
 * version's ({@link org.colophon.discovery.DiscoveryIndex#FORMAT}), which it does when it opens one (see
 * {@link IngestBuilder#rebuildOutdatedIndex(IndexRebuild)}).
 */
public interface IndexRebuild {
    /** Tells nothing. */
    IndexRebuild QUIET = new IndexRebuild() {};

    /** Before the rebuild: the format the index holds and this version's. */
    default void started(int found, int current) {}

    /** Every 1,000 records indexed. */
    default void indexed(long records) {}

    /** After the rebuild is committed. */
    default void finished(long records, double seconds) {}
}
