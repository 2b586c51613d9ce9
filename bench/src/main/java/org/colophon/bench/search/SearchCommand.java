package org.colophon.bench.search;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.colophon.bench.BenchFiles;
import org.colophon.bench.ExitCode;
import org.colophon.bench.Seeds;
import org.colophon.bench.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code colophon-bench search}: index build beside plain Lucene, import with the index on and off, query latency. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "Build the search index of N (synthetic) records beside plain Lucene on the same records, import"
                + " with the index on and off, then serve the index and measure /search latency over HTTP from a"
                + " second process.")
public final class SearchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--docs", description = "Records in the index that is served (default: ${DEFAULT-VALUE}).")
    long docs = 1_000_000;

    @Option(
            names = "--compare",
            description = "Records built by both ours and plain Lucene, side by side (default: ${DEFAULT-VALUE}).")
    long compare = 100_000;

    @Option(
            names = "--import",
            paramLabel = "RECORDS",
            description = "Records imported with the index on and off (default: ${DEFAULT-VALUE}).")
    long importRecords = 10_000;

    @Option(names = "--requests", description = "Timed requests per kind of query (default: ${DEFAULT-VALUE}).")
    int requests = 200;

    @Option(
            names = "--warm-up",
            paramLabel = "SECONDS",
            description = "Untimed requests first (default: ${DEFAULT-VALUE}).")
    double warmUp = 5;

    @Option(
            names = "--reuse-index",
            description = "Measure the queries only, over the index an earlier run with the same --work DIR built"
                    + " (skips the builds and the import).")
    boolean reuseIndex;

    @Mixin
    Seeds seeds = new Seeds();

    @Mixin
    BenchFiles files = new BenchFiles();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (docs < 1 || compare < 1 || importRecords < 1 || requests < 1 || warmUp < 0)
            throw new UserError("--docs, --compare, --import and --requests must be positive, --warm-up not negative");
        if (reuseIndex && files.temporary())
            throw new UserError(
                    "--reuse-index needs --work DIR, the working directory of the run that built the index");
        Path dir = files.workDir("colophon-bench-search");
        try {
            SearchBench bench = new SearchBench(seeds.files(), dir, BenchFiles.log(out));
            String command = reuseIndex
                    ? "colophon-bench search --reuse-index" + (requests != 200 ? " --requests " + requests : "")
                    : "colophon-bench search --docs " + docs + " --compare " + compare + " --import "
                            + importRecords + (requests != 200 ? " --requests " + requests : "")
                            + (warmUp != 5 ? " --warm-up " + warmUp : "");
            files.report(
                    out,
                    SearchBench::writeReport,
                    bench.run(
                            new SearchBench.Settings(docs, compare, importRecords, requests, warmUp, reuseIndex),
                            command));
            return ExitCode.OK;
        } finally {
            if (files.temporary()) SearchBench.delete(dir);
        }
    }
}
