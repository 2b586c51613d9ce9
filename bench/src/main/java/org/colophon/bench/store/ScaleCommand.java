package org.colophon.bench.store;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.colophon.bench.BenchFiles;
import org.colophon.bench.ColophonJvm;
import org.colophon.bench.ExitCode;
import org.colophon.bench.Seeds;
import org.colophon.bench.Tree;
import org.colophon.bench.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code colophon-bench scale}: the user's commands on a million records, from cold JVMs. */
@Command(
        name = "scale",
        mixinStandardHelpOptions = true,
        description = "Write N records (synthetic: real records repeated with unique control numbers), then run"
                + " `colophon convert` and `colophon import` on them as users do (each a cold JVM of its own), serve"
                + " the store and measure IRI and query latency over HTTP from a second process: time, disk, peak"
                + " heap. The figures feed the sizing table in docs/scale.md.")
public final class ScaleCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--records", description = "Records (default: ${DEFAULT-VALUE}).")
    long records = 1_000_000;

    @Mixin
    ColophonJvm jvm = new ColophonJvm("2g");

    @Option(names = "--requests", description = "Timed requests per kind of query (default: ${DEFAULT-VALUE}).")
    int requests = 500;

    @Option(
            names = "--warm-up",
            paramLabel = "SECONDS",
            description = "Untimed requests per kind before timing (default: ${DEFAULT-VALUE}).")
    double warmUp = 5;

    @Mixin
    Seeds seeds = new Seeds();

    @Mixin
    BenchFiles files = new BenchFiles();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (records < 1 || requests < 1 || warmUp < 0)
            throw new UserError("--records and --requests must be positive, --warm-up not negative");
        String heap = jvm.heap();
        Path jar = jvm.jar();
        List<Path> seedFiles = seeds.files();
        Path dir = files.workDir("colophon-bench-scale");
        try {
            ScaleBench bench = new ScaleBench(seedFiles, dir, jar, BenchFiles.log(out));
            String command = "colophon-bench scale --records " + records
                    + (!heap.equals("2g") ? " --heap " + heap : "")
                    + (requests != 500 ? " --requests " + requests : "");
            files.report(
                    out,
                    ScaleReport::write,
                    bench.run(new ScaleBench.Settings(records, heap, requests, warmUp), command));
            return ExitCode.OK;
        } finally {
            if (files.temporary()) Tree.delete(dir);
        }
    }
}
