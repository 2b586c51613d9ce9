package org.colophon.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.colophon.config.ColophonConfig;
import org.colophon.config.SourceConfig;
import org.colophon.data.DataDir;
import org.colophon.graph.GraphStore;
import org.colophon.harvester.oai.HarvestListener;
import org.colophon.harvester.oai.HarvestOptions;
import org.colophon.harvester.oai.HarvestResult;
import org.colophon.ingest.Ingest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code colophon harvest}: OAI-PMH harvest, convert and load, in one pass, resumable. */
@Command(
        name = "harvest",
        mixinStandardHelpOptions = true,
        description = {
            "Harvest the sources in colophon.yaml over OAI-PMH, convert and load them into the store in one pass.",
            "Incremental from each source's last successful run; resumes after a crash from the last committed page;",
            "deletions drop records. --full also removes from the store what the source no longer has."
        })
final class HarvestCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Mixin
    CompactOption compact;

    @Parameters(arity = "0..*", paramLabel = "ID", description = "Sources to harvest (default: --all).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--all", description = "Harvest every source.")
    boolean all;

    @Option(names = "--from", description = "Harvest records changed since this date (yyyy-mm-dd or an ISO instant).")
    String from;

    @Option(names = "--until", description = "…and until this date.")
    String until;

    @Option(names = "--full", description = "Harvest everything and remove records the source no longer has.")
    boolean full;

    @Option(names = "--no-load", description = "Harvest into the raw store only (load later with reprocess).")
    boolean noLoad;

    @Option(names = "--debug", description = "Show stack traces.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        ColophonConfig cfg = config.load();
        List<SourceConfig> sources = select(cfg);
        PrintWriter err = spec.commandLine().getErr();
        HarvestOptions options = new HarvestOptions(instant(from), instant(until), full);
        HarvestListener progress = new HarvestListener() {
            @Override
            public void page(org.colophon.harvester.oai.Checkpoint cp) {
                err.println("... " + cp.sourceId() + ": " + cp.records() + " records, " + cp.deleted()
                        + " deleted, page " + cp.pages());
                err.flush();
            }

            @Override
            public void warning(String sourceId, String message) {
                err.println(sourceId + ": " + message);
                err.flush();
            }
        };
        DataDir data = DataDir.of(cfg.data());
        Ingest.HarvestRun run;
        if (noLoad) {
            try (Ingest ingest = Ingest.builder(data).base(cfg.base()).build()) {
                run = ingest.harvest(sources, options, progress, false);
            }
        } else {
            try (GraphStore g = StoreOption.open(data, cfg.store());
                    Ingest ingest = Ingestion.writing(spec.commandLine().getErr(), g, data)
                            .base(cfg.base())
                            .build()) {
                run = ingest.harvest(sources, options, progress, true);
                compact.after(ingest, err);
            }
        }
        List<HarvestResult> results = run.results();
        for (String line : run.removals()) err.println(line);
        if (run.store() != null) err.println("store: " + run.store().line());
        for (HarvestResult r : results) err.println(r.summary() + (r.ok() ? "" : " FAILED: " + r.failure()));
        err.println(HarvestResult.summaryOf(results));
        err.flush();
        return results.stream().allMatch(HarvestResult::ok) ? ExitCode.OK : ExitCode.FAILURE;
    }

    private List<SourceConfig> select(ColophonConfig cfg) {
        if (cfg.sources().isEmpty()) throw new Main.UserError(config.file + " lists no sources");
        if (all || ids.isEmpty()) return cfg.sources();
        List<SourceConfig> out = new ArrayList<>();
        for (String id : ids) out.add(config.source(cfg, id));
        return out;
    }

    static Instant instant(String s) {
        if (s == null) return null;
        try {
            return s.length() == 10
                    ? LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(s);
        } catch (RuntimeException e) {
            throw new Main.UserError("not a date: '" + s + "' (use yyyy-mm-dd or 2024-05-01T00:00:00Z)");
        }
    }
}
