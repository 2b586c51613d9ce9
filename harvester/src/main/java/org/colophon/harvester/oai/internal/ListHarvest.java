package org.colophon.harvester.oai.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.colophon.config.SourceConfig;
import org.colophon.harvester.oai.Checkpoint;
import org.colophon.harvester.oai.HarvestException;
import org.colophon.harvester.oai.HarvestListener;
import org.colophon.harvester.oai.HarvestOptions;
import org.colophon.harvester.oai.RecordSink;
import org.colophon.harvester.raw.RawStore;

/**
 * One ListRecords sequence (source + set + prefix) from its checkpoint to the end of the list: page, sink, seen
 * identifiers, checkpoint, in that order, so a kill at any point loses nothing. Checkpoints are made durable behind
 * the pages ({@link CheckpointWriter}), so a kill re-delivers the pages since the last one on disk, never skips one.
 */
public final class ListHarvest {
    private static final int MAX_RESTARTS = 3;
    /** How long a failing harvest waits for the sink's outstanding commits before it gives their pages up. */
    private static final Duration FAILURE_PATIENCE = Duration.ofSeconds(60);

    private final OaiClient client;
    private final SourceConfig source;
    private final String set;
    private final String prefix;
    private final boolean seconds;
    private final CheckpointStore checkpoints;
    private final RawStore raw;
    private final RecordSink sink;
    private final HarvestListener listener;
    private final Consumer<String> warn;
    private final int maxPending;
    private Ahead ahead;
    /** The page being received, until the sink's pageDone: a failure then aborts it in the sink. */
    private PageCollector current;

    public ListHarvest(
            OaiClient client,
            SourceConfig source,
            String set,
            String prefix,
            boolean secondsGranularity,
            CheckpointStore checkpoints,
            RawStore raw,
            RecordSink sink,
            HarvestListener listener,
            int maxPendingPages) {
        this.client = client;
        this.source = source;
        this.set = set;
        this.prefix = prefix;
        this.seconds = secondsGranularity;
        this.checkpoints = checkpoints;
        this.raw = raw;
        this.sink = sink;
        this.listener = listener;
        this.warn = m -> listener.warning(source.id(), m);
        this.maxPending = Math.max(1, maxPendingPages);
    }

    public void run(HarvestOptions options, Counters counters) throws InterruptedException, IOException {
        Checkpoint cp = checkpoints.load(source.id(), set, prefix);
        boolean resume = cp.inProgress() && !options.explicitRange() && (!options.full() || cp.full());
        Path seen = checkpoints.seenFile(source.id(), set, prefix);
        if (!resume) {
            Instant from = options.from() != null ? options.from() : options.full() ? null : cp.lastSuccess();
            cp = cp.start(from, options.until(), options.full());
            if (options.full()) {
                Files.createDirectories(seen.getParent());
                Files.write(seen, new byte[0]);
            }
        } else if (cp.token() != null
                && cp.tokenExpires() != null
                && Instant.now().isAfter(cp.tokenExpires())) {
            warn.accept(where() + ": saved resumption token expired at " + cp.tokenExpires() + "; restarting the list");
            cp = cp.restart();
        }
        if (cp.full()) counters.seenFiles.add(seen);
        listener.started(cp, resume);
        // a checkpoint is saved only once the raw records of its pages are on disk too
        CheckpointWriter writer =
                new CheckpointWriter(checkpoints, seen, source.id(), raw == null ? null : () -> raw.force(source.id()));
        try {
            pages(counters, cp, writer);
            sink.flush(source.id());
            writer.flush();
        } catch (CheckpointWriter.CommitFailed e) {
            HarvestException failed = storingFailed(e.getCause());
            ending(failed, writer);
            throw failed;
        } catch (IOException | InterruptedException | RuntimeException e) {
            ending(e, writer);
            throw e;
        } finally {
            if (ahead != null) HttpFetcher.abandon(ahead.request());
            ahead = null;
        }
        writer.close();
    }

