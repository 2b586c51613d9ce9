package org.colophon.bench.convert;

import static org.colophon.bench.convert.ConvertSection.count;
import static org.colophon.bench.convert.ConvertSection.whole;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.colophon.bench.Probe;
import org.colophon.bench.ReportFile;

/** Writes the convert benchmark's figures as the {@code bench:convert} section of a report, keeping the others. */
final class ConvertReport {
    static final String START = ReportFile.start("convert");
    static final String END = ReportFile.end("convert");

    static String markdown(
            String command, List<ConvertBenchmark.Row> rows, PeerRun.Result peer, List<String> verdicts) {
        ConvertSection s = new ConvertSection("convert", "## Conversion (`colophon-bench convert`)", command)
                .paragraph("Input: real records (the seed files) repeated with unique control numbers; output N-Triples"
                        + " to a counting sink. Parse + write encodes, for each record, the triples its seed converts"
                        + " to (made beforehand) with our N-Triples encoder; parse + map + write is `colophon convert"
                        + " --to ntriples`'s own path (`ConversionRun`, each worker mapping and encoding its records"
                        + " with the same encoder).");
        ConvertSection.Table t = s.table(
                2,
                "stage",
                "input",
                "threads",
                "records",
                "triples",
                "records/s",
                "triples/s",
                "records per CPU-second",
                "heap peak MB",
                "live heap after GC MB");
        for (ConvertBenchmark.Row r : rows) {
            t.row(
                    r.stage(),
                    r.format(),
                    Integer.toString(r.threads()),
                    count(r.records()),
                    count(r.triples()),
                    whole(r.recordsPerSecond()),
                    whole(r.triplesPerSecond()),
                    whole(r.recordsPerCpuSecond()),
                    whole(r.peakHeapMb()),
                    whole(r.liveHeapMb()));
        }
        if (peer != null) {
            t.row(
                    "marc2bibframe2 (xsltproc)",
                    "MARCXML",
                    "1",
                    count(peer.records()),
                    "",
                    whole(peer.recordsPerSecond()),
                    "",
                    whole(peer.recordsPerCpuSecond()),
                    "",
                    "");
        }
        return t.done()
                .paragraph("Peak resident memory of the benchmark process: " + whole(Probe.peakRssMb()) + " MB.")
                .list("Targets (issue 2):", verdicts)
                .end();
    }

    static void write(Path file, String section) throws IOException {
        ReportFile.writeSection(file, START, END, section);
    }
}
