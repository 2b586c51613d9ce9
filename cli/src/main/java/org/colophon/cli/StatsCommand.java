package org.colophon.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.colophon.graph.GraphStore;
import org.colophon.graph.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code colophon stats}: what the store holds. */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description = "Records and triples per source, graphs, last import.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--debug", description = "Show stack traces.")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (GraphStore g = store.openExisting()) {
            StoreStats s = g.stats();
            out.printf("%-20s %12s %14s%n", "source", "records", "triples");
            for (Map.Entry<String, StoreStats.SourceStats> e : s.catalogue().entrySet()) {
                out.printf(
                        "%-20s %,12d %,14d%n",
                        e.getKey(), e.getValue().records(), e.getValue().triples());
            }
            out.printf("%-20s %,12d %,14d%n", "all", s.records(), s.triples());
            // what Colophon derives from the records (authority links), one graph per record that has any
            for (Map.Entry<String, StoreStats.SourceStats> e : s.sources().entrySet()) {
                if (!StoreStats.internal(e.getKey())) continue;
                out.printf(
                        "%-20s %,12d %,14d  (derived from the records above, not counted in all)%n",
                        e.getKey(), e.getValue().records(), e.getValue().triples());
            }
            out.printf("graphs %,d, last import %s%n", s.graphs(), s.lastImport() == null ? "never" : s.lastImport());
            g.diskUse().ifPresent(d -> out.println("disk: " + d.line()));
            out.flush();
            return ExitCode.OK;
        }
    }
}
