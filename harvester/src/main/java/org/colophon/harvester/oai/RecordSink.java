package org.colophon.harvester.oai;

import java.io.IOException;
import java.util.concurrent.CompletionStage;
import org.colophon.record.SourceRecord;

/**
 * Where harvested records go, page by page. The harvester calls {@link #accept} for every record of a page (live
 * and deleted), then {@link #pageDone} once the page has been read completely. A page's checkpoint is saved only
 * after the stage {@code pageDone} returned has completed, so a sink may commit when it likes: every page, or
 * several pages (of several sources) in one transaction. Crash safety end to end follows: after a kill the harvester
 * re-delivers the pages after the last saved checkpoint, which are at least all the pages whose commit had not
 * completed, and since records are keyed by OAI identifier, receiving some twice changes nothing.
 *
 * <p>The harvester does not wait for a page's stage before it reads the next page, but it holds at most
 * {@link HarvesterBuilder#maxPendingPages} pages of one source whose stage has not completed: when that many wait, it
 * calls {@link #flush} and waits for them. So a sink that commits only when enough records have piled up never
 * holds a harvest up for ever.
 *
 * <p>Called from the harvesting thread of one source; a sink shared by several sources in
 * {@link Harvester#harvestAll} must be thread safe. The stages may complete on any thread.
 */
public interface RecordSink {

    /** One record: {@code recordId} is the OAI identifier, {@code deleted} the header's status. */
    void accept(SourceRecord record) throws IOException;

    /**
     * The page is complete. The returned stage completes when everything accepted up to this page is durable; only
     * then is this page's checkpoint saved. A sink may commit several pages (of several sources) at once. A stage
     * that completes exceptionally fails the harvest of the page's source, and that checkpoint is not saved.
     */
    CompletionStage<?> pageDone(Checkpoint checkpoint) throws IOException;

    /**
     * The harvest of {@code sourceId} is ending (finished or failed), or the harvester holds as many uncommitted
     * pages of it as it may: make everything accepted so far durable before returning (the harvester then saves the
     * last checkpoint). The default does nothing, which is right for a sink whose stages complete on their own.
     */
    default void flush(String sourceId) throws IOException {}

    /**
     * A page of {@code sourceId} broke off (connection lost, malformed XML, or the harvest failed in the middle of
     * it) and will be requested again: forget what was accepted for that source since its last {@link #pageDone}.
     * Other sources harvested at the same time are not affected. The default does nothing, which is right for
     * idempotent sinks.
     */
    default void pageAborted(String sourceId) {}
}