    /**
     * The list failed: the page in flight is aborted in the sink, the sink makes durable what it accepted before, and
     * the checkpoints of the pages it committed are saved.
     */
    private void ending(Exception e, CheckpointWriter writer) {
        if (current != null && current.received()) sink.pageAborted(source.id());
        current = null;
        try {
            sink.flush(source.id());
        } catch (IOException | RuntimeException suppressed) {
            e.addSuppressed(suppressed);
        }
        try {
            writer.close(FAILURE_PATIENCE);
        } catch (IOException suppressed) {
            e.addSuppressed(suppressed);
        }
    }

    private HarvestException storingFailed(Throwable cause) {
        String m = cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage();
        return new HarvestException(source.id() + ": storing the records failed: " + m, null, cause);
    }

    private void pages(Counters counters, Checkpoint cp, CheckpointWriter writer)
            throws InterruptedException, IOException {
        int restarts = 0;
        while (true) {
            PageCollector page = new PageCollector(source.id(), prefix, raw, sink, warn);
            current = page;
            CompletableFuture<HttpFetcher.Exchange> started = null;
            if (ahead != null) {
                if (ahead.token().equals(cp.token())) started = ahead.request();
                else HttpFetcher.abandon(ahead.request());
                ahead = null;
            }
            OaiPage p;
            try {
                p = cp.token() == null
                        ? client.listRecords(
                                prefix, set, format(cp.runFrom()), format(cp.runUntil()), page, this::askAhead)
                        : client.listRecords(cp.token(), page, started, this::askAhead);
            } catch (SinkFailure e) {
                throw new HarvestException(source.id() + ": storing a record failed: " + e.getMessage(), null, e);
            }
            counters.cleaned += p.cleaned();
            counters.errors += page.errors;
            Instant responded = p.responseDate() != null ? p.responseDate() : Instant.now();
            if ("badResumptionToken".equals(p.errorCode()) && cp.token() != null && restarts < MAX_RESTARTS) {
                restarts++;
                warn.accept(where() + ": resumption token refused (" + p.errorMessage() + "); restarting the list from "
                        + (cp.runFrom() == null ? "the beginning" : cp.runFrom()));
                cp = cp.restart();
                writer.submit(cp, null, null);
                continue;
            }
            if (p.errorCode() != null && !"noRecordsMatch".equals(p.errorCode())) {
                client.checked(p, "ListRecords (" + where() + ")");
            }
            Checkpoint next = cp.afterPage(
                    p.hasMore() ? p.token() : null, p.tokenExpires(), responded, page.newest, page.live, page.gone);
            if (!p.hasMore()) next = next.finish();
            try {
                page.keepRaw();
            } catch (IOException e) {
                throw new HarvestException(
                        source.id() + ": keeping the raw records failed: " + e.getMessage(), null, e);
            }
            CompletionStage<?> committed;
            try {
                committed = sink.pageDone(next);
            } catch (IOException e) {
                throw storingFailed(e);
            }
            current = null;
            writer.submit(next, next.full() ? page.liveIds : null, committed);
            if (writer.uncommitted() >= maxPending) {
                // as many pages wait for their commit as we may hold: have the sink commit them
                sink.flush(source.id());
                writer.awaitUncommittedBelow(maxPending);
            }
            cp = next;
            counters.pages++;
            counters.records += page.live;
            counters.deleted += page.gone;
            listener.page(cp);
            if (!p.hasMore()) return;
        }
    }

    /**
     * Once a page's bytes are in, asks for the next page at once, on the token its last bytes carry, while this page
     * is parsed and stored: the source works on the next page while we work on this one. The parsed token decides
     * whether the early request is used.
     */
    private void askAhead(Spool body) throws IOException {
        if (ahead != null) HttpFetcher.abandon(ahead.request());
        String guess = body.tailToken();
        ahead = guess == null ? null : new Ahead(guess, client.prefetchListRecords(guess));
    }

    /** A request for the page after a token, started before the token was confirmed. */
    private record Ahead(String token, CompletableFuture<HttpFetcher.Exchange> request) {}

    private String format(Instant i) {
        return i == null ? null : OaiDates.format(i, seconds);
    }

    private String where() {
        return source.id() + (set == null ? "" : " set " + set) + " " + prefix;
    }
}
