package org.colophon.bench.convert;

import static org.colophon.bench.convert.ConvertSection.count;
import static org.colophon.bench.convert.ConvertSection.decimals;
import static org.colophon.bench.convert.ConvertSection.whole;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.colophon.bench.BenchInput;
import org.colophon.bench.Probe;
import org.colophon.bench.ReportFile;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.transform.Converter;
import org.colophon.transform.marc.Field;
import org.colophon.transform.unimarc.DialectDecoder;

/**
 * {@code colophon-bench convert --dialect unimarc}: UNIMARC against MARC 21 only, one thread, in groups measured in
 * the same run — UNIMARC ISO 2709 against the MARC 21 seeds in ISO 2709; BNU's CNMARC XML against the same library's
 * MARC 21 in MARCXML (a third of a CNMARC record's size) and against the MARC 21 seeds as MARCXML (records of like
 * size). Each input is converted twice in turns with the others of its group after a warm-up, the faster kept, and
 * each comparison is given per record, per subfield, per byte of input and per triple, in CPU-seconds, since records
 * of one format can be three times the size of the other's. Its own report section ({@code bench:convert-unimarc}),
 * so the MARC 21 section is left as it is.
 */
final class UnimarcBench {
    static final String START = ReportFile.start("convert-unimarc");
    static final String END = ReportFile.end("convert-unimarc");

    /** One measured input with what it holds: records, subfields (and control fields), bytes. */
    record Measured(ConvertBenchmark.Row row, long subfields, long bytes) {
        double perCpu(double x) {
            return x / row.cpu();
        }
    }

    private final Path dir;
    private final Consumer<String> log;
    private final BenchInput marc21;
    private final ConvertBenchmark bench;
    private final UnimarcInput unimarc;
    private final UnimarcInput bnuMarc21;

    UnimarcBench(List<Path> seeds, Path dir, Consumer<String> log) throws IOException {
        this.dir = dir;
        this.log = log;
        Converter converter = Converter.builder().base("http://example.org/").build();
        this.marc21 = new BenchInput(seeds, converter);
        this.bench = new ConvertBenchmark(converter, marc21, log);
        this.unimarc = new UnimarcInput(UnimarcInput.defaults());
        List<Path> bnu = UnimarcInput.bnuMarc21();
        this.bnuMarc21 = bnu.isEmpty() ? null : new UnimarcInput(bnu);
        log.accept("seeds: " + marc21.seedCount() + " MARC 21; UNIMARC " + unimarc.isoSeeds() + " ISO 2709 and "
                + unimarc.xmlSeeds() + " XML; " + Probe.machine());
    }

    String run(long n, String command) throws Exception {
        List<Measured[]> groups = new ArrayList<>();
        groups.add(group(
                List.of(marc21.writeIso(dir, n), unimarc.writeIso(dir, n)),
                List.of("ISO 2709 (MARC 21)", "UNIMARC ISO 2709")));
        if (bnuMarc21 != null && unimarc.xmlSeeds() > 0) {
            // BNU's own MARC 21 records (small ones), and the MARC 21 seeds as MARCXML: records of like size to
            // CNMARC's, the general MARC 21 figure in XML
            groups.add(group(
                    List.of(bnuMarc21.writeXml(dir, n), marc21.writeXml(dir, n), unimarc.writeXml(dir, n)),
                    List.of("BNU MARCXML", "MARC 21 seeds as MARCXML", "CNMARC XML")));
        }
        return markdown(command, groups);
    }

    /**
     * Warms each input up, then converts them in turns twice; the faster run of each is kept. The last input is the
     * UNIMARC one, held against each of the others.
     */
    private Measured[] group(List<Path> files, List<String> names) throws IOException {
        try {
            Measured[] out = new Measured[files.size()];
            long[][] sizes = new long[files.size()][];
            for (int i = 0; i < files.size(); i++) sizes[i] = size(files.get(i));
            for (Path f : files) bench.convert(f, "warm-up", 1);
            ConvertBenchmark.Row[] first = new ConvertBenchmark.Row[files.size()];
            for (int i = 0; i < files.size(); i++) first[i] = bench.convert(files.get(i), names.get(i), 1);
            for (int i = 0; i < files.size(); i++) {
                ConvertBenchmark.Row second = bench.convert(files.get(i), names.get(i), 1);
                out[i] = new Measured(faster(first[i], second), sizes[i][0], sizes[i][1]);
            }
            return out;
        } finally {
            for (Path f : files) Files.deleteIfExists(f);
        }
    }

