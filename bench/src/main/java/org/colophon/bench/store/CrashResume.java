package org.colophon.bench.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.bench.BenchInput;
import org.colophon.bench.ChildJvm;
import org.colophon.bench.ColophonRun;
import org.colophon.bench.Machine;
import org.colophon.bench.StoreCount;
import org.colophon.graph.StoreStats;
import org.colophon.transform.Converter;

/**
 * An import killed with {@code kill -9} and run again, several times, beside the same import run once: what the store
 * holds and what it takes on disk afterwards. Two cases: a first import into an empty store (one bulk batch, undone
 * when killed) and an import into a store that already holds another source (committed every {@code --batch}
 * records, so each kill leaves the blocks of the batches before it behind). Every run is the real {@code colophon
 * import} in a JVM of its own, as a user would run it again after a crash.
 */
final class CrashResume {
    /** What one case gave: the clean run, and the runs that were killed and the one that finished. */
    record Case(String name, Outcome clean, List<Long> killedAt, Outcome resumed) {}

    /**
     * A finished store: its records, its size on disk ({@code du}) when the last import ended, and what that import
     * said about compaction (its {@code compacted: …} line, or empty).
     */
    record Outcome(long records, long triples, long bytes, String compaction, double seconds) {}

    record Figures(Machine machine, int seeds, long records, long base, int cycles, List<Case> cases) {}

    private static final Pattern READ = Pattern.compile("read ([0-9,]+)");
    private static final Pattern COMPACTED = Pattern.compile("compacted: [^\\n]*");
    static final String SOURCE = "bench";
    static final String BASE_SOURCE = "base";

    private final Path dir;
    private final Path jar;
    private final String heap;
    private final Consumer<String> log;
    private final BenchInput input;

    CrashResume(List<Path> seeds, Path dir, Path jar, String heap, Consumer<String> log) throws IOException {
        this.dir = dir;
        this.jar = jar;
        this.heap = heap;
        this.log = log;
        this.input = new BenchInput(seeds, Converter.builder().build());
        log.accept("seeds: " + input.seedCount() + " real records from " + seeds.size() + " files");
    }

    Figures run(long records, int cycles) throws Exception {
        Machine machine = Machine.now();
        log.accept(machine.line());
        long base = Math.max(1, records / 5);
        log.accept("writing " + records + " records, and " + base + " others as a source already in the store"
                + " (synthetic: the seeds repeated with unique control numbers)...");
        Path big = input.writeXml(dir, records);
        // the other source's records are the first ones of the big file, under another source id: other graphs
        Path other = input.writeXml(Files.createDirectories(dir.resolve("base-input")), base);
        List<Case> cases = new ArrayList<>();
        cases.add(runCase("first import into an empty store", big, null, records, cycles));
        cases.add(runCase("import into a store holding another source", big, other, records, cycles));
        return new Figures(machine, input.seedCount(), records, base, cycles, cases);
    }

    private Case runCase(String name, Path big, Path other, long records, int cycles) throws Exception {
        String slug = other == null ? "empty" : "loaded";
        log.accept(name + ": the import run once...");
        Path clean = Files.createDirectories(dir.resolve(slug + "-clean"));
        if (other != null) importOnce(clean, other, BASE_SOURCE, "base");
        Outcome once = importOnce(clean, big, SOURCE, "import");

        Path crashed = Files.createDirectories(dir.resolve(slug + "-killed"));
        if (other != null) importOnce(crashed, other, BASE_SOURCE, "base");
        List<Long> killedAt = new ArrayList<>();
        for (int k = 1; k <= cycles; k++) {
            long at = records * k / (cycles + 1);
            long read = killAfter(crashed, big, at, "killed-" + k);
            killedAt.add(read);
            log.accept("  killed (kill -9) at " + String.format("%,d", read) + " records read; "
                    + String.format("%,d", StoreCount.of(crashed).records()) + " records in the store, "
                    + String.format("%,.1f MB", StoreCount.diskBytes(crashed) / 1e6) + " on disk");
        }
        Outcome resumed = importOnce(crashed, big, SOURCE, "resumed");
        return new Case(name, once, killedAt, resumed);
    }

    /** {@code colophon import FILE --source S --data DATA}, to its end. */
    private Outcome importOnce(Path data, Path file, String source, String name) throws Exception {
        ColophonRun.Result r = ColophonRun.run(jar, heap, args(data, file, source), data, name);
        if (r.exitCode() != 0)
            throw new IOException("colophon import exited " + r.exitCode() + "; see " + data.resolve(name + ".log"));
        StoreStats s = StoreCount.of(data);
        Matcher m = COMPACTED.matcher(r.output());
        String compaction = m.find() ? m.group() : "";
        Outcome o = new Outcome(s.records(), s.triples(), StoreCount.diskBytes(data), compaction, r.seconds());
        log.accept(String.format(
                "  %s: %,d records, %,.1f MB on disk, %.1f s%s",
                name, o.records(), o.bytes() / 1e6, o.seconds(), compaction.isEmpty() ? "" : "; " + compaction));
        return o;
    }

    /**
     * Starts {@code colophon import} and kills it ({@code kill -9}) once its progress line says {@code at} records
     * were read; returns the count it had reached (the whole file when it ended first).
     */
    private long killAfter(Path data, Path file, long at, String name) throws Exception {
        Path logFile = data.resolve(name + ".log");
        List<String> cmd = new ArrayList<>(List.of(ChildJvm.java(), "-Xmx" + heap, "-jar", jar.toString()));
        cmd.addAll(args(data, file, SOURCE));
        Process p = new ProcessBuilder(cmd)
                .directory(data.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .start();
        long read = 0;
        while (p.isAlive() && read < at) {
            Thread.sleep(100);
            Matcher m = READ.matcher(Files.readString(logFile, StandardCharsets.UTF_8));
            while (m.find()) read = Long.parseLong(m.group(1).replace(",", ""));
        }
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly(); // SIGKILL: no shutdown hook runs
        if (!p.waitFor(1, TimeUnit.MINUTES)) throw new IOException("colophon import did not die: " + logFile);
        return read;
    }

    private static List<String> args(Path data, Path file, String source) {
        return List.of("import", file.toString(), "--source", source, "--data", data.toString());
    }
}
