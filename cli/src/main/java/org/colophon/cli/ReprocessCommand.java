package org.colophon.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.colophon.config.ColophonConfig;
import org.colophon.config.SourceConfig;
import org.colophon.data.DataDir;
import org.colophon.graph.GraphStore;
import org.colophon.ingest.Ingest;
import org.colophon.ingest.IngestSummary;
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

    @Mixin
    CompactOption compact;

    @Parameters(arity = "0..*", paramLabel = "ID", description = "Sources (default: all).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--debug", description = "Show stack traces.")
    boolean debug;

    @Override
    public Integer call() {
        ColophonConfig cfg = config.load();
        List<String> sources = new ArrayList<>();
        for (String id : ids) sources.add(config.source(cfg, id).id());
        if (sources.isEmpty()) cfg.sources().stream().map(SourceConfig::id).forEach(sources::add);
        PrintWriter err = spec.commandLine().getErr();
        DataDir data = DataDir.of(cfg.data());
        try (GraphStore g = StoreOption.open(data, cfg.store());
                Ingest ingest = Ingestion.writing(spec.commandLine().getErr(), g, data)
                        .base(cfg.base())
                        .build()) {
            long quarantined = 0;
            for (String id : sources) {
                IngestSummary s = ingest.reprocess(id, null);
                quarantined += s.quarantined();
                err.println(id + ": " + s.line());
            }
            err.flush();
            compact.after(ingest, err);
            return quarantined > 0 ? ExitCode.QUARANTINED : ExitCode.OK;
        }
    }
}
