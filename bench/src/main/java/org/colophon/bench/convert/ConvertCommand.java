package org.colophon.bench.convert;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.colophon.bench.BenchFiles;
import org.colophon.bench.BenchInput;
import org.colophon.bench.ExitCode;
import org.colophon.bench.Seeds;
import org.colophon.bench.UserError;
import org.colophon.transform.Converter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code colophon-bench convert}: conversion speed and memory, beside marc2bibframe2 when it is given. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = "Convert a large input made by repeating real records with unique control numbers: parse only,"
                + " parse + write, and parse + map + write, on one thread and on all cores.")
public final class ConvertCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--records", split = ",", description = "Input sizes (default: 10000,100000).")
    List<Long> sizes = List.of(10_000L, 100_000L);

    @Mixin
    Seeds seeds = new Seeds();

    @Mixin
    BenchFiles files = new BenchFiles();

    @Option(
            names = "--peer-xsl",
            paramLabel = "XSL",
            description = "marc2bibframe2's xsl/marc2bibframe2.xsl: run it with xsltproc beside ours.")
    Path peerXsl;

    @Option(names = "--peer-records", description = "Records for the marc2bibframe2 run (default: 2000).")
    long peerRecords = 2000;

    @Option(
            names = "--baseline-rules",
            paramLabel = "DIR",
            description = "Also map with the rule files in DIR (e.g. the rules before a change), in the same run, and"
                    + " give both speeds.")
    Path baselineRules;

    @Option(
            names = "--baseline-only",
            description = "With --baseline-rules: only the one-thread full conversions with both rule sets, in turns"
                    + " (no parse-only, parse + write, UNIMARC or all-core rows): a shorter run.")
    boolean baselineOnly;

    @Option(
            names = "--turns",
            paramLabel = "N",
            description = "With --baseline-rules: how many times the two rule sets take turns on each input (default"
                    + " 2, the faster run of each kept). Past 2, the verdict is the median of the turns' pairs with a"
                    + " 95 %% interval, so a shared machine's scatter shows instead of misleading.")
    int turns = 2;

    @Option(
            names = "--profile-rules",
            paramLabel = "N",
            arity = "0..1",
            fallbackValue = "30",
            description = "Instead of timing: convert the seed records (the first --records size, ISO 2709, one thread)"
                    + " counting runs, values and nanoseconds per rule line, and print the N lines that cost most"
                    + " (default 30), the cost per rule file and, with --baseline-rules, per tag against the"
                    + " baseline. No report is written.")
    Integer profileRules;

    @Option(
            names = "--dialect",
            paramLabel = "all|unimarc",
            description = "unimarc: only UNIMARC against MARC 21 (per record, subfield, byte and triple), at the first"
                    + " --records size, into its own report section (default: all).")
    String dialect = "all";

    @Option(
            names = "--flat",
            paramLabel = "N",
            description = "Also convert N records (ISO 2709, all cores) to show memory stays flat with size.")
    long flat;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 1) || flat < 0 || peerRecords < 1)
            throw new UserError("--records, --peer-records must be positive, --flat not negative");
        List<Path> seedFiles = seeds.files();
        if (peerXsl != null && !Files.isReadable(peerXsl)) throw new UserError("cannot read " + peerXsl);
        if (baselineRules != null && !Files.isDirectory(baselineRules))
            throw new UserError("no rule directory " + baselineRules);
        if (!dialect.equals("all") && !dialect.equals("unimarc")) throw new UserError("--dialect is all or unimarc");
        if (baselineOnly && baselineRules == null) throw new UserError("--baseline-only needs --baseline-rules");
        if (turns < 2) throw new UserError("--turns must be at least 2");
        if (turns != 2 && baselineRules == null) throw new UserError("--turns needs --baseline-rules");
        if (profileRules != null && profileRules < 1) throw new UserError("--profile-rules must be positive");
        Path dir = files.workDir("colophon-bench-convert");
        try {
            if (profileRules != null) {
                BenchInput input = new BenchInput(
                        seedFiles,
                        Converter.builder().base("http://example.org/").build());
                new RuleProfileRun(input, dir, BenchFiles.log(out)).run(sizes.get(0), profileRules, baselineRules);
                return ExitCode.OK;
            }
            if (dialect.equals("unimarc")) {
                UnimarcBench u = new UnimarcBench(seedFiles, dir, BenchFiles.log(out));
                String command = "colophon-bench convert --dialect unimarc --records " + sizes.get(0);
                files.report(out, UnimarcBench::write, u.run(sizes.get(0), command));
                return ExitCode.OK;
            }
            ConvertBench bench = new ConvertBench(seedFiles, dir, BenchFiles.log(out), baselineRules);
            if (baselineOnly) bench.baselineOnly();
            bench.turns(turns);
            String command = "colophon-bench convert --records " + join(sizes) + (flat > 0 ? " --flat " + flat : "")
                    + (peerXsl != null ? " --peer-xsl marc2bibframe2/xsl/marc2bibframe2.xsl" : "")
                    + (baselineRules != null ? " --baseline-rules " + baselineRules.getFileName() : "")
                    + (baselineOnly ? " --baseline-only" : "")
                    + (turns != 2 ? " --turns " + turns : "");
            files.report(out, ConvertReport::write, bench.run(sizes, flat, peerXsl, peerRecords, command));
            return ExitCode.OK;
        } finally {
            if (files.temporary()) deleteEmpty(dir);
        }
    }

    /** The convert benchmark deletes each input it wrote; the temporary directory itself goes last. */
    private static void deleteEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (java.io.IOException e) {
            // not empty: something of the user's or a failed run's; left for them
        }
    }

    private static String join(List<Long> l) {
        List<String> s = new ArrayList<>();
        for (Long x : l) s.add(Long.toString(x));
        return String.join(",", s);
    }
}
