package org.colophon.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.colophon.graph.GraphStore;
import org.colophon.ingest.Ingest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code colophon reindex}: rebuild the search index from the store. */
@Command(
        name = "reindex",
        mixinStandardHelpOptions = true,
        description = "Rebuild the search index from what the store holds.")
final class ReindexCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--debug", description = "Show stack traces.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        try (GraphStore g = store.openExisting();
                Ingest ingest = Ingestion.rebuilding(err, g, store.dataDir())
                        .rebuildOutdatedIndex(null) // rebuilt below, whatever its format
                        .build()) {
            long n = ingest.reindex(done -> {
                err.println("... " + done + " records");
                err.flush();
            });
            double s = (System.nanoTime() - start) / 1e9;
            err.println(String.format("indexed %d records, %.1f s, %.0f records/s", n, s, s <= 0 ? 0 : n / s));
            err.println(ingest.checkIndex().line());
            err.flush();
            return ExitCode.OK;
        }
    }
}
