package org.colophon.bench.harvest;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.colophon.bench.BenchFiles;
import org.colophon.bench.ExitCode;
import org.colophon.bench.Home;
import org.colophon.bench.Tree;
import org.colophon.bench.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code colophon-bench harvest}: the harvester against loopback OAI-PMH providers, beside what they can serve. */
@Command(
        name = "harvest",
        mixinStandardHelpOptions = true,
        description = "Harvest loopback OAI-PMH providers (gdcc's xoai, in a JVM of their own) serving real records"
                + " repeated under distinct identifiers: one source, then many at once. Each scenario measures a plain"
                + " client that only fetches pages, the Harvester into a counting sink (with and without the raw"
                + " store), and the real `colophon harvest` (harvest + convert + load).")
public final class HarvestCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--records", description = "Records in the one-source scenario (default: ${DEFAULT-VALUE}).")
    int records = 20_000;

    @Option(names = "--sources", description = "Providers in the many-sources scenario (default: ${DEFAULT-VALUE}).")
    int sources = 50;

    @Option(
            names = "--per-source",
            paramLabel = "N",
            description = "Records per provider in the many-sources scenario (default: ${DEFAULT-VALUE}).")
    int perSource = 1_000;

    @Option(names = "--page-size", description = "Records per ListRecords page (default: ${DEFAULT-VALUE}).")
    int pageSize = 100;

    @Option(
            names = "--heap",
            paramLabel = "SIZE",
            description = "Max heap of the harvesting JVM, as for -Xmx (default: ${DEFAULT-VALUE}).")
    String heap = "64m";

    @Option(
            names = "--cli",
            paramLabel = "JAR",
            description = "The colophon.jar whose `harvest` is measured (default: cli/target/colophon.jar in the"
                    + " checkout; 'none' to skip that row).")
    String cli;

    @Option(
            names = "--cli-heap",
            paramLabel = "SIZE",
            description = "Max heap of `colophon harvest` (default: ${DEFAULT-VALUE}).")
    String cliHeap = "1g";

    @Mixin
    BenchFiles files = new BenchFiles();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (records < 1 || sources < 1 || perSource < 1 || pageSize < 1)
            throw new UserError("--records, --sources, --per-source and --page-size must be positive");
        if (!Heap.valid(heap) || !Heap.valid(cliHeap))
            throw new UserError("--heap and --cli-heap take a size as -Xmx does (64m, 1g): " + heap + ", " + cliHeap);
        Path jar = cliJar(cli);
        Path dir = files.workDir("colophon-bench-harvest");
        try {
            HarvestBench bench = new HarvestBench(
                    new HarvestBench.Settings(records, sources, perSource, pageSize, heap, jar, cliHeap),
                    dir,
                    BenchFiles.log(out));
            String command = "colophon-bench harvest --records " + records + " --sources " + sources + " --per-source "
                    + perSource
                    + (pageSize != 100 ? " --page-size " + pageSize : "")
                    + (!heap.equals("64m") ? " --heap " + heap : "")
                    + (jar == null ? " --cli none" : "")
                    + (!cliHeap.equals("1g") ? " --cli-heap " + cliHeap : "");
            files.report(out, HarvestReport::write, bench.run(command));
            return ExitCode.OK;
        } finally {
            if (files.temporary()) Tree.delete(dir);
        }
    }

    /**
     * The colophon.jar given, or the checkout's; null for {@code none}. A jar that is not there is a usage error: the
     * {@code colophon-bench} script builds it, a run without it would silently leave a row out.
     */
    public static Path cliJar(String option) {
        if ("none".equals(option)) return null;
        Path jar = option != null ? Path.of(option) : Home.colophonJar();
        if (!Files.isRegularFile(jar))
            throw new UserError("no colophon.jar at " + jar + ": build it (./colophon-bench does) or give --cli JAR");
        return jar;
    }
}
