package org.colophon.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.colophon.config.ColophonConfig;
import org.colophon.config.SourceConfig;
import org.colophon.harvester.oai.Checkpoint;
import org.colophon.harvester.oai.Harvester;
import org.colophon.harvester.oai.LastRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code colophon sources}: each source's harvest state and the outcome of its last run. */
@Command(
        name = "sources",
        mixinStandardHelpOptions = true,
        description =
                "Each source's harvest state: the last run (ok or failed, when, counts, error), last success, next due.")
final class SourcesCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = "--debug", description = "Show stack traces.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        ColophonConfig cfg = config.load();
        Harvester h = Harvester.builder().dataDir(cfg.data()).keepRaw(false).build();
        PrintWriter out = spec.commandLine().getOut();
        String row = "%-12s %-11s %-20s %10s %9s  %-20s  %-20s  %s%n";
        out.printf(row, "source", "last run", "finished", "records", "deleted", "last success", "next due", "url");
        for (SourceConfig s : cfg.sources()) {
            Optional<LastRun> run = h.lastRun(s.id());
            String prefix = run.map(LastRun::prefix).orElse(null);
            if (prefix == null) prefix = s.metadataPrefix() == null ? "marc21" : s.metadataPrefix();
            long records = 0;
            long deleted = 0;
            Instant last = null;
            boolean inProgress = false;
            for (String set : s.sets().isEmpty() ? java.util.Collections.<String>singletonList(null) : s.sets()) {
                Checkpoint c = h.checkpoint(s.id(), set, prefix);
                records += c.records();
                deleted += c.deleted();
                inProgress |= c.inProgress();
                if (c.lastSuccess() != null && (last == null || c.lastSuccess().isBefore(last))) last = c.lastSuccess();
            }
            String outcome;
            if (run.isPresent() && !run.get().ok()) outcome = "failed";
            else if (inProgress) outcome = "interrupted"; // a run that was killed, or is running now
            else if (run.isPresent()) outcome = "ok";
            else outcome = last == null ? "never" : "ok";
            if (run.isPresent()) {
                records = run.get().records();
                deleted = run.get().deleted();
            }
            String due = last == null ? "now" : time(last.plus(s.interval()));
            out.printf(
                    row.replace("%10s %9s", "%,10d %,9d"),
                    s.id(),
                    outcome,
                    run.map(r -> time(r.finished())).orElse("-"),
                    records,
                    deleted,
                    last == null ? "never" : time(last),
                    due,
                    s.url());
            if (run.isPresent() && !run.get().ok())
                out.printf("%-12s %s%n", "", run.get().error());
        }
        out.flush();
        return ExitCode.OK;
    }

    private static String time(Instant i) {
        return i == null ? "-" : i.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
