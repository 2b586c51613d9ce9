package org.colophon.bench;

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
    private final List<MarcRecord> seeds = new ArrayList<>();
    /** The triples each seed converts to, for the parse + write floor. */
    private final List<List<Triple>> seedTriples = new ArrayList<>();

    public BenchInput(List<Path> files, Converter converter) throws IOException {
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
        if (seeds.isEmpty()) throw new UserError("no usable seed records in " + files);
    }

    /** How many usable seed records there are. */
    public int seedCount() {
        return seeds.size();
    }

    /** The triples the seed behind record {@code i} converts to. */
    public List<Triple> seedTriples(long i) {
        return seedTriples.get((int) (i % seeds.size()));
    }

    /** Record {@code i}: seed {@code i mod seeds} with the control number {@code bench<i>}. */
    public MarcRecord record(long i) {
        return Iso2709Writer.withControlNumber(seeds.get((int) (i % seeds.size())), "bench" + i);
    }

    /** Records 0 … n-1 as one ISO 2709 file in {@code dir}. */
    public Path writeIso(Path dir, long n) throws IOException {
        Path p = dir.resolve("bench-" + n + ".mrc");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
            for (long i = 0; i < n; i++) out.write(Iso2709Writer.write(record(i)));
        }
        return p;
    }

    /** Records 0 … n-1 as one MARCXML collection in {@code dir}. */
    public Path writeXml(Path dir, long n) throws IOException {
        Path p = dir.resolve("bench-" + n + ".xml");
        try (MarcXmlWriter w = new MarcXmlWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8))) {
            for (long i = 0; i < n; i++) w.write(record(i));
        }
        return p;
    }
}