    private static ConvertBenchmark.Row faster(ConvertBenchmark.Row a, ConvertBenchmark.Row b) {
        return a.cpu() <= b.cpu() ? a : b;
    }

    /** Subfields (a control field counts as one) and bytes of a file's records, read once beforehand, not timed. */
    private static long[] size(Path file) throws IOException {
        long subfields = 0;
        try (RecordSource src = FileRecordReader.open(file, "bench", null, Quarantine.counting())) {
            while (src.hasNext()) {
                try {
                    for (Field f :
                            DialectDecoder.decode(src.next(), null).record().fields()) {
                        subfields += f.isControl() ? 1 : f.size();
                    }
                } catch (Exception e) {
                    // not counted, as the conversion does not count it either
                }
            }
        }
        return new long[] {subfields, Files.size(file)};
    }

    static String markdown(String command, List<Measured[]> groups) {
        ConvertSection s = new ConvertSection(
                        "convert-unimarc",
                        "### UNIMARC against MARC 21 (`colophon-bench convert --dialect unimarc`)",
                        command)
                .paragraph("Parse + map + write (`colophon convert --to ntriples`'s path), one thread, output to a"
                        + " counting sink. Each group is converted in turns, twice, after a warm-up, and the faster run"
                        + " of each input is kept; per CPU-second, since the machine is shared. Input: the real UNIMARC"
                        + " test records (`transform/src/test/resources/unimarc/`) and the MARC 21 seeds, each"
                        + " repeated, each copy with a control number of its own (the UNIMARC records' 001 with"
                        + " `-n` added; one without a 001 is named by its place in the file), so that no copy is"
                        + " the same record again to the converter and the writer's IRI cache; for CNMARC,"
                        + " the same library's MARC 21 records (`samples/bnu-chinese-sru.xml`), a third of a CNMARC"
                        + " record's size, and the MARC 21 seeds as MARCXML, records of like size.");
        ConvertSection.Table t = s.table(
                1,
                "input",
                "records",
                "subfields per record",
                "bytes per record",
                "triples per record",
                "CPU s",
                "records per CPU-s",
                "subfields per CPU-s",
                "KB per CPU-s",
                "triples per CPU-s");
        List<String> verdicts = new ArrayList<>();
        for (Measured[] g : groups) {
            for (Measured m : g) {
                ConvertBenchmark.Row r = m.row();
                t.row(
                        r.format(),
                        count(r.records()),
                        decimals((double) m.subfields() / r.records(), 1),
                        whole((double) m.bytes() / r.records()),
                        decimals((double) r.triples() / r.records(), 1),
                        decimals(r.cpu(), 2),
                        whole(m.perCpu(r.records())),
                        whole(m.perCpu(m.subfields())),
                        whole(m.perCpu(m.bytes() / 1024.0)),
                        whole(m.perCpu(r.triples())));
            }
            for (int i = 0; i < g.length - 1; i++) verdicts.add(verdict(g[g.length - 1], g[i]));
        }
        return t.done()
                .list("Target (issue 11: within 20 % of MARC 21's speed in the same run):", verdicts)
                .end();
    }

    private static String verdict(Measured u, Measured m) {
        double perRecord = u.perCpu(u.row().records()) / m.perCpu(m.row().records());
        double perSubfield = u.perCpu(u.subfields()) / m.perCpu(m.subfields());
        double perByte = u.perCpu(u.bytes()) / m.perCpu(m.bytes());
        double perTriple = u.perCpu(u.row().triples()) / m.perCpu(m.row().triples());
        return String.format(
                "%s against %s: %.2fx per record (%s), %.2fx per subfield (%s), %.2fx per byte (%s), %.2fx per"
                        + " triple (%s)",
                u.row().format(),
                m.row().format(),
                perRecord,
                met(perRecord),
                perSubfield,
                met(perSubfield),
                perByte,
                met(perByte),
                perTriple,
                met(perTriple));
    }

    private static String met(double ratio) {
        return ratio >= 0.8 ? "met" : "NOT met";
    }

    static void write(Path file, String section) throws IOException {
        ReportFile.writeSection(file, START, END, section);
    }
}
