package org.colophon.bench.harvest;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.colophon.config.SourceConfig;
import org.colophon.harvester.oai.Checkpoint;
import org.colophon.harvester.oai.HarvestOptions;
import org.colophon.harvester.oai.HarvestResult;
import org.colophon.harvester.oai.Harvester;
import org.colophon.harvester.oai.RecordSink;
import org.colophon.record.SourceRecord;

/**
 * The harvesting side of the benchmark, in its own JVM so that its heap is its own (started with a small
 * {@code -Xmx}): harvests every source at once into a sink that only counts, once to warm up and three times
 * measured, each time into a fresh data directory, with no politeness delay, and prints the fastest run as {@code
 * RESULT records nanos heapPeakBytes} (the heap peak over all three), the same way the plain client is measured.
 *
 * <p>Arguments: {@code count|raw} (raw: keep every record in the raw store too, as {@code colophon harvest} does), the
 * data directory, then the providers' base URLs.
 */
public final class HarvestOnlyChild {
    private HarvestOnlyChild() {}

    public static void main(String[] args) throws Exception {
        boolean raw = args[0].equals("raw");
        Path data = Path.of(args[1]);
        List<URI> urls = new ArrayList<>();
        for (int i = 2; i < args.length; i++) urls.add(URI.create(args[i]));
        harvest(urls, data.resolve("warm-up"), raw);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long nanos = Long.MAX_VALUE;
        long records = 0;
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            records = harvest(urls, data.resolve("measured-" + run), raw);
            nanos = Math.min(nanos, System.nanoTime() - start);
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        System.out.println("RESULT " + records + " " + nanos + " " + peak);
    }

    private static long harvest(List<URI> urls, Path data, boolean raw) {
        List<SourceConfig> sources = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            sources.add(SourceConfig.of("bench" + i, urls.get(i))
                    .withPrefixAndSets("marc21", List.of())
                    .withDelay(Duration.ZERO));
        }
        Harvester h = Harvester.builder()
                .dataDir(data)
                .keepRaw(raw)
                .parallelism(urls.size())
                .build();
        Counting sink = new Counting();
        List<HarvestResult> results = h.harvestAll(sources, HarvestOptions.incremental(), sink);
        for (HarvestResult r : results) {
            if (!r.ok()) throw new IllegalStateException(r.summary());
        }
        return sink.records.get();
    }

    /** Counts records and their bytes; keeps nothing. */
    private static final class Counting implements RecordSink {
        final AtomicLong records = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();

        @Override
        public void accept(SourceRecord record) {
            records.incrementAndGet();
            bytes.addAndGet(record.raw().length);
        }

        @Override
        public java.util.concurrent.CompletionStage<?> pageDone(Checkpoint checkpoint) {
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
    }
}
