package org.colophon.bench.convert;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Triple;
import org.colophon.bench.BenchInput;
import org.colophon.bench.HeapSampler;
import org.colophon.bench.Probe;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.transform.ConversionRun;
import org.colophon.transform.Converter;
import org.colophon.transform.NQuads;
import org.colophon.transform.marc.MarcDecoder;

/**
 * Measures conversion in three stages on the same input: parse only (split + decode), parse + write (decode, then
 * encode, for each record, the triples its seed converts to, made beforehand: the tightest floor), and parse + map +
 * write, the way {@code colophon convert --to ntriples} runs ({@link ConversionRun} with the encoder on the workers).
 * Both write with the same N-Triples encoder ({@link NQuads}); output goes to a counting sink, so disk speed is not
 * measured.
 */
final class ConvertBenchmark {

    /** One measured run. */
    record Row(
            String stage,
            String format,
            int threads,
            long records,
            long triples,
            double wall,
            double cpu,
            double peakHeapMb,
            double liveHeapMb) {
        double recordsPerSecond() {
            return records / wall;
        }

        double triplesPerSecond() {
            return triples / wall;
        }

        double recordsPerCpuSecond() {
            return records / cpu;
        }
    }

    private final Converter converter;
    private final BenchInput input;
    private final Consumer<String> log;

    ConvertBenchmark(Converter converter, BenchInput input, Consumer<String> log) {
        this.converter = converter;
        this.input = input;
        this.log = log;
    }

    Row parse(Path file, String format) throws IOException {
        return measure("parse", format, 1, () -> {
            long n = 0;
            try (RecordSource src = FileRecordReader.open(file, "bench", null, Quarantine.counting())) {
                while (src.hasNext()) {
                    try {
                        MarcDecoder.decode(src.next());
                        n++;
                    } catch (Exception e) {
                        // counted as not read
                    }
                }
            }
            return new long[] {n, 0};
        });
    }

    Row parseWrite(Path file, String format) throws IOException {
        return measure("parse + write", format, 1, () -> {
            long n = 0;
            long triples = 0;
            CountingSink sink = new CountingSink();
            try (RecordSource src = FileRecordReader.open(file, "bench", null, Quarantine.counting())) {
                while (src.hasNext()) {
                    try {
                        MarcDecoder.decode(src.next());
                    } catch (Exception e) {
                        continue;
                    }
                    List<Triple> ts = input.seedTriples(n);
                    byte[] bytes = NQuads.ntriples(ts);
                    sink.write(bytes, 0, bytes.length);
                    triples += ts.size();
                    n++;
                }
            }
            return new long[] {n, triples};
        });
    }

    Row convert(Path file, String format, int threads) throws IOException {
        return measure("parse + map + write", format, threads, () -> {
            // the path of `colophon convert --to ntriples`: each worker encodes its records, the sink writes bytes
            CountingSink sink = new CountingSink();
            ConversionRun.Summary s;
            try (RecordSource src = FileRecordReader.open(file, "bench", null, Quarantine.counting())) {
                s = new ConversionRun(converter, Quarantine.counting(), threads, null)
                        .encoder(c -> NQuads.ntriples(c.triples()))
                        .run(src, c -> sink.write(c.encoded(), 0, c.encoded().length));
            }
            return new long[] {s.converted(), s.triples()};
        });
    }

    interface Work {
        long[] run() throws IOException;
    }

    private Row measure(String stage, String format, int threads, Work work) throws IOException {
        Probe.resetPeaks();
        double cpu0 = Probe.cpuSeconds();
        long t0 = System.nanoTime();
        long[] counts;
        double peakHeap;
        try (HeapSampler heap = new HeapSampler()) {
            counts = work.run();
            peakHeap = heap.peakMb();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = Probe.cpuSeconds() - cpu0;
        Row row = new Row(stage, format, threads, counts[0], counts[1], wall, cpu, peakHeap, Probe.liveHeapAfterGcMb());
        log.accept(String.format(
                "%-20s %-8s %2d thr  %,9d rec  %,8.0f rec/s  %,10.0f triples/s  %,7.0f rec/cpu-s  heap peak %,5.0f MB",
                stage,
                format,
                threads,
                row.records(),
                row.recordsPerSecond(),
                row.triplesPerSecond(),
                row.recordsPerCpuSecond(),
                row.peakHeapMb()));
        return row;
    }

    static List<Row> rows() {
        return new ArrayList<>();
    }

    /** An output stream that only counts, so the writer does all its work and nothing touches disk. */
    static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
