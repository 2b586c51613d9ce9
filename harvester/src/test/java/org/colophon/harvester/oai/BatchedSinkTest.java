package org.colophon.harvester.oai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.colophon.config.SourceConfig;
import org.colophon.record.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sinks that commit several pages at once (the stage {@code pageDone} returns completes later), against the xoai
 * provider on loopback serving 60 records in pages of 7: the harvester reads on meanwhile, saves a page's checkpoint
 * only once its commit completed, holds a bounded number of uncommitted pages, and fails the source when a commit
 * fails.
 */
class BatchedSinkTest {
    @TempDir
    Path data;

    XoaiServer server;

    @BeforeEach
    void start() throws Exception {
        server = new XoaiServer(TestCorpus.items(), 7);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Harvester harvester(int maxPending) {
        return Harvester.builder()
                .dataDir(data)
                .retries(2, Duration.ofMillis(50))
                .maxPendingPages(maxPending)
                .build();
    }

    SourceConfig source() {
        return SourceConfig.of("test", server.url()).withDelay(Duration.ZERO);
    }

    /** Commits only when asked to (flush): its stages never complete on their own. */
    final class OnlyOnFlush implements RecordSink {
        final Harvester harvester;
        final Map<String, SourceRecord> committed = new LinkedHashMap<>();
        final Map<String, SourceRecord> pending = new LinkedHashMap<>();
        final List<CompletableFuture<Void>> stages = new ArrayList<>();
        /** Pages handed over, and pages committed, when each pageDone came. */
        final List<long[]> seen = new ArrayList<>();

        int pagesDone;
        int pagesCommitted;
        int flushes;
        int maxUncommitted;

        OnlyOnFlush(Harvester harvester) {
            this.harvester = harvester;
        }

        @Override
        public void accept(SourceRecord record) {
            pending.put(record.recordId(), record);
        }

        @Override
        public CompletionStage<?> pageDone(Checkpoint checkpoint) {
            pagesDone++;
            try {
                long onDisk = harvester.checkpoint("test", null, "marc21").pages();
                seen.add(new long[] {onDisk, pagesCommitted});
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            CompletableFuture<Void> f = new CompletableFuture<>();
            stages.add(f);
            maxUncommitted = Math.max(maxUncommitted, stages.size());
            return f;
        }

        @Override
        public void flush(String sourceId) {
            flushes++;
            committed.putAll(pending);
            pending.clear();
            pagesCommitted = pagesDone;
            stages.forEach(s -> s.complete(null));
            stages.clear();
        }
    }

    @Test
    void checkpointsFollowTheCommitsWhileTheHarvestReadsOn() throws Exception {
        Harvester h = harvester(4);
        OnlyOnFlush sink = new OnlyOnFlush(h);
        HarvestResult r = h.harvest(source(), HarvestOptions.incremental(), sink);
        assertTrue(r.ok(), r.summary() + " " + r.failure());
        assertEquals(60, sink.committed.size());
        assertEquals(9, sink.pagesDone);
        // pages were read while earlier ones waited for their commit, never more than the window
        assertEquals(4, sink.maxUncommitted);
        // the window filled twice (after pages 4 and 8), then the list ended
        assertEquals(3, sink.flushes);
        // no checkpoint was ever on disk ahead of the commits
        for (long[] s : sink.seen) assertTrue(s[0] <= s[1], "checkpoint of page " + s[0] + " before commit " + s[1]);
        Checkpoint done = h.checkpoint("test", null, "marc21");
        assertFalse(done.inProgress());
        assertEquals(9, done.pages());
    }

    /** Completes each page's stage at once, except one page whose commit fails. */
    static final class FailingAt extends CollectingSink {
        final int failingPage;
        int pagesDone;

        FailingAt(int failingPage) {
            this.failingPage = failingPage;
        }

        @Override
        public synchronized CompletionStage<?> pageDone(Checkpoint checkpoint) {
            super.pageDone(checkpoint);
            if (++pagesDone == failingPage) {
                return CompletableFuture.failedFuture(new IOException("disk full"));
            }
            return CompletableFuture.completedFuture(null);
        }
    }

    @Test
    void aCommitThatFailsFailsTheSourceWithoutSavingItsCheckpoint() throws Exception {
        Harvester h = harvester(16);
        HarvestResult r = h.harvest(source(), HarvestOptions.incremental(), new FailingAt(3));
        assertFalse(r.ok());
        assertEquals("storing the records failed: disk full", r.failure());
        Checkpoint cp = h.checkpoint("test", null, "marc21");
        assertTrue(cp.inProgress());
        assertEquals(2, cp.pages(), "the failed page's checkpoint (or a later one) was saved");

        CollectingSink again = new CollectingSink();
        HarvestResult resumed = h.harvest(source(), HarvestOptions.incremental(), again);
        assertTrue(resumed.ok(), resumed.summary());
        assertEquals(60 - 14, resumed.records(), "resumed from page 3");
        TreeSet<String> all = new TreeSet<>(again.records.keySet());
        assertEquals(46, all.size());
    }

    @Test
    void aHarvestThatFailsAbortsThePageInFlightAndFlushesWhatCameBefore() throws Exception {
        server.goneFromListRequest = 4; // three pages, then the server is gone
        CollectingSink sink = new CollectingSink();
        HarvestResult r = harvester(16).harvest(source(), HarvestOptions.incremental(), sink);
        assertFalse(r.ok());
        assertEquals(3, sink.pages.size());
        assertEquals(1, sink.flushes);
    }
}
