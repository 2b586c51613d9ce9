package org.colophon.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.colophon.graph.Compaction;
import org.colophon.graph.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code colophon compact}: rewrite the embedded store with its live data only. */
@Command(
        name = "compact",
        mixinStandardHelpOptions = true,
        description = "Rewrite the embedded store with its live data only. TDB2 is copy-on-write: many small commits,"
                + " replaced records and killed runs leave old blocks behind until the store is compacted. Needs the"
                + " store to itself (stop `colophon serve` first).")
final class CompactCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--debug", description = "Show stack traces.")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (store.remote() != null)
            throw new Main.UserError(
                    "a remote store is compacted by its own server (for Fuseki: POST /$/compact/NAME)");
        try (GraphStore g = store.openExisting()) {
            Compaction c = g.compact();
            err.println(c.line());
            err.flush();
            return ExitCode.OK;
        }
    }
}
