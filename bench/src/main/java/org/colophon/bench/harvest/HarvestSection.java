package org.colophon.bench.harvest;

import java.util.List;
import org.colophon.bench.Machine;

/** The prose of the {@code bench:harvest} section around the table. */
final class HarvestSection {
    private HarvestSection() {}

    static String text(
            Machine machine,
            HarvestBench bench,
            int sources,
            int perSource,
            int records,
            List<String> targets,
            String command) {
        StringBuilder sb = new StringBuilder();
        sb.append("## Harvesting (`colophon-bench harvest`)\n\n");
        sb.append(machine.line()).append(".\n\n");
        sb.append("Command: `").append(command).append("`\n\n");
        sb.append(
                        "Input: gdcc's xoai 5.3.0 data provider on loopback (`XoaiServer`), serving the harvester's test corpus")
                .append(
                        " (50 ZDB serials and 10 BNU Chinese books, real MARCXML) repeated under distinct identifiers —")
                .append(" synthetic by repetition — in ListRecords pages of ")
                .append(bench.pageSize())
                .append(" with resumption tokens. One source: ")
                .append(String.format("%,d", records))
                .append(" records. Many sources: ")
                .append(sources)
                .append(" providers × ")
                .append(String.format("%,d", perSource))
                .append(" records, each provider on its own loopback port (the harvester allows one request at a time")
                .append(" per host and port, so these are ")
                .append(sources)
                .append(" hosts to it), all harvested at once.\n\n");
        sb.append(
                        "Rows: *provider alone* is a plain HTTP client fetching every page (one thread per provider), once to")
                .append(" warm up and then three times, the fastest shown, and")
                .append(" throwing the bytes away, with no XML parsing: what the providers can serve. *Harvester* rows")
                .append(" run `Harvester.harvestAll` (parallelism = number of sources, no politeness delay) in a child")
                .append(" JVM with `-Xmx")
                .append(bench.heap())
                .append(
                        "` into a sink that only counts, once to warm up and then three times; the fastest run is shown, as")
                .append(" for the plain client; heap peak is the sum of the")
                .append(" heap pools' peaks during the measured run (an upper bound). *+ raw store* also writes every")
                .append(" record gzipped into the raw store, as `colophon harvest` does.");
        if (bench.cliMeasured()) {
            sb.append(" The `colophon harvest` row is the real CLI (`java -Xmx")
                    .append(bench.cliHeap())
                    .append(
                            " -jar cli/target/colophon.jar harvest --all`, as users run it) into a fresh TDB2 store, timed")
                    .append(" from process")
                    .append(" start to exit, JVM start and a cold JIT included; it harvests 4 sources at a time (the")
                    .append(
                            " harvester's default parallelism, which the CLI keeps) and converts each page on all cores.")
                    .append(" The harvester module cannot call the converter or the store itself (transform depends on")
                    .append(" harvester, so the reverse would be a reactor cycle), hence the jar.");
        } else {
            sb.append(" Harvest + convert + load was not measured in this run (`--cli none`).");
        }
        if (bench.cpus().pinned()) {
            sb.append(" The providers run in a JVM of their own pinned to core 0 (`taskset -c 0`), like a library's")
                    .append(" server on another machine; the plain client and the harvester run pinned to core 1, so")
                    .append(" neither side takes CPU from the other and what the providers can serve is the same in")
                    .append(" every row. The `colophon harvest` row is not pinned: it converts on both cores, beside")
                    .append(" the providers.");
        } else {
            sb.append(" The providers run in a JVM of their own; nothing is pinned (no `taskset`, or one core), so the")
                    .append(" harvester and the providers share the CPU and every harvester row includes the")
                    .append(" providers' work.");
        }
        sb.append(" The overhead column is the extra wall time over the provider-alone row of the same scenario.\n\n");
        sb.append(bench.report().table()).append('\n');
        sb.append("Targets (issue 4):\n\n");
        targets.forEach(t -> sb.append(t).append('\n'));
        return HarvestReport.section(sb.toString());
    }
}
