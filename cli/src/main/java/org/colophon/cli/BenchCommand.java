package org.colophon.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.colophon.cli.bench.BenchFiles;
import org.colophon.cli.bench.ConvertBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code colophon bench convert}: conversion speed and memory, beside marc2bibframe2 when it is given. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks. Prints records/s and triples/s and writes the figures to docs/benchmarks.md.",
        subcommands = {BenchCommand.Convert.class, org.colophon.cli.bench.StoreBenchCommand.class})
final class BenchCommand {

    @Command(
            name = "convert",
            mixinStandardHelpOptions = true,
            description = {
                "Convert a large input made by repeating real records with unique control numbers: parse only,",
                "parse + write, and parse + map + write, on one thread and on all cores."
            })
    static final class Convert implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--records", split = ",", description = "Input sizes (default: 10000,100000).")
        List<Long> sizes = List.of(10_000L, 100_000L);

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
                names = "--flat",
                paramLabel = "N",
                description = "Also convert N records (ISO 2709, all cores) to show memory stays flat with size.")
        long flat;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            List<Path> seedFiles = files.seedFiles();
            if (peerXsl != null && !Files.isReadable(peerXsl)) throw new Main.UserError("cannot read " + peerXsl);
            ConvertBench bench = new ConvertBench(seedFiles, files.workDir("colophon-bench"), BenchFiles.log(out));
            String command = "colophon bench convert --records " + join(sizes) + (flat > 0 ? " --flat " + flat : "")
                    + (peerXsl != null ? " --peer-xsl marc2bibframe2/xsl/marc2bibframe2.xsl" : "");
            files.report(out, bench::writeReport, bench.run(sizes, flat, peerXsl, peerRecords, command));
            return ExitCode.OK;
        }

        private static String join(List<Long> l) {
            List<String> s = new ArrayList<>();
            for (Long x : l) s.add(Long.toString(x));
            return String.join(",", s);
        }
    }
}
