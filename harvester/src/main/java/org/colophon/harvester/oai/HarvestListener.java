package org.colophon.harvester.oai;

/** Progress of harvests, for a command line or a log. Called from harvesting threads; keep it thread safe. */
public interface HarvestListener {

    /** A list request sequence starts (or resumes from a checkpoint). */
    default void started(Checkpoint checkpoint, boolean resumed) {}

    /** A page was read and handed to the sink (its checkpoint is saved once the sink has committed it). */
    default void page(Checkpoint checkpoint) {}

    /** Something recoverable happened: a retry, cleaned characters, a skipped record, a restarted list. */
    default void warning(String sourceId, String message) {}

    /** A source is done, successfully or not. */
    default void finished(HarvestResult result) {}

    /** A listener that ignores everything. */
    HarvestListener NONE = new HarvestListener() {};
}
