package org.colophon.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.colophon.config.ColophonConfig;
import org.colophon.config.SourceConfig;
import org.colophon.graph.GraphStore;
import org.colophon.harvester.raw.RawStore;
import org.colophon.ingest.Importer;
import org.colophon.record.DirectoryQuarantine;
import org.colophon.record.RecordSource;
import org.colophon.transform.Converter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code colophon reprocess}: convert again from the raw store, without harvesting (after a mapping change, say). */
@Command(
        name = "reprocess",
        mixinStandardHelpOptions = true,
        description = "Re-convert harvested records from the raw store and load what changed.")
final class ReprocessCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Parameters(arity = "0..*", paramLabel = "ID", description = "Sources (default: all).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--debug", description = "Show stack traces.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        ColophonConfig cfg = config.load();
        List<String> sources = new ArrayList<>(ids);
        if (sources.isEmpty()) cfg.sources().stream().map(SourceConfig::id).forEach(sources::add);
        Converter converter = Converter.builder().base(cfg.base()).build();
        PrintWriter err = spec.commandLine().getErr();
        RawStore raw = RawStore.open(cfg.data().resolve("raw"));
        try (GraphStore store = GraphStore.open(cfg.data().resolve("tdb2"));
                DirectoryQuarantine q = new DirectoryQuarantine(cfg.data().resolve("quarantine"))) {
            for (String id : sources) {
                try (RecordSource records = raw.read(id, q)) {
                    Importer.Summary s = new Importer(
                                    converter, store, q, Runtime.getRuntime().availableProcessors(), 2000)
                            .run(records, null);
                    err.println(id + ": " + s.line());
                }
            }
            err.flush();
            return q.count() > 0 ? ExitCode.QUARANTINED : ExitCode.OK;
        }
    }
}
