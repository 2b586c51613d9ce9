package org.colophon.bench.harvest;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.colophon.bench.ChildJvm;
import org.colophon.bench.Machine;

/**
 * The harvest benchmark (issue 4): loopback xoai providers serving real MARCXML records repeated under distinct
 * identifiers, measured three ways in each scenario (one source; many sources at once, each its own provider on its
 * own port): a plain client that fetches every page and parses nothing (what the providers can serve), our
 * {@code Harvester} into a counting sink in a child JVM with a small heap (without and with the raw store), and the
 * real {@code colophon harvest} (harvest + convert + load into TDB2) when the CLI jar is there. Prints the table and
 * returns the {@code bench:harvest} section of the report.
 */
final class HarvestBench {
    /** What a run does; {@code cliJar} null: the {@code colophon harvest} leg is skipped. */
    record Settings(int records, int sources, int perSource, int pageSize, String heap, Path cliJar, String cliHeap) {}

    private final Settings settings;
    private final Path work;
    private final Consumer<String> log;
    private final HarvestReport report = new HarvestReport();
    private final Cpus cpus = Cpus.choose();

    HarvestBench(Settings settings, Path work, Consumer<String> log) {
        this.settings = settings;
        this.work = work;
        this.log = log;
    }

    /** Runs both scenarios; returns the report section. */
    String run(String command) throws Exception {
        Machine machine = Machine.now();
        log.accept(machine.line());
        List<String> targets = new ArrayList<>();
        targets.add(scenario(1, settings.records()));
        targets.add(scenario(settings.sources(), settings.perSource()));
        log.accept("");
        log.accept(report.table().stripTrailing());
        targets.forEach(log);
        return HarvestSection.text(
                machine, this, settings.sources(), settings.perSource(), settings.records(), targets, command);
    }

    /** Runs one scenario; returns its target line. */
    private String scenario(int providers, int each) throws Exception {
        String name = String.format("%d × %,d", providers, each);
        try (ProviderChild.Handle p =
                ProviderChild.Handle.start(cpus.provider(), providers, each, settings.pageSize())) {
            List<URI> urls = p.urls();
            Measurement served = check(child("baseline", urls, name), (long) providers * each, "provider");
            double rate = served.recordsPerSecond();
            report.rows.add(new HarvestReport.Row(name, "provider alone: plain client, no parsing", served, 0));
            progress();
            Measurement harvest = check(child("count", urls, name), (long) providers * each, "harvest");
            report.rows.add(new HarvestReport.Row(name, "Harvester, counting sink", harvest, rate));
            progress();
            Measurement raw = check(child("raw", urls, name), (long) providers * each, "harvest + raw");
            report.rows.add(new HarvestReport.Row(name, "Harvester + raw store", raw, rate));
            progress();
            if (cliMeasured()) {
                log.accept(name + "  colophon harvest (harvest + convert + load) in its own JVM...");
                CliHarvest.Run run =
                        CliHarvest.run(settings.cliJar(), settings.cliHeap(), urls, work.resolve("cli-" + providers));
                if (run.records() != (long) providers * each || run.added() + run.quarantined() != run.records()) {
                    throw new IllegalStateException("colophon harvest: " + run);
                }
                report.rows.add(new HarvestReport.Row(
                        name,
                        "`colophon harvest`: harvest + convert + load (TDB2)",
                        new Measurement(run.records(), run.nanos(), -1),
                        rate));
                progress();
            }
            double overhead = (rate / harvest.recordsPerSecond() - 1) * 100;
            String verdict = overhead < 10 ? "met" : "NOT met";
            String memory = providers > 1
                    ? String.format(
                            "; %d sources at once in a %s heap, peak %d MB: %s",
                            providers,
                            settings.heap(),
                            harvest.heapPeakBytes() >> 20,
                            "met (flat: the run completed in it)")
                    : "";
            return String.format(
                    java.util.Locale.ROOT,
                    "- %s: harvesting takes %+.1f %% time over the provider alone (target < 10 %%): %s%s",
                    name,
                    overhead,
                    verdict,
                    memory);
        }
    }

    /** Runs a client side in a child JVM on the client's core: the plain client ("baseline") or the harvester. */
    private Measurement child(String mode, List<URI> urls, String name) throws Exception {
        List<String> args = new ArrayList<>(List.of("-cp", ChildJvm.classPath()));
        if (mode.equals("baseline")) {
            args.add(ProviderBaseline.class.getName());
        } else {
            args.addAll(List.of(
                    HarvestOnlyChild.class.getName(),
                    mode,
                    work.resolve(mode + "-" + urls.size()).toString()));
        }
        urls.forEach(u -> args.add(u.toString()));
        String out =
                ChildJvm.run(cpus.client(), settings.heap(), args, work.resolve(mode + "-" + urls.size() + ".log"));
        for (String line : out.split("\n")) {
            if (line.startsWith("RESULT ")) {
                String[] f = line.trim().split(" ");
                return new Measurement(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]));
            }
        }
        throw new IllegalStateException(name + " " + mode + ": no result from the child:\n" + out);
    }

    private static Measurement check(Measurement m, long expected, String what) {
        if (m.records() != expected) {
            throw new IllegalStateException(what + ": " + m.records() + " records, expected " + expected);
        }
        return m;
    }

    private void progress() {
        HarvestReport.Row r = report.rows.get(report.rows.size() - 1);
        log.accept(String.format(
                java.util.Locale.ROOT, "%s  %s: %,.0f records/s", r.scenario(), r.what(), r.m().recordsPerSecond()));
    }

    String heap() {
        return settings.heap();
    }

    String cliHeap() {
        return settings.cliHeap();
    }

    int pageSize() {
        return settings.pageSize();
    }

    boolean cliMeasured() {
        return settings.cliJar() != null;
    }

    Cpus cpus() {
        return cpus;
    }

    HarvestReport report() {
        return report;
    }
}
