package org.colophon.bench.harvest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.colophon.bench.BenchInput;
import org.colophon.bench.ColophonRun;
import org.colophon.bench.Machine;
import org.colophon.bench.StoreCount;
import org.colophon.graph.StoreStats;
import org.colophon.transform.Converter;

/**
 * Issue 8's scenario: the same records harvested end to end by {@code colophon harvest} from a replaying OAI-PMH
 * provider on loopback (in a JVM of its own), and imported by {@code colophon import} from a MARCXML file, in the same
 * run, each as the real command in a JVM of its own into an empty store: records/s of each, their ratio (target: the
 * harvest at ≥ 0.8× the import) and each one's heap.
 */
final class HarvestVsImport {
    /** What a run does. */
    record Settings(long records, int pageSize, String heap, Path cliJar) {}

    /** One command's figures: records and triples in its store afterwards, and the run. */
    record Leg(String what, StoreStats store, ColophonRun.Result run) {
        long records() {
            return store.records();
        }

        double recordsPerSecond() {
            return records() / run.seconds();
        }

        double recordsPerCpuSecond() {
            return records() / run.cpuSeconds();
        }
    }

    static final String BASE = "http://localhost:3030/";
    static final String SOURCE = "bench";
    /** The size the target is set for (issue 8). */
    static final long TARGET_RECORDS = 50_000;

    private final Settings settings;
    private final Path dir;
    private final Consumer<String> log;
    private final BenchInput input;

    HarvestVsImport(Settings settings, List<Path> seeds, Path dir, Consumer<String> log) throws IOException {
        this.settings = settings;
        this.dir = dir;
        this.log = log;
        this.input = new BenchInput(seeds, Converter.builder().base(BASE).build());
        log.accept("seeds: " + input.seedCount() + " real records from " + seeds.size() + " files");
    }

    /** Runs both commands and returns the report section. */
    String run(String command) throws Exception {
        Machine machine = Machine.now();
        log.accept(machine.line());
        log.accept("writing " + settings.records() + " records (synthetic: the seeds repeated with unique control"
                + " numbers) as MARCXML...");
        Path xml = input.writeXml(dir, settings.records());
        log.accept("recording them as an OAI-PMH list in pages of " + settings.pageSize() + "...");
        OaiRecording.Pages pages = OaiRecording.record(xml, dir.resolve("oai"), settings.pageSize());
        if (pages.records() != settings.records())
            throw new IOException("recorded " + pages.records() + " records, not " + settings.records());

        Leg harvest;
        double providerCpu;
        Path harvestDir = Files.createDirectories(dir.resolve("harvest"));
        try (ReplayProvider.Handle provider = ReplayProvider.Handle.start(pages, dir.resolve("provider.log"))) {
            Path config = Files.writeString(
                    harvestDir.resolve("colophon.yaml"),
                    "base: " + BASE + "\ndata: data\nsources:\n  - id: " + SOURCE + "\n    url: " + provider.url()
                            + "\n    metadataPrefix: marc21\n    delay: 0s\n",
                    StandardCharsets.UTF_8);
            log.accept("colophon harvest --all from the replaying provider at " + provider.url() + " (" + pages.pages()
                    + " pages; log: " + harvestDir.resolve("harvest.log") + ")...");
            ColophonRun.Result r = ColophonRun.run(
                    settings.cliJar(),
                    settings.heap(),
                    List.of("harvest", "--all", "--config", config.toString()),
                    harvestDir,
                    "harvest");
            providerCpu = provider.stop();
            harvest = leg("`colophon harvest` (OAI-PMH, loopback)", r, harvestDir, 0);
        }
        log.accept(line(harvest));

        Path importDir = Files.createDirectories(dir.resolve("import"));
        log.accept("colophon import of the same records from " + xml.getFileName() + " (log: "
                + importDir.resolve("import.log") + ")...");
        ColophonRun.Result r = ColophonRun.run(
                settings.cliJar(),
                settings.heap(),
                List.of("import", "--data", "data", "--source", SOURCE, "--base", BASE, xml.toString()),
                importDir,
                "import");
        // import exits 1 when it quarantined records: a finished run, counted by what the store holds
        Leg imported = leg("`colophon import` (MARCXML file)", r, importDir, 1);
        log.accept(line(imported));

        double ratio = harvest.recordsPerSecond() / imported.recordsPerSecond();
        String verdict = verdict(ratio, settings.records());
        log.accept("target: " + verdict);
        return HarvestVsImportReport.markdown(
                command, machine, input.seedCount(), settings, pages, harvest, imported, providerCpu, verdict);
    }

    static String verdict(double ratio, long records) {
        String judged = ratio >= 0.8 ? "met" : "NOT met";
        if (records < TARGET_RECORDS)
            judged = (ratio >= 0.8 ? "met" : "not met") + " at this size, not judged: the target is for ≥ "
                    + String.format("%,d", TARGET_RECORDS) + " records";
        return String.format(
                "`colophon harvest` runs at %.2f× `colophon import`'s records/s on the same %,d records (target: ≥ 0.8×):"
                        + " %s",
                ratio, records, judged);
    }

    private Leg leg(String what, ColophonRun.Result r, Path workDir, int okUpTo) throws IOException {
        if (r.exitCode() < 0 || r.exitCode() > okUpTo) {
            String[] lines = r.output().strip().split("\n");
            String last = lines.length == 0 ? "" : lines[lines.length - 1];
            throw new IOException(
                    what.replace("`", "") + " failed (exit " + r.exitCode() + "): " + last + " (see " + workDir + ")");
        }
        StoreStats s = StoreCount.of(workDir.resolve("data"));
        if (s.records() != settings.records())
            log.accept("note: " + what.replace("`", "") + " left " + s.records() + " records in its store, not "
                    + settings.records());
        return new Leg(what, s, r);
    }

    static String line(Leg l) {
        return String.format(
                "%-40s %,9d rec  %,11d triples  %7.1f s  %7.1f cpu-s  %,7.0f rec/s  heap peak %,5.0f MB",
                l.what().replace("`", ""),
                l.records(),
                l.store().triples(),
                l.run().seconds(),
                l.run().cpuSeconds(),
                l.recordsPerSecond(),
                l.run().heap().peakMb());
    }
}
