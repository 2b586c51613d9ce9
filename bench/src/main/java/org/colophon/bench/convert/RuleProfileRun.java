package org.colophon.bench.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.colophon.bench.BenchInput;
import org.colophon.transform.Converter;
import org.colophon.transform.RuleProfile;
import org.colophon.transform.RuleSet;
import org.colophon.transform.internal.LineCounts;

/**
 * {@code colophon-bench convert --profile-rules N}: converts the seed records (ISO 2709, one thread) with converters
 * that count what each rule line runs and costs ({@link RuleProfile}), with the current rules and, when given, the
 * baseline rules, and prints the N lines that took most time of their own, the time per rule file and per field
 * tag, and with a baseline, the tags whose rules cost most more. Each converter converts the input once to warm up
 * and then twice counted, the two converters in turns. The counting reads the clock around every line, so the times are for comparing lines and rule
 * sets in one run; records per CPU-second come from the bench without this option.
 */
final class RuleProfileRun {
    private final BenchInput input;
    private final Path dir;
    private final Consumer<String> log;

    RuleProfileRun(BenchInput input, Path dir, Consumer<String> log) {
        this.input = input;
        this.dir = dir;
        this.log = log;
    }

    /** Profiles both rule sets (the baseline when {@code baselineRules} is not null) over {@code records} records. */
    void run(long records, int top, Path baselineRules) throws IOException {
        Path iso = input.writeIso(dir, records);
        try {
            Profiled current = new Profiled(null);
            Profiled baseline = baselineRules == null ? null : new Profiled(RuleSet.fromDirectory(baselineRules));
            // both warm up before either is counted, then they take turns, twice, so that neither gains from the
            // compiler's work on the other or from running later
            current.convert(iso, "warm-up");
            if (baseline != null) baseline.convert(iso, "warm-up");
            current.profile.reset();
            if (baseline != null) baseline.profile.reset();
            for (int pass = 0; pass < 2; pass++) {
                current.convert(iso, "ISO 2709");
                if (baseline != null) baseline.convert(iso, "ISO 2709");
            }
            report("current rules", current.counts(), top);
            if (baseline == null) return;
            report("baseline rules (" + baselineRules.getFileName() + ")", baseline.counts(), top);
            compare(current.counts(), baseline.counts(), top);
        } finally {
            Files.deleteIfExists(iso);
        }
    }

    /** A converter that counts into its own profile. */
    private final class Profiled {
        final RuleProfile profile = new RuleProfile();
        final ConvertBenchmark bench;

        Profiled(RuleSet rules) {
            Converter.Builder b =
                    Converter.builder().base("http://example.org/").profile(profile);
            if (rules != null) b.rules(rules);
            bench = new ConvertBenchmark(b.build(), input, log);
        }

        void convert(Path iso, String label) throws IOException {
            bench.convert(iso, label, 1);
        }

        LineCounts counts() {
            return profile.of("marc21");
        }
    }

    private void report(String title, LineCounts counts, int top) {
        long records = Math.max(1, counts.records());
        long all = Math.max(1, counts.mapNanos());
        log.accept(String.format(
                "rule profile, %s: %,d records, mapping %,.1f µs a record (counting included), %,d lines",
                title, counts.records(), all / 1000.0 / records, counts.lines().size()));
        List<LineCounts.Line> lines = new ArrayList<>(counts.lines());
        lines.sort(Comparator.comparingLong(LineCounts.Line::selfNanos).reversed());
        log.accept(String.format(
                "  %9s %6s %9s %11s %11s %7s  %s", "own ms", "own %", "total ms", "runs", "gave", "ns/run", "line"));
        for (LineCounts.Line l : lines.subList(0, Math.min(top, lines.size()))) {
            log.accept(String.format(
                    "  %,9.1f %5.1f%% %,9.1f %,11d %,11d %,7.0f  %s",
                    l.selfNanos() / 1e6,
                    100.0 * l.selfNanos() / all,
                    l.totalNanos() / 1e6,
                    l.runs(),
                    l.gave(),
                    l.runs() == 0 ? 0.0 : (double) l.selfNanos() / l.runs(),
                    l.origin()));
        }
        Map<String, long[]> files = byFile(counts);
        log.accept("  per rule file (own time of its lines, runs, gave):");
        files.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .forEach(e -> log.accept(String.format(
                        "  %,9.1f %5.1f%% %,11d %,11d  %s",
                        e.getValue()[0] / 1e6,
                        100.0 * e.getValue()[0] / all,
                        e.getValue()[1],
                        e.getValue()[2],
                        e.getKey())));
    }

