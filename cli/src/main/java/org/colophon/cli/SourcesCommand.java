package org.colophon.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.colophon.config.ColophonConfig;
import org.colophon.config.SourceConfig;
import org.colophon.harvester.oai.Checkpoint;
import org.colophon.harvester.oai.Harvester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code colophon sources}: each source's harvest state. */
@Command(
        name = "sources",
        mixinStandardHelpOptions = true,
        description = "Each source's harvest state: last success, records, deletions, next due.")
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
        Harvester h = Harvester.builder().dataDir(cfg.data()).build();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "%-12s %-24s %10s %9s %-12s %-24s %s%n",
                "source", "last success", "records", "deleted", "state", "next due", "url");
        for (SourceConfig s : cfg.sources()) {
            String prefix = s.metadataPrefix() == null ? "marc21" : s.metadataPrefix();
            long records = 0;
            long deleted = 0;
            Instant last = null;
            boolean running = false;
            for (String set : s.sets().isEmpty() ? java.util.Collections.<String>singletonList(null) : s.sets()) {
                Checkpoint c = h.checkpoint(s.id(), set, prefix);
                records += c.records();
                deleted += c.deleted();
                running |= c.inProgress();
                if (c.lastSuccess() != null && (last == null || c.lastSuccess().isBefore(last))) last = c.lastSuccess();
            }
            String due = last == null ? "now" : last.plus(s.interval()).toString();
            out.printf(
                    "%-12s %-24s %,10d %,9d %-12s %-24s %s%n",
                    s.id(),
                    last == null ? "never" : last.toString(),
                    records,
                    deleted,
                    running ? "interrupted" : "idle",
                    due,
                    s.url());
        }
        out.flush();
        return ExitCode.OK;
    }
}
