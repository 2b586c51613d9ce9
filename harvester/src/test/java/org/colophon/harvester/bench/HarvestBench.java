package org.colophon.harvester.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The harvest benchmark (issue 4): loopback xoai providers serving real MARCXML records repeated under distinct
 * identifiers, measured three ways in each scenario (one source; many sources at once, each its own provider on its
 * own port): a plain client that fetches every page and parses nothing (what the providers can serve), our
 * {@code Harvester} into a counting sink in a child JVM with a small heap (without and with the raw store), and the
 * real {@code colophon harvest} (harvest + convert + load into TDB2) when the CLI jar is there. Prints the table and
 * writes the {@code bench:harvest} section of docs/benchmarks.md.
 *
 * <p>Settings (system properties): {@code bench.records} (one source, 20000), {@code bench.sources} (50),
 * {@code bench.perSource} (1000), {@code bench.pageSize} (100), {@code bench.heap} (harvesting JVM, 64m),
 * {@code bench.cli} (the CLI jar, default ../cli/target/colophon.jar; none: that leg is skipped), {@code bench.cliHeap}
 * (1g), {@code bench.report} (../docs/benchmarks.md; {@code none} to write nothing), {@code bench.command} (the
 * command line to quote in the report).
 */
public final class HarvestBench {
    private final int pageSize = Integer.getInteger("bench.pageSize", 100);
    private final String heap = System.getProperty("bench.heap", "64m");
    private final String cliHeap = System.getProperty("bench.cliHeap", "1g");
    private final Path cliJar = Path.of(System.getProperty("bench.cli", "../cli/target/colophon.jar"));
    private final Path work;
    private final BenchReport report = new BenchReport();
    private final Cpus cpus = Cpus.choose();

    private HarvestBench(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        int records = Integer.getInteger("bench.records", 20_000);
        int sources = Integer.getInteger("bench.sources", 50);
        int perSource = Integer.getInteger("bench.perSource", 1_000);
        Path work = Files.createTempDirectory("colophon-harvest-bench-");
        HarvestBench bench = new HarvestBench(work);
        Machine machine = Machine.now();
        System.out.println(machine.line());
        List<String> targets = new ArrayList<>();
        targets.add(bench.scenario(1, records));
        targets.add(bench.scenario(sources, perSource));
        System.out.println();
        System.out.print(bench.report.table());
        targets.forEach(System.out::println);
        String to = System.getProperty("bench.report", "../docs/benchmarks.md");
        if (!to.equals("none")) {
            Path file = Path.of(to);
            BenchReport.write(file, HarvestSection.text(machine, bench, sources, perSource, records, targets));
            System.out.println("wrote " + file.toAbsolutePath().normalize());
        }
        try (var files = Files.walk(work)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(f -> f.toFile().delete());
        }
    }

    /** Runs one scenario; returns its target line. */
    private String scenario(int providers, int each) throws Exception {
        String name = String.format("%d × %,d", providers, each);
        try (ProviderChild.Handle p = ProviderChild.Handle.start(cpus.provider(), providers, each, pageSize)) {
            List<URI> urls = p.urls();
            Measurement served = check(child("baseline", urls, name), (long) providers * each, "provider");
            double rate = served.recordsPerSecond();
            report.rows.add(new BenchReport.Row(name, "provider alone: plain client, no parsing", served, 0));
            progress();
            Measurement harvest = check(child("count", urls, name), (long) providers * each, "harvest");
            report.rows.add(new BenchReport.Row(name, "Harvester, counting sink", harvest, rate));
            progress();
            Measurement raw = check(child("raw", urls, name), (long) providers * each, "harvest + raw");
            report.rows.add(new BenchReport.Row(name, "Harvester + raw store", raw, rate));
            progress();
            if (Files.isRegularFile(cliJar)) {
                CliHarvest.Run run = CliHarvest.run(cliJar, cliHeap, urls, work.resolve("cli-" + providers));
                if (run.records() != (long) providers * each || run.added() + run.quarantined() != run.records()) {
                    throw new IllegalStateException("colophon harvest: " + run);
                }
                report.rows.add(new BenchReport.Row(
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
                            providers, heap, harvest.heapPeakBytes() >> 20, "met (flat: the run completed in it)")
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
        String out = ChildJvm.run(cpus.client(), heap, args, work.resolve(mode + "-" + urls.size() + ".log"));
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
        BenchReport.Row r = report.rows.get(report.rows.size() - 1);
        System.out.printf(
                java.util.Locale.ROOT, "%s  %s: %,.0f records/s%n", r.scenario(), r.what(), r.m().recordsPerSecond());
    }

    String heap() {
        return heap;
    }

    String cliHeap() {
        return cliHeap;
    }

    int pageSize() {
        return pageSize;
    }

    boolean cliMeasured() {
        return Files.isRegularFile(cliJar);
    }

    Cpus cpus() {
        return cpus;
    }

    BenchReport report() {
        return report;
    }
}
