package org.colophon.harvester.oai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.colophon.config.SourceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sources a user has to act on, over real sockets on loopback: a port where nothing listens fails in well under a
 * second, a server that accepts connections and never answers fails after the source's timeout, a source that fails
 * once in the middle is retried and succeeds, and each failure is one sentence, kept as the source's last run.
 */
class UnreachableSourceTest {
    @TempDir
    Path data;

    final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

    /** The harvester with its defaults (3 retries 2 s, 4 s, 8 s apart; 60 s timeout), as colophon harvest has. */
    Harvester harvester() {
        return Harvester.builder()
                .dataDir(data)
                .listener(new HarvestListener() {
                    @Override
                    public void warning(String sourceId, String message) {
                        warnings.add(message);
                    }
                })
                .build();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void aPortWhereNothingListensFailsAtOnceInOneSentence() throws Exception {
        int port = freePort();
        SourceConfig src = SourceConfig.of("gone", URI.create("http://127.0.0.1:" + port + "/oai"));
        Harvester h = harvester();
        long t0 = System.nanoTime();
        HarvestResult r = h.harvest(src, HarvestOptions.incremental(), new CollectingSink());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertFalse(r.ok());
        assertTrue(ms < 5_000, "took " + ms + " ms");
        assertEquals(
                "cannot reach http://127.0.0.1:" + port + "/oai: 127.0.0.1:" + port
                        + " refused the connection (no server is listening there)",
                r.failure());
        assertFalse(r.summary().contains("refused"), "summary repeats the failure: " + r.summary());
        assertEquals(List.of(), warnings, "no retries for a source that is not there");

        LastRun last = h.lastRun("gone").orElseThrow();
        assertFalse(last.ok());
        assertEquals(r.failure(), last.error());
        assertEquals(0, last.records());
        assertTrue(!last.finished().isBefore(last.started()));
    }

    @Test
    void anUnknownHostFailsAtOnce() {
        SourceConfig src = SourceConfig.of("typo", URI.create("http://no-such-host.invalid/oai"));
        long t0 = System.nanoTime();
        HarvestResult r = harvester().harvest(src, HarvestOptions.incremental(), new CollectingSink());
        assertFalse(r.ok());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 15_000);
        assertEquals("cannot reach http://no-such-host.invalid/oai: unknown host 'no-such-host.invalid'", r.failure());
    }

    @Test
    void aServerThatAcceptsButNeverAnswersFailsAfterTheSourcesTimeout() throws Exception {
        List<Socket> held = Collections.synchronizedList(new ArrayList<>());
        try (ServerSocket silent = new ServerSocket()) {
            silent.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) held.add(silent.accept()); // and never a byte back
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            int port = silent.getLocalPort();
            SourceConfig src = SourceConfig.of("mute", URI.create("http://127.0.0.1:" + port + "/oai"))
                    .withPatience(null, Duration.ofSeconds(1), null);
            long t0 = System.nanoTime();
            HarvestResult r = harvester().harvest(src, HarvestOptions.incremental(), new CollectingSink());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertFalse(r.ok());
            assertTrue(ms >= 900 && ms < 5_000, "took " + ms + " ms");
            assertEquals(
                    "http://127.0.0.1:" + port + "/oai accepted the connection but sent no response within 1 s",
                    r.failure());
            assertEquals(1, held.size(), "asked more than once");
        } finally {
            for (Socket s : held) s.close();
        }
    }

    @Test
    void aPageThatGetsNoAnswerIsRetriedAndTheHarvestSucceeds() throws Exception {
        try (XoaiServer server = new XoaiServer(TestCorpus.items(), 7)) {
            server.faults.add(XoaiServer.Fault.SILENT);
            SourceConfig src = SourceConfig.of("slow", server.url())
                    .withDelay(Duration.ZERO)
                    .withPatience(2, Duration.ofSeconds(1), Duration.ofSeconds(2));
            Harvester h = Harvester.builder()
                    .dataDir(data)
                    .retries(3, Duration.ofMillis(100))
                    .listener(new HarvestListener() {
                        @Override
                        public void warning(String sourceId, String message) {
                            warnings.add(message);
                        }
                    })
                    .build();
            CollectingSink sink = new CollectingSink();
            HarvestResult r = h.harvest(src, HarvestOptions.incremental(), sink);
            assertTrue(r.ok(), r.failure());
            assertEquals(60, sink.records.size());
            assertTrue(
                    warnings.stream()
                            .anyMatch(w ->
                                    w.startsWith("attempt 1 failed: ") && w.contains("sent no response within 1 s")),
                    warnings.toString());
            LastRun last = h.lastRun("slow").orElseThrow();
            assertTrue(last.ok());
            assertEquals(60, last.records());
            assertEquals("marc21", last.prefix());
        }
    }

    @Test
    void withNoRetriesTheSamePageFailsTheSource() throws Exception {
        try (XoaiServer server = new XoaiServer(TestCorpus.items(), 7)) {
            server.faults.add(XoaiServer.Fault.SILENT);
            SourceConfig src = SourceConfig.of("slow", server.url())
                    .withDelay(Duration.ZERO)
                    .withPatience(0, Duration.ofSeconds(1), null);
            HarvestResult r = harvester().harvest(src, HarvestOptions.incremental(), new CollectingSink());
            assertFalse(r.ok());
            assertTrue(
                    r.failure().startsWith(server.url() + " accepted the connection but sent no response within 1 s ("),
                    r.failure());
            assertEquals(List.of(), warnings);
        }
    }
}