    /** Own time, runs and gave per rule file, named without its directory so two rule sets compare. */
    private static Map<String, long[]> byFile(LineCounts counts) {
        Map<String, long[]> out = new LinkedHashMap<>();
        for (LineCounts.Line l : counts.lines()) {
            String file = l.file();
            file = file.substring(file.lastIndexOf('/') + 1);
            long[] t = out.computeIfAbsent(file, k -> new long[3]);
            t[0] += l.selfNanos();
            t[1] += l.runs();
            t[2] += l.gave();
        }
        return out;
    }

    private void compare(LineCounts current, LineCounts baseline, int top) {
        double cur = current.mapNanos() / 1e3 / Math.max(1, current.records());
        double base = baseline.mapNanos() / 1e3 / Math.max(1, baseline.records());
        log.accept(String.format(
                "rule profile, current against baseline: mapping %,.1f against %,.1f µs a record (%+.1f %%); lines run"
                        + " %,d against %,d",
                cur, base, 100 * (cur / base - 1), runs(current), runs(baseline)));
        Map<String, long[]> fc = byFile(current);
        Map<String, long[]> fb = byFile(baseline);
        log.accept("  per rule file, own ms current / baseline / difference, lines run current / baseline:");
        TreeSet<String> names = new TreeSet<>(fc.keySet());
        names.addAll(fb.keySet());
        names.stream()
                .sorted(Comparator.comparingLong((String f) -> own(fc, f) - own(fb, f))
                        .reversed())
                .forEach(f -> log.accept(String.format(
                        "  %,9.1f %,9.1f %+,9.1f %,11d %,11d  %s",
                        own(fc, f) / 1e6,
                        own(fb, f) / 1e6,
                        (own(fc, f) - own(fb, f)) / 1e6,
                        fc.getOrDefault(f, new long[3])[1],
                        fb.getOrDefault(f, new long[3])[1],
                        f)));
        Map<String, LineCounts.Tag> tb = new LinkedHashMap<>();
        for (LineCounts.Tag t : baseline.tags()) tb.put(t.tag(), t);
        List<LineCounts.Tag> tags = new ArrayList<>(current.tags());
        for (LineCounts.Tag t : baseline.tags())
            if (current.tags().stream().noneMatch(c -> c.tag().equals(t.tag())))
                tags.add(new LineCounts.Tag(t.tag(), 0, 0, 0));
        tags.sort(Comparator.comparingLong((LineCounts.Tag t) -> t.nanos() - nanos(tb, t.tag()))
                .reversed());
        log.accept("  per tag, ms current / baseline / difference, fields, triples current / baseline (top " + top
                + " by difference):");
        for (LineCounts.Tag t : tags.subList(0, Math.min(top, tags.size()))) {
            LineCounts.Tag b = tb.getOrDefault(t.tag(), new LineCounts.Tag(t.tag(), 0, 0, 0));
            log.accept(String.format(
                    "  %,9.1f %,9.1f %+,9.1f %,9d %,11d %,11d  %s",
                    t.nanos() / 1e6,
                    b.nanos() / 1e6,
                    (t.nanos() - b.nanos()) / 1e6,
                    Math.max(t.fields(), b.fields()),
                    t.triples(),
                    b.triples(),
                    t.tag()));
        }
    }

    private static long nanos(Map<String, LineCounts.Tag> tags, String tag) {
        LineCounts.Tag t = tags.get(tag);
        return t == null ? 0 : t.nanos();
    }

    private static long own(Map<String, long[]> files, String file) {
        long[] t = files.get(file);
        return t == null ? 0 : t[0];
    }

    private static long runs(LineCounts counts) {
        long n = 0;
        for (LineCounts.Line l : counts.lines()) n += l.runs();
        return n;
    }
}
