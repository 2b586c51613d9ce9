package org.colophon.bench.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.colophon.bench.BenchInput;
import org.colophon.bench.Probe;
import org.colophon.transform.Converter;
import org.colophon.transform.RuleSet;

/** The convert benchmark as a whole: inputs, warm-up, the measured stages at each size, the peer, the verdicts. */
public final class ConvertBench {
    /** marc2bibframe2's speed as measured for issue 2 (xsltproc and Saxon alike), used when the peer is not run. */
    static final double PEER_RECORDS_PER_CORE_SECOND = 150;

    private final Path dir;
    private final Consumer<String> log;
    private final BenchInput input;
    private final ConvertBenchmark bench;
    private final UnimarcInput unimarc;
    private final UnimarcInput bnuMarc21;
    /** The same stages mapped with other rule files (the rules before a change), or null. */
    private final ConvertBenchmark baseline;

    public ConvertBench(List<Path> seeds, Path dir, Consumer<String> log) throws IOException {
        this(seeds, dir, log, null);
    }

    /** With {@code baselineRules}, every full conversion also runs with the rule files in that directory. */
    public ConvertBench(List<Path> seeds, Path dir, Consumer<String> log, Path baselineRules) throws IOException {
        this.dir = dir;
        this.log = log;
        Converter converter = Converter.builder().base("http://example.org/").build();
        this.input = new BenchInput(seeds, converter);
        this.bench = new ConvertBenchmark(converter, input, log);
        this.baseline = baselineRules == null
                ? null
                : new ConvertBenchmark(
                        Converter.builder()
                                .base("http://example.org/")
                                .rules(RuleSet.fromDirectory(baselineRules))
                                .build(),
                        input,
                        log);
        log.accept("seeds: " + input.seedCount() + " real records from " + seeds.size() + " files; " + Probe.machine());
        List<Path> unimarcSeeds = UnimarcInput.defaults();
        this.unimarc = unimarcSeeds.isEmpty() ? null : new UnimarcInput(unimarcSeeds);
        List<Path> bnu = UnimarcInput.bnuMarc21();
        this.bnuMarc21 = unimarc == null || bnu.isEmpty() ? null : new UnimarcInput(bnu);
        if (unimarc != null) {
            log.accept("UNIMARC seeds: " + unimarc.isoSeeds() + " ISO 2709 and " + unimarc.xmlSeeds()
                    + " XML real records (transform/src/test/resources/unimarc)");
        }
    }

    /**
     * With {@code --baseline-only}: only the one-thread full conversions with the baseline and the current rules, in
     * turns; no parse-only, parse + write, UNIMARC or all-core rows. A shorter run for a shared machine.
     */
    private boolean baselineOnly;

    /** How many times the baseline and the current rules take turns on each input (at least 2). */
    private int turns = 2;

    private final List<String> turnVerdicts = new ArrayList<>();

    /** Turns of baseline and current rules per input; past 2, each turn's pair is compared too. Returns this bench. */
    public ConvertBench turns(int turns) {
        if (turns < 2) throw new IllegalArgumentException("turns must be at least 2");
        this.turns = turns;
        return this;
    }

    /** Only the baseline comparison (needs baseline rules); see {@link #baselineOnly}. Returns this bench. */
    public ConvertBench baselineOnly() {
        if (baseline == null) throw new IllegalStateException("no baseline rules");
        baselineOnly = true;
        return this;
    }

