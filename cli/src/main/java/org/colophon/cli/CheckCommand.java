package org.colophon.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.colophon.graph.GraphStore;
import org.colophon.ingest.IndexCheck;
import org.colophon.ingest.Ingest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code colophon check}: is the search index in step with the store? */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Compare the search index with the store, record by record (ids and checksums).",
            "Exit code 0: in step; 1: they differ (run `colophon reindex`); 2: usage error; 3: failure."
        })
final class CheckCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--debug", description = "Show stack traces.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        try (GraphStore g = store.openExisting();
                Ingest ingest = Ingestion.rebuilding(spec.commandLine().getErr(), g, store.dataDir())
                        .build()) {
            PrintWriter out = spec.commandLine().getOut();
            ingest.repairedAtOpen().ifPresent(r -> out.println("repaired after an interrupted batch: " + r.line()));
            IndexCheck c = ingest.checkIndex();
            out.println(c.line());
            show(out, "missing", c.missing());
            show(out, "stale", c.stale());
            show(out, "extra", c.extra());
            out.flush();
            return c.inStep() ? ExitCode.OK : ExitCode.QUARANTINED;
        }
    }

    private static void show(PrintWriter out, String what, List<String> ids) {
        if (ids.isEmpty()) return;
        out.println(what + ": " + String.join(", ", ids.subList(0, Math.min(10, ids.size())))
                + (ids.size() > 10 ? ", … (" + ids.size() + ")" : ""));
    }
}
