package org.colophon.harvester.oai;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The outcome of harvesting one source in one run (all its sets).
 *
 * @param sourceId the source
 * @param prefix the metadata prefix harvested, or {@code null} if the run failed before choosing one
 * @param records live records received in this run
 * @param deleted deleted records received in this run
 * @param errors records that could not be used (an unknown metadata format, an empty identifier), each reported to
 *     the listener
 * @param cleanedCharacters characters not allowed in XML that were removed from responses
 * @param pages pages read
 * @param elapsed wall time
 * @param failure why the source failed, one plain sentence without the source's id (the caller prints it once, e.g.
 *     after {@link #summary()}), or {@code null} when it succeeded
 * @param seenFiles for a full run, the files listing the identifier of every live record the run saw (one per line, a page re-read
 *     after a crash may repeat some); empty otherwise
 */
public record HarvestResult(
        String sourceId,
        String prefix,
        long records,
        long deleted,
        long errors,
        long cleanedCharacters,
        long pages,
        Duration elapsed,
        String failure,
        List<Path> seenFiles) {

    public HarvestResult {
        seenFiles = List.copyOf(seenFiles);
    }

    /** True when the source was harvested to the end of every list. */
    public boolean ok() {
        return failure == null;
    }

    /**
     * One line of counts, the same whether the run succeeded or not: {@code bnu: records 120, deleted 3, errors 0,
     * cleaned characters 2, 4.1 s}. It does not repeat {@link #failure()}: print that beside it when the run failed.
     */
    public String summary() {
        return String.format(
                Locale.ROOT,
                "%s: records %d, deleted %d, errors %d, cleaned characters %d, %.1f s",
                sourceId,
                records,
                deleted,
                errors,
                cleanedCharacters,
                elapsed.toMillis() / 1000.0);
    }

    /** One line for a whole run: {@code 3 sources (1 failed): records 180, deleted 4, errors 0, …, 12.0 s}. */
    public static String summaryOf(List<HarvestResult> results) {
        long failed = results.stream().filter(r -> !r.ok()).count();
        return String.format(
                Locale.ROOT,
                "%d sources%s: records %d, deleted %d, errors %d, cleaned characters %d, %.1f s",
                results.size(),
                failed == 0 ? "" : " (" + failed + " failed)",
                results.stream().mapToLong(HarvestResult::records).sum(),
                results.stream().mapToLong(HarvestResult::deleted).sum(),
                results.stream().mapToLong(HarvestResult::errors).sum(),
                results.stream().mapToLong(HarvestResult::cleanedCharacters).sum(),
                results.stream().mapToLong(r -> r.elapsed().toMillis()).max().orElse(0) / 1000.0);
    }

    /**
     * The identifiers of the live records a full run saw, for deleting what the store holds beyond them. Holds them
     * all in memory; for very large sources read {@link #seenFiles()} line by line instead.
     */
    public Set<String> seenIdentifiers() throws IOException {
        Set<String> ids = new HashSet<>();
        for (Path p : seenFiles) {
            try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isEmpty()) ids.add(line);
                }
            }
        }
        return ids;
    }
}