    /** Runs everything and returns the markdown section. */
    public String run(List<Long> sizes, long flat, Path peerXsl, long peerRecords, String command) throws Exception {
        int cores = baselineOnly ? 1 : Runtime.getRuntime().availableProcessors();
        List<ConvertBenchmark.Row> rows = new ArrayList<>();
        Path warm = input.writeIso(dir, Math.min(20_000, sizes.get(0)));
        log.accept("warming up on " + warm.getFileName());
        if (!baselineOnly) bench.convert(warm, "warm-up", cores);
        bench.convert(warm, "warm-up", 1);
        if (baseline != null) baseline.convert(warm, "warm-up", 1);
        Files.deleteIfExists(warm);
        if (unimarc != null && !baselineOnly) {
            Path uWarm = unimarc.writeIso(dir, Math.min(20_000, sizes.get(0)));
            bench.convert(uWarm, "warm-up", 1);
            Files.deleteIfExists(uWarm);
        }
        for (long n : sizes) {
            Path iso = input.writeIso(dir, n);
            Path xml = input.writeXml(dir, n);
            if (!baselineOnly) {
                rows.add(bench.parse(iso, "ISO 2709"));
                rows.add(bench.parse(xml, "MARCXML"));
                rows.add(bench.parseWrite(iso, "ISO 2709"));
                rows.add(bench.parseWrite(xml, "MARCXML"));
            }
            if (baseline == null) {
                rows.add(bench.convert(iso, "ISO 2709", 1));
            } else {
                // baseline and current rules take turns on the same input, twice, in the same JVM; the faster of
                // each pair is kept, so neither gains from running later or loses to a neighbour's burst of load
                for (String format : List.of("ISO 2709", "MARCXML")) {
                    Path file = format.equals("MARCXML") ? xml : iso;
                    List<ConvertBenchmark.Row> bs = new ArrayList<>();
                    List<ConvertBenchmark.Row> cs = new ArrayList<>();
                    for (int t = 0; t < turns; t++) {
                        // which rules go first alternates, so neither always meets the other's garbage
                        boolean baselineFirst = t % 2 == 0;
                        if (baselineFirst) bs.add(baseline.convert(file, format, 1));
                        cs.add(bench.convert(file, format, 1));
                        if (!baselineFirst) bs.add(baseline.convert(file, format, 1));
                    }
                    rows.add(cs.stream().reduce(ConvertBench::faster).orElseThrow());
                    rows.add(
                            baselineRow(bs.stream().reduce(ConvertBench::faster).orElseThrow()));
                    if (turns > 2)
                        turnVerdicts.add(TurnStats.of(format, n, bs, cs).verdict());
                }
            }
            if (unimarc != null && !baselineOnly) {
                // straight after MARC 21's row, so both meet the same machine
                Path uIso = unimarc.writeIso(dir, n);
                rows.add(bench.convert(uIso, "UNIMARC ISO 2709", 1));
                Files.deleteIfExists(uIso);
            }
            if (baseline == null) rows.add(bench.convert(xml, "MARCXML", 1));
            if (unimarc != null && !baselineOnly) {
                Path uXml = unimarc.writeXml(dir, n);
                if (uXml != null) {
                    rows.add(bench.convert(uXml, "CNMARC XML", 1));
                    Files.deleteIfExists(uXml);
                }
                if (bnuMarc21 != null) {
                    Path bXml = bnuMarc21.writeXml(dir, n);
                    rows.add(bench.convert(bXml, "BNU MARCXML", 1));
                    Files.deleteIfExists(bXml);
                }
            }
            if (cores > 1) {
                rows.add(bench.convert(iso, "ISO 2709", cores));
                rows.add(bench.convert(xml, "MARCXML", cores));
            }
            Files.deleteIfExists(iso);
            Files.deleteIfExists(xml);
        }
        if (flat > 0) {
            log.accept("writing " + flat + " records to show memory stays flat...");
            Path iso = input.writeIso(dir, flat);
            rows.add(bench.convert(iso, "ISO 2709", cores));
            Files.deleteIfExists(iso);
        }
        PeerRun.Result peer = null;
        if (peerXsl != null) {
            Path xml = input.writeXml(dir, peerRecords);
            log.accept("running marc2bibframe2 (xsltproc) on " + peerRecords + " records...");
            peer = PeerRun.run(peerXsl, xml, peerRecords);
            log.accept(String.format(
                    "marc2bibframe2: %,.0f records/s, %,.0f records per CPU-second",
                    peer.recordsPerSecond(), peer.recordsPerCpuSecond()));
            Files.deleteIfExists(xml);
        }
        List<String> verdicts = verdicts(rows, peer, cores);
        if (baseline != null) verdicts.addAll(turnVerdicts.isEmpty() ? againstBaseline(rows) : turnVerdicts);
        verdicts.forEach(v -> log.accept("target: " + v));
        return ConvertReport.markdown(command, rows, peer, verdicts);
    }

