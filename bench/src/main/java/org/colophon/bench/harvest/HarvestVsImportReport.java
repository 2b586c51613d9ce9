package org.colophon.bench.harvest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.colophon.bench.GcLog;
import org.colophon.bench.Machine;
import org.colophon.bench.ReportFile;

/** The {@code bench:harvest-vs-import} section of the report. */
final class HarvestVsImportReport {
    static final String START = ReportFile.start("harvest-vs-import");
    static final String END = ReportFile.end("harvest-vs-import");

    private HarvestVsImportReport() {}

    static String markdown(
            String command,
            Machine machine,
            int seeds,
            HarvestVsImport.Settings settings,
            OaiRecording.Pages pages,
            HarvestVsImport.Leg harvest,
            HarvestVsImport.Leg imported,
            double providerCpu,
            String verdict) {
        StringBuilder sb = new StringBuilder();
        sb.append(START).append('\n');
        sb.append("## Harvest vs import (`colophon-bench harvest-vs-import`)\n\n");
        sb.append(machine.line()).append(".\n\n");
        sb.append("Command: `").append(command).append("`\n\n");
        sb.append(String.format(
                "Input: **synthetic**, %,d records made by repeating %d real records (the seed files) with unique"
                        + " control numbers, written once as a MARCXML file. `colophon import` reads that file;"
                        + " `colophon harvest` receives the same records, byte for byte as the file reader splits"
                        + " them out, from a replaying OAI-PMH 2.0 provider on loopback (`ReplayProvider`, in a JVM"
                        + " of its own) that serves the list recorded beforehand as %,d ListRecords pages of %d"
                        + " records chained by resumption tokens, each page read from a file when it is asked for"
                        + " (no politeness delay). Both are the real command, `java -Xmx%s -jar"
                        + " cli/target/colophon.jar`, started as a process into an empty data directory, one after"
                        + " the other in the same run (harvest first), and timed from process start to exit: JVM"
                        + " start and a cold JIT are in both. Records are those in each store afterwards.%n%n",
                settings.records(), seeds, pages.pages(), settings.pageSize(), settings.heap()));
        sb.append("| command | records | triples | seconds | CPU seconds | records/s | records per CPU-second"
                + " | heap peak MB | live heap after GC, max MB (1st half / 2nd half of the run) | collections |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|\n");
        for (HarvestVsImport.Leg l : List.of(harvest, imported)) {
            GcLog h = l.run().heap();
            sb.append(String.format(
                    "| %s | %,d | %,d | %.1f | %.1f | %,.0f | %,.0f | %,.0f | %,.0f (%,.0f / %,.0f) | %d |%n",
                    l.what(),
                    l.records(),
                    l.store().triples(),
                    l.run().seconds(),
                    l.run().cpuSeconds(),
                    l.recordsPerSecond(),
                    l.recordsPerCpuSecond(),
                    h.peakMb(),
                    h.maxLiveMb(),
                    h.maxLiveFirstHalfMb(),
                    h.maxLiveSecondHalfMb(),
                    h.collections()));
        }
        sb.append(String.format(
                "%nCPU seconds: the command's process (user + system, from bash's `time`). The provider used %.1f CPU"
                        + " seconds during the harvest (JVM start included), on the same machine, so the harvest's"
                        + " wall time includes a little work a remote source would do. Heap, from each process's GC log"
                        + " (`-Xlog:gc`): the peak is the most in use when a collection started; live heap is what"
                        + " collections left, its maximum over the first and the second half of the run showing"
                        + " whether memory grows with the records done.%n%n",
                providerCpu));
        sb.append(String.format(
                "Harvest records/s ÷ import records/s: **%.2f**.%n%n",
                harvest.recordsPerSecond() / imported.recordsPerSecond()));
        sb.append("Target (issue 8):\n\n- ").append(verdict).append("\n\n");
        sb.append(END).append('\n');
        return sb.toString();
    }

    static void write(Path file, String section) throws IOException {
        ReportFile.writeSection(file, START, END, section);
    }
}
