package org.colophon.bench.harvest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.bench.ChildJvm;

/**
 * Harvest + convert + load: the real {@code colophon harvest} (the CLI jar, given by path) in a child JVM against the
 * loopback providers, into a fresh TDB2 store, timed from process start to exit (JVM start and store creation
 * included). The harvester module cannot call the converter or the store itself (they depend on it), hence the jar.
 */
final class CliHarvest {
    private static final Pattern TOTAL = Pattern.compile("\\d+ sources[^:]*: records (\\d+),");
    private static final Pattern STORE = Pattern.compile("store: read \\d+, added (\\d+), .*quarantined (\\d+)");

    private CliHarvest() {}

    /** What one run did: records harvested, records added to the store, quarantined, wall time. */
    record Run(long records, long added, long quarantined, long nanos) {}

    static Run run(Path jar, String maxHeap, List<URI> urls, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        StringBuilder yaml = new StringBuilder("base: http://localhost:3030/\ndata: data\nsources:\n");
        for (int i = 0; i < urls.size(); i++) {
            yaml.append("  - id: bench").append(i).append('\n');
            yaml.append("    url: ").append(urls.get(i)).append('\n');
            yaml.append("    metadataPrefix: marc21\n");
            yaml.append("    delay: 0s\n");
        }
        Path config = Files.writeString(dir.resolve("colophon.yaml"), yaml);
        long start = System.nanoTime();
        String out = ChildJvm.run(
                List.of(),
                maxHeap,
                List.of("-jar", jar.toString(), "harvest", "--all", "--config", config.toString()),
                dir.resolve("harvest.log"));
        long nanos = System.nanoTime() - start;
        Matcher total = TOTAL.matcher(out);
        Matcher store = STORE.matcher(out);
        if (!total.find() || !store.find()) throw new IOException("unexpected output of colophon harvest:\n" + out);
        return new Run(
                Long.parseLong(total.group(1)), Long.parseLong(store.group(1)), Long.parseLong(store.group(2)), nanos);
    }
}