    private static List<String> verdicts(List<ConvertBenchmark.Row> rows, PeerRun.Result peer, int cores) {
        List<String> out = new ArrayList<>();
        // the targets are judged at the largest size every stage ran at (the --flat run has only one stage)
        long largest = rows.stream()
                .filter(r -> r.stage().equals("parse + write"))
                .mapToLong(ConvertBenchmark.Row::records)
                .max()
                .orElse(0);
        double peerCpu = peer != null ? peer.recordsPerCpuSecond() : PEER_RECORDS_PER_CORE_SECOND;
        double peerWall = peer != null ? peer.recordsPerSecond() : PEER_RECORDS_PER_CORE_SECOND;
        String against = peer != null
                ? "marc2bibframe2 measured in this run"
                : "marc2bibframe2's 150 records/s per core measured for the issue (peer not run)";
        for (String format : List.of("MARCXML", "ISO 2709")) {
            ConvertBenchmark.Row one = find(rows, "parse + map + write", format, 1, largest);
            ConvertBenchmark.Row all = find(rows, "parse + map + write", format, cores, largest);
            ConvertBenchmark.Row floor = find(rows, "parse + write", format, 1, largest);
            if (one == null || floor == null) continue;
            double perCpu = one.recordsPerCpuSecond() / peerCpu;
            out.add(String.format(
                    "%s, one thread: %.0fx %s in records per CPU-second (target 30x): %s",
                    format, perCpu, against, perCpu >= 30 ? "met" : "NOT met"));
            if (all != null && cores > 1) {
                double x = all.recordsPerSecond() / peerWall;
                out.add(String.format(
                        "%s, %d threads: %.0fx its records/s (target 50x): %s",
                        format, cores, x, x >= 50 ? "met" : "NOT met"));
            }
            double ratio = one.wall() / floor.wall();
            out.add(String.format(
                    "%s: full conversion takes %.2fx the parse + write floor for the same triples (target <= 1.5x): %s",
                    format, ratio, ratio <= 1.5 ? "met" : "NOT met"));
        }
        ConvertBenchmark.Row marc21 = find(rows, "parse + map + write", "ISO 2709", 1, largest);
        ConvertBenchmark.Row unimarc = find(rows, "parse + map + write", "UNIMARC ISO 2709", 1, largest);
        if (marc21 != null && unimarc != null) {
            // per CPU-second, so other load on the machine counts less; the record mixes differ, so triples too
            double ratio = unimarc.recordsPerCpuSecond() / marc21.recordsPerCpuSecond();
            out.add(String.format(
                    "UNIMARC ISO 2709, one thread: %.2fx MARC 21's records per CPU-second in this run (%.2fx its triples"
                            + " per CPU-second; target: within 20 %%): %s",
                    ratio,
                    (unimarc.triples() / unimarc.cpu()) / (marc21.triples() / marc21.cpu()),
                    ratio >= 0.8 ? "met" : "NOT met"));
        }
        ConvertBenchmark.Row bnuRow = find(rows, "parse + map + write", "BNU MARCXML", 1, largest);
        ConvertBenchmark.Row cnRow = find(rows, "parse + map + write", "CNMARC XML", 1, largest);
        if (bnuRow != null && cnRow != null) {
            // one library's records in both formats; CNMARC records carry more fields, so per triple too
            double perTriple = (cnRow.triples() / cnRow.cpu()) / (bnuRow.triples() / bnuRow.cpu());
            out.add(String.format(
                    "CNMARC XML, one thread: %.2fx the records per CPU-second of the same library's MARC 21 (BNU),"
                            + " %.2fx its triples per CPU-second (target: within 20 %%): %s",
                    cnRow.recordsPerCpuSecond() / bnuRow.recordsPerCpuSecond(),
                    perTriple,
                    perTriple >= 0.8 ? "met per triple" : "NOT met"));
        }
        double maxHeap = Runtime.getRuntime().maxMemory() / 1048576.0;
        double peakLive = rows.stream()
                .mapToDouble(ConvertBenchmark.Row::liveHeapMb)
                .max()
                .orElse(0);
        out.add(String.format(
                "memory: ran in a %.0f MB heap; the most left live after a collection was %.0f MB (target: peak <= 512 MB, flat with size): %s",
                maxHeap, peakLive, maxHeap <= 530 ? "met" : "run with COLOPHON_BENCH_JAVA_OPTS=-Xmx512m to check"));
        return out;
    }

    private static final String BASELINE = "parse + map + write, baseline rules";

    private static ConvertBenchmark.Row faster(ConvertBenchmark.Row a, ConvertBenchmark.Row b) {
        return a.recordsPerCpuSecond() >= b.recordsPerCpuSecond() ? a : b;
    }

    private static ConvertBenchmark.Row baselineRow(ConvertBenchmark.Row r) {
        return new ConvertBenchmark.Row(
                BASELINE,
                r.format(),
                r.threads(),
                r.records(),
                r.triples(),
                r.wall(),
                r.cpu(),
                r.peakHeapMb(),
                r.liveHeapMb());
    }

    /** Current rules against the baseline at each size and format, one thread, in records per CPU-second. */
    private static List<String> againstBaseline(List<ConvertBenchmark.Row> rows) {
        List<String> out = new ArrayList<>();
        for (ConvertBenchmark.Row b : rows) {
            if (!b.stage().equals(BASELINE)) continue;
            ConvertBenchmark.Row now = find(rows, "parse + map + write", b.format(), 1, b.records());
            if (now == null) continue;
            double change = 100.0 * (now.recordsPerCpuSecond() / b.recordsPerCpuSecond() - 1);
            out.add(String.format(
                    "%s, %,d records, one thread: current rules %+.1f %% records per CPU-second against the baseline"
                            + " rules (%,d against %,d triples) (target: no more than 10 %% slower): %s",
                    b.format(), b.records(), change, now.triples(), b.triples(), change >= -10 ? "met" : "NOT met"));
        }
        return out;
    }

    private static ConvertBenchmark.Row find(
            List<ConvertBenchmark.Row> rows, String stage, String format, int threads, long records) {
        for (ConvertBenchmark.Row r : rows) {
            if (r.stage().equals(stage)
                    && r.format().equals(format)
                    && r.threads() == threads
                    && r.records() == records) return r;
        }
        return null;
    }
}
