package org.colophon.harvester.oai;

import java.io.IOException;
import org.colophon.record.SourceRecord;

/**
 * Where harvested records go, page by page. The harvester calls {@link #accept} for every record of a page (live
 * and deleted), then {@link #pageDone} once the page has been read completely, and only after {@code pageDone}
 * returns does it save its checkpoint. A sink that commits its store in {@code pageDone} is therefore crash safe end
 * to end: after a kill the harvester re-delivers at most the page whose checkpoint was not saved, and since records
 * are keyed by OAI identifier, receiving them twice changes nothing.
 *
 * <p>Called from the harvesting thread of one source; a sink shared by several sources in
 * {@link Harvester#harvestAll} must be thread safe.
 */
public interface RecordSink {

    /** One record: {@code recordId} is the OAI identifier, {@code deleted} the header's status. */
    void accept(SourceRecord record) throws IOException;

    /** The page is complete: commit what was accepted since the last call. */
    void pageDone(Checkpoint checkpoint) throws IOException;

    /**
     * A page of {@code sourceId} broke off (connection lost, malformed XML) and will be requested again: forget what
     * was accepted for that source since its last {@link #pageDone}. Other sources harvested at the same time are not
     * affected. The default does nothing, which is right for idempotent sinks.
     */
    default void pageAborted(String sourceId) {}
}
