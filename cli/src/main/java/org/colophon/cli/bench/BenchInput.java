package org.colophon.cli.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Triple;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.record.SourceRecord;
import org.colophon.transform.Converter;
import org.colophon.transform.marc.Iso2709Writer;
import org.colophon.transform.marc.MarcDecoder;
import org.colophon.transform.marc.MarcRecord;
import org.colophon.transform.marc.MarcXmlWriter;

/**
 * Benchmark input: real records ("seeds") repeated with unique control numbers until there are as many as asked
 * for, written as ISO 2709 and as MARCXML. Synthetic only in the repetition; every field is a real record's.
 */
public final class BenchInput {
    final List<MarcRecord> seeds = new ArrayList<>();
    /** The triples each seed converts to, for the parse + write floor. */
    final List<List<Triple>> seedTriples = new ArrayList<>();

    BenchInput(List<Path> files, Converter converter) throws IOException {
        for (Path f : files) {
            try (RecordSource src = FileRecordReader.open(f, "bench", null, Quarantine.counting())) {
                while (src.hasNext()) {
                    SourceRecord r = src.next();
                    try {
                        MarcRecord m = MarcDecoder.decode(r);
                        List<Triple> t = converter.map("bench", "seed", m);
                        if (!"aceijkmt".contains(String.valueOf(m.leaderAt(6))) || t.size() < 10) continue;
                        Iso2709Writer.write(m); // skip records too long for ISO 2709
                        seeds.add(m);
                        seedTriples.add(t);
                    } catch (Exception e) {
                        // not a usable seed (undecodable, over-long): the benchmark measures good records
                    }
                }
            }
        }
        if (seeds.isEmpty()) throw new IllegalArgumentException("no usable seed records in " + files);
    }

    /**
     * The real records benchmarks repeat: the bundled samples and, when the project's corpus is beside the checkout,
     * LoC's marc2bibframe2 datasets.
     */
    public static List<Path> defaultSeeds() throws java.io.IOException {
        List<Path> out = new ArrayList<>();
        for (String f : List.of("samples/bnu-chinese-sru.xml", "samples/loc-cjk-880.xml", "samples/bu-bibs.mrc")) {
            if (Files.isReadable(Path.of(f))) out.add(Path.of(f));
        }
        Path dataset = Path.of("../shared/corpus/marc21/marc2bibframe2/dataset");
        if (Files.isDirectory(dataset)) {
            try (var files = Files.list(dataset)) {
                files.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(out::add);
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("no seed records found: give --seeds FILE,...");
        return out;
    }

    MarcRecord record(long i) {
        return Iso2709Writer.withControlNumber(seeds.get((int) (i % seeds.size())), "bench" + i);
    }

    Path writeIso(Path dir, long n) throws IOException {
        Path p = dir.resolve("bench-" + n + ".mrc");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
            for (long i = 0; i < n; i++) out.write(Iso2709Writer.write(record(i)));
        }
        return p;
    }

    Path writeXml(Path dir, long n) throws IOException {
        Path p = dir.resolve("bench-" + n + ".xml");
        try (MarcXmlWriter w = new MarcXmlWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8))) {
            for (long i = 0; i < n; i++) w.write(record(i));
        }
        return p;
    }
}
