package org.colophon.harvester.oai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;
import org.colophon.config.SourceConfig;
import org.colophon.harvester.raw.RawStore;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.record.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The raw store's figures (issue 8), a benchmark run as a test only when asked ({@code -Dbench.raw=true}): harvests
 * {@code bench.raw.records} (100,000) real MARCXML records (the test corpus repeated under distinct identifiers) from
 * the xoai provider on loopback in pages of 100 with the raw store on, counts the files it left, reads the source
 * back as {@code reprocess} does (three times, the fastest shown), rebuilds the index from the segments, harvests
 * everything again in full and compacts. Writes the {@code bench:raw} section of docs/benchmarks.md
 * ({@code bench.report}; {@code none}: print only).
 *
 * <pre>
 * mvn -B -q -pl harvester -am verify -Dtest=RawStoreBench -Dsurefire.failIfNoSpecifiedTests=false -Dbench.raw=true
 * </pre>
 */
@EnabledIfSystemProperty(named = "bench.raw", matches = "true")
class RawStoreBench {
    static final String OPEN = "<!-- bench:raw -->";
    static final String CLOSE = "<!-- /bench:raw -->";

    @TempDir
    Path tmp;

    @Test
    void rawStoreFigures() throws Exception {
        int records = Integer.getInteger("bench.raw.records", 100_000);
        List<XoaiServer.Item> base = TestCorpus.items();
        List<XoaiServer.Item> items = new ArrayList<>(records);
        for (int i = 0; items.size() < records; i++) {
            XoaiServer.Item b = base.get(i % base.size());
            items.add(new XoaiServer.Item(b.id() + "-" + (i / base.size()), b.datestamp(), b.set(), b.xml(), false));
        }
        long payload = items.stream().mapToLong(i -> i.xml().length).sum();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Path data = tmp.resolve("data");
        StringBuilder out = new StringBuilder();
        try (XoaiServer server = new XoaiServer(items, 100)) {
            SourceConfig src = SourceConfig.of("bench", server.url()).withDelay(Duration.ZERO);
            Harvester h = Harvester.builder().dataDir(data).build();

            // the same harvest without the raw store first, for what keeping records costs
            long tn = System.nanoTime();
            HarvestResult plain = Harvester.builder()
                    .dataDir(tmp.resolve("plain"))
                    .keepRaw(false)
                    .build()
                    .harvest(src, HarvestOptions.incremental(), new Counting());
            double plainSeconds = (System.nanoTime() - tn) / 1e9;
            assertTrue(plain.ok(), plain.failure());

            long t0 = System.nanoTime();
            HarvestResult r = h.harvest(src, HarvestOptions.incremental(), new Counting());
            double harvestSeconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(r.ok(), r.failure());
            assertEquals(records, r.records());
            Path raw = data.resolve("raw");
            long[] files = files(raw);

            double best = Double.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                long t = System.nanoTime();
                long n = 0;
                long bytes = 0;
                try (RawStore store = RawStore.open(raw);
                        RecordSource in = store.read("bench", Quarantine.counting())) {
                    while (in.hasNext()) {
                        SourceRecord rec = in.next();
                        bytes += rec.raw().length;
                        n++;
                    }
                }
                assertEquals(records, n);
                best = Math.min(best, (System.nanoTime() - t) / 1e9);
            }

            Files.delete(raw.resolve("bench/index.dat"));
            long t1 = System.nanoTime();
            try (RawStore store = RawStore.open(raw)) {
                assertTrue(store.recovery("bench").rebuilt());
                assertEquals(records, store.stats("bench").indexed());
            }
            double rebuild = (System.nanoTime() - t1) / 1e9;

            // everything again: every record superseded once; the harvest ends by compacting
            long beforeBytes = files(raw)[1];
            long t2 = System.nanoTime();
            HarvestResult again = h.harvest(src, HarvestOptions.fullHarvest(), new Counting());
            double againSeconds = (System.nanoTime() - t2) / 1e9;
            assertTrue(again.ok(), again.failure());
            long[] afterFull = files(raw);

            out.append(String.format(
                    Locale.ROOT,
                    "Measured %s on %d cores (%s), Java %s; load average %.1f at the start%s.%n%n",
                    LocalDate.now(),
                    Runtime.getRuntime().availableProcessors(),
                    cpu(),
                    System.getProperty("java.version"),
                    load,
                    load > Runtime.getRuntime().availableProcessors()
                            ? " (the machine was shared with other builds)"
                            : ""));
            out.append("Command: `mvn -B -q -pl harvester -am verify -Dtest=RawStoreBench "
                    + "-Dsurefire.failIfNoSpecifiedTests=false -Dbench.raw=true` (`RawStoreBench`, harvester test "
                    + "sources; `-Dbench.raw.records=N` for another size).\n\n");
            out.append(String.format(
                    Locale.ROOT,
                    "Input: %,d real MARCXML records (the harvester's test corpus, 50 ZDB serials and 10 BNU books, "
                            + "repeated under distinct identifiers — synthetic by repetition), %.1f MB of payload, "
                            + "served by the xoai provider on loopback in pages of 100 and harvested by `Harvester` "
                            + "with the raw store on (segments of 64 MB) into a sink that only counts.%n%n",
                    records,
                    payload / 1e6));
            out.append("| figure | value |\n|---|---:|\n");
            row(out, "harvest without the raw store (run first), records/s", "%,.0f", records / plainSeconds);
            row(
                    out,
                    "harvest with the raw store, records/s (provider, harvester, store in one JVM)",
                    "%,.0f",
                    records / harvestSeconds);
            row(out, "files under `raw/` after the harvest", "%,d", files[0]);
            row(
                    out,
                    "files per 100,000 records harvested (one-file-per-record layout: 100,000 in up to 65,536 "
                            + "directories)",
                    "%.1f",
                    files[0] * 100_000.0 / records);
            row(out, "bytes on disk (segments + index), MB", "%.1f", files[1] / 1e6);
            row(
                    out,
                    "of which the index, MB (24-byte slots, at most 70 % full)",
                    "%.1f",
                    Files.size(raw.resolve("bench/index.dat")) / 1e6);
            row(
                    out,
                    "`read` (what `reprocess` reads through), records/s, fastest of 3, warm page cache",
                    "%,.0f",
                    records / best);
            row(out, "index rebuilt from the segments by a scan, seconds", "%.2f", rebuild);
            row(
                    out,
                    "full harvest again (every record written a second time), records/s, compaction included",
                    "%,.0f",
                    records / againSeconds);
            row(
                    out,
                    "bytes on disk after the first harvest → after the second and its compaction, MB",
                    "%.1f → %.1f",
                    beforeBytes / 1e6,
                    afterFull[1] / 1e6);
            row(out, "files under `raw/` after the second harvest and its compaction", "%,d", afterFull[0]);
            out.append('\n');
        }
        System.out.println(out);
        String to = System.getProperty("bench.report", "../docs/benchmarks.md");
        if (!to.equals("none")) write(Path.of(to), out.toString());
    }

    private static void row(StringBuilder out, String what, String format, Object... values) {
        out.append("| ")
                .append(what)
                .append(" | ")
                .append(String.format(Locale.ROOT, format, values))
                .append(" |\n");
    }

    /** Regular files under a directory, and their bytes. */
    private static long[] files(Path dir) throws IOException {
        long n = 0;
        long bytes = 0;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isRegularFile(p)) {
                    n++;
                    bytes += Files.size(p);
                }
            }
        }
        return new long[] {n, bytes};
    }

    private static String cpu() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name"))
                    return line.substring(line.indexOf(':') + 1).trim();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return System.getProperty("os.arch");
    }

    static void write(Path file, String section) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n";
        String block = OPEN + "\n## Raw store (`RawStoreBench`, harvester test sources)\n\n" + section.strip() + "\n\n"
                + CLOSE + "\n";
        int open = text.indexOf(OPEN);
        int close = text.indexOf(CLOSE);
        String out = open >= 0 && close > open
                ? text.substring(0, open)
                        + block
                        + text.substring(close + CLOSE.length()).replaceFirst("^\n", "")
                : text.stripTrailing() + "\n\n" + block;
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    /** Counts and forgets. */
    static final class Counting implements RecordSink {
        long n;

        @Override
        public void accept(SourceRecord record) {
            n++;
        }

        @Override
        public CompletionStage<?> pageDone(Checkpoint checkpoint) {
            return CompletableFuture.completedFuture(null);
        }
    }
}
