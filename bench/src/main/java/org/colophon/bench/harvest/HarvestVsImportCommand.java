package org.colophon.bench.harvest;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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

/** {@code colophon-bench harvest-vs-import}: {@code colophon harvest} end to end beside {@code colophon import}. */
@Command(
        name = "harvest-vs-import",
        mixinStandardHelpOptions = true,
        description = "Run `colophon harvest` end to end against a replaying OAI-PMH provider on loopback (a JVM of its"
                + " own) and `colophon import` of the same records from a file, in the same run, each as the real"
                + " command into an empty store; print records/s of each, their ratio (target: ≥ 0.8) and their heap.")
public final class HarvestVsImportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--records",
            description = "Records (synthetic: real records repeated with unique control numbers; the target is set"
                    + " for ≥ 50,000) (default: ${DEFAULT-VALUE}).")
    long records = 50_000;

    @Option(names = "--page-size", description = "Records per ListRecords page (default: ${DEFAULT-VALUE}).")
    int pageSize = 100;

    @Mixin
    ColophonJvm jvm = new ColophonJvm("1g");

    @Mixin
    Seeds seeds = new Seeds();

    @Mixin
    BenchFiles files = new BenchFiles();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (records < 1 || pageSize < 1) throw new UserError("--records and --page-size must be positive");
        String heap = jvm.heap();
        Path jar = jvm.jar();
        List<Path> seedFiles = seeds.files();
        Path dir = files.workDir("colophon-bench-harvest-vs-import");
        boolean done = false;
        try {
            HarvestVsImport bench = new HarvestVsImport(
                    new HarvestVsImport.Settings(records, pageSize, heap, jar), seedFiles, dir, BenchFiles.log(out));
            String command = "colophon-bench harvest-vs-import --records " + records
                    + (pageSize != 100 ? " --page-size " + pageSize : "")
                    + (!heap.equals("1g") ? " --heap " + heap : "");
            files.report(out, HarvestVsImportReport::write, bench.run(command));
            done = true;
            return ExitCode.OK;
        } finally {
            if (files.temporary()) {
                if (done) Tree.delete(dir);
                else keepLogsOnly(dir, out);
            }
        }
    }

    /** After a failure: removes the inputs and stores, keeps the logs (the error names them) and says where. */
    private static void keepLogsOnly(Path dir, PrintWriter out) {
        try (Stream<Path> all = Files.list(dir)) {
            for (Path p : all.toList()) {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> inner = Files.list(p)) {
                        for (Path q : inner.toList()) if (!q.toString().endsWith(".log")) Tree.delete(q);
                    }
                } else if (!p.toString().endsWith(".log")) Files.deleteIfExists(p);
            }
            out.println("logs kept in " + dir);
            out.flush();
        } catch (IOException | RuntimeException e) {
            // best effort: the run already failed, and that is the error to report
        }
    }
}
