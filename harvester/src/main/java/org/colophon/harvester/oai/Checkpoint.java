package org.colophon.harvester.oai;

import java.time.Instant;

/**
 * The saved state of one list harvest (source + set + metadata prefix), written after every page. A run that stops
 * half way resumes from {@code token}; a finished run leaves {@code lastSuccess}, which the next incremental run
 * uses as its {@code from}.
 *
 * @param sourceId the source
 * @param setSpec the set, or {@code null} for the whole repository
 * @param prefix the metadata prefix
 * @param inProgress true while a run is under way (then {@code token} says where it is)
 * @param full whether the run under way is a full harvest
 * @param token the resumption token for the next page, or {@code null}
 * @param tokenExpires the token's expirationDate, or {@code null}
 * @param runFrom the {@code from} the run under way started with, or {@code null}
 * @param runUntil the {@code until} the run under way started with, or {@code null}
 * @param runStarted the responseDate of the first page of the run under way
 * @param lastDatestamp the latest record datestamp seen in the run under way
 * @param lastSuccess the {@code runStarted} of the last run that reached the end of its list, or {@code null}
 * @param pages pages read in the run under way
 * @param records live records read in the run under way
 * @param deleted deleted records read in the run under way
 */
public record Checkpoint(
        String sourceId,
        String setSpec,
        String prefix,
        boolean inProgress,
        boolean full,
        String token,
        Instant tokenExpires,
        Instant runFrom,
        Instant runUntil,
        Instant runStarted,
        Instant lastDatestamp,
        Instant lastSuccess,
        long pages,
        long records,
        long deleted) {

    /** The state before any run. */
    public static Checkpoint empty(String sourceId, String setSpec, String prefix) {
        return new Checkpoint(
                sourceId, setSpec, prefix, false, false, null, null, null, null, null, null, null, 0, 0, 0);
    }

    /** A fresh run starting now. */
    public Checkpoint start(Instant from, Instant until, boolean fullRun) {
        return new Checkpoint(
                sourceId, setSpec, prefix, true, fullRun, null, null, from, until, null, null, lastSuccess, 0, 0, 0);
    }

    /** After a page: its token, its newest datestamp, its counts. */
    public Checkpoint afterPage(
            String nextToken, Instant expires, Instant started, Instant newest, long live, long gone) {
        Instant last =
                lastDatestamp == null || (newest != null && newest.isAfter(lastDatestamp)) ? newest : lastDatestamp;
        return new Checkpoint(
                sourceId,
                setSpec,
                prefix,
                true,
                full,
                nextToken,
                expires,
                runFrom,
                runUntil,
                runStarted == null ? started : runStarted,
                last,
                lastSuccess,
                pages + 1,
                records + live,
                deleted + gone);
    }

    /** The list was read to its end. */
    public Checkpoint finish() {
        return new Checkpoint(
                sourceId,
                setSpec,
                prefix,
                false,
                full,
                null,
                null,
                runFrom,
                runUntil,
                runStarted,
                lastDatestamp,
                runStarted,
                pages,
                records,
                deleted);
    }

    /** The list is restarted from {@code runFrom} because the token was refused or expired. */
    public Checkpoint restart() {
        return new Checkpoint(
                sourceId,
                setSpec,
                prefix,
                true,
                full,
                null,
                null,
                runFrom,
                runUntil,
                runStarted,
                lastDatestamp,
                lastSuccess,
                pages,
                records,
                deleted);
    }
}
