package org.colophon.bench.store;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.colophon.bench.BenchFiles;
import org.colophon.bench.ExitCode;
import org.colophon.bench.Seeds;
import org.colophon.bench.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code colophon-bench store}: import beside TDB2's loader, then query latency and load over HTTP. */
@Command(
        name = "store",
        mixinStandardHelpOptions = true,
        description =
                "Import N records (real records repeated with unique control numbers) into an empty store and load"
                        + " the same quads with TDB2's own bulk loader; then serve the store and measure query latency"
                        + " over HTTP and requests/s from a second process.")
public final class StoreCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--records", description = "Records to import (default: ${DEFAULT-VALUE}).")
    long records = 100_000;

    @Mixin
    Seeds seeds = new Seeds();

    @Mixin
    BenchFiles files = new BenchFiles();

    @Option(names = "--requests", description = "Timed requests per kind of query (default: ${DEFAULT-VALUE}).")
    int requests = 200;

    @Option(names = "--clients", description = "Client threads in the load process (default: ${DEFAULT-VALUE}).")
    int clients = 8;

    @Option(names = "--seconds", description = "How long the load process runs (default: ${DEFAULT-VALUE}).")
    double seconds = 20;

    @Option(
            names = "--warm-up",
            paramLabel = "SECONDS",
            description = "How long each kind of request is sent, untimed, before it is timed, so that the figures are"
                    + " a warm server's (default: ${DEFAULT-VALUE}).")
    double warmUp = 5;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (records < 1 || requests < 1 || clients < 1 || seconds <= 0 || warmUp < 0)
            throw new UserError(
                    "--records, --requests, --clients and --seconds must be positive, --warm-up not negative");
        List<Path> seedFiles = seeds.files();
        Path dir = files.workDir("colophon-bench-store");
        try {
            StoreBench bench = new StoreBench(seedFiles, dir, BenchFiles.log(out));
            String command = "colophon-bench store --records " + records
                    + (requests != 200 ? " --requests " + requests : "")
                    + (clients != 8 ? " --clients " + clients : "")
                    + (seconds != 20 ? " --seconds " + seconds : "")
                    + (warmUp != 5 ? " --warm-up " + warmUp : "");
            files.report(
                    out,
                    StoreBench::writeReport,
                    bench.run(new StoreBench.Settings(records, requests, clients, seconds, warmUp), command));
            return ExitCode.OK;
        } finally {
            if (files.temporary()) StoreBench.delete(dir);
        }
    }
}
