package org.colophon.harvester.oai;

import java.time.Instant;

/**
 * The outcome of a source's last harvest run, kept in {@code {data}/harvest/{source}/last-run.json} and shown by
 * {@code colophon sources}. A run killed before it ended leaves the one before it in place (its checkpoint says it is
 * in progress).
 *
 * @param sourceId the source
 * @param ok whether the run reached the end of every list
 * @param started when the run started
 * @param finished when it ended
 * @param prefix the metadata prefix harvested, or {@code null} when the run failed before choosing one
 * @param records live records received
 * @param deleted deleted records received
 * @param errors records that could not be used
 * @param pages pages read
 * @param error why it failed, one sentence, or {@code null}
 */
public record LastRun(
        String sourceId,
        boolean ok,
        Instant started,
        Instant finished,
        String prefix,
        long records,
        long deleted,
        long errors,
        long pages,
        String error) {

    /** The outcome of a finished {@link Harvester#harvest} call. */
    static LastRun of(HarvestResult r, Instant started, Instant finished) {
        return new LastRun(
                r.sourceId(),
                r.ok(),
                started,
                finished,
                r.prefix(),
                r.records(),
                r.deleted(),
                r.errors(),
                r.pages(),
                r.failure());
    }
}
