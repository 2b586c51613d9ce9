package org.colophon.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordFormat;
import org.colophon.record.RecordSource;
import org.colophon.record.SourceRecord;
import org.colophon.transform.ConversionRun;
import org.colophon.transform.Converter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing from the corpus: at least 10,000 inputs made from the records of real files in the test resources (ISO 2709
 * MARC-8 and UTF-8, MARCXML, MARC-in-JSON) by byte flips, truncation, splices of two records, invalid UTF-8, deep
 * nesting, entity expansion and XXE. Each input goes through the file reader and a conversion run as {@code colophon
 * convert} does; none may crash, none may hang, and every record read must be converted or quarantined. The inputs
 * are synthetic (made here, from a fixed seed); the records they are made from are real. Prints the counts.
 */
class HostileInputIT {
    private static final int CASES = 10_500;
    private static final String[] SEEDS = {
        "IRMARC8.bin",
        "test_data.utf8.mrc",
        "bad_records.mrc",
        "test_data.utf8.marc.xml",
        "zdb-sru-marcxmlplus.xml",
        "natlibfi-out-custom-validators.json"
    };

    private static Path resource(String name) throws Exception {
        return Path.of(HostileInputIT.class.getResource("/fuzz/" + name).toURI());
    }

    @TempDir
    Path tmp;

    private record Seed(RecordFormat format, byte[] raw) {}

    private static List<Seed> seeds() throws Exception {
        List<Seed> out = new ArrayList<>();
        for (String s : SEEDS) {
            try (RecordSource src = FileRecordReader.open(resource(s), "seed", null, Quarantine.counting())) {
                while (src.hasNext()) {
                    SourceRecord r = src.next();
                    out.add(new Seed(r.format(), r.raw()));
                }
            }
        }
        return out;
    }

    private static String extension(RecordFormat f) {
        return switch (f) {
            case MARCXML, UNIMARCXML, DUBLIN_CORE -> ".xml";
            case MARC_JSON -> ".json";
            default -> ".mrc";
        };
    }

    private static final String[] KINDS = {
        "byte flips", "truncation", "splice", "bad UTF-8", "deep nesting", "entity expansion", "XXE"
    };

    /** One hostile input made from a seed record (and another for splices). */
    private static byte[] mutate(int kind, Seed a, Seed b, Random rnd) {
        byte[] x = a.raw().clone();
        boolean xml = a.format() == RecordFormat.MARCXML;
        boolean json = a.format() == RecordFormat.MARC_JSON;
        switch (kind) {
            case 0 -> {
                int n = 1 + rnd.nextInt(8);
                for (int i = 0; i < n && x.length > 0; i++) x[rnd.nextInt(x.length)] = (byte) rnd.nextInt(256);
                return x;
            }
            case 1 -> {
                return java.util.Arrays.copyOf(x, x.length == 0 ? 0 : rnd.nextInt(x.length));
            }
            case 2 -> {
                int cut = rnd.nextInt(x.length + 1);
                int from = rnd.nextInt(b.raw().length + 1);
                byte[] out = new byte[cut + b.raw().length - from];
                System.arraycopy(x, 0, out, 0, cut);
                System.arraycopy(b.raw(), from, out, cut, b.raw().length - from);
                return out;
            }
            case 3 -> {
                byte[][] bad = {
                    {(byte) 0xFD},
                    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    {(byte) 0xC0, (byte) 0xAF},
                    {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                    {(byte) 0xE4, (byte) 0xB8},
                    {(byte) 0x80},
                    {(byte) 0x1B, (byte) rnd.nextInt(256)}
                };
                byte[] ins = bad[rnd.nextInt(bad.length)];
                int at = rnd.nextInt(x.length + 1);
                byte[] out = new byte[x.length + ins.length];
                System.arraycopy(x, 0, out, 0, at);
                System.arraycopy(ins, 0, out, at, ins.length);
                System.arraycopy(x, at, out, at + ins.length, x.length - at);
                return out;
            }
            case 4 -> {
                int depth = 2_000 + rnd.nextInt(100_000);
                if (json) return ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.US_ASCII);
                String s = new String(x, StandardCharsets.UTF_8);
                if (!xml) {
                    return ("<collection>" + "<record><a>".repeat(depth / 10) + "</a></record>".repeat(depth / 10)
                                    + "</collection>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                int at = s.indexOf("<subfield");
                at = at < 0 ? s.indexOf('>') + 1 : at;
                return (s.substring(0, at) + "<x>".repeat(depth) + "</x>".repeat(depth) + s.substring(at))
                        .getBytes(StandardCharsets.UTF_8);
            }
            case 5 -> {
                String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                        + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                        + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
                        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                        + "<!ENTITY lol9 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>";
                return entity(laughs, "&lol9;", a, x);
            }
            default -> {
                String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
                return entity(xxe, "&xxe;", a, x);
            }
        }
    }

    /** An XML record with a DTD in front and the entity referenced in its first subfield. */
    private static byte[] entity(String dtd, String ref, Seed a, byte[] x) {
        String s = a.format() == RecordFormat.MARCXML
                ? new String(x, StandardCharsets.UTF_8)
                : "<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>00000nam a2200000 a 4500</leader>"
                        + "<datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">t</subfield></datafield>"
                        + "</record>";
        int at = s.indexOf("code=\"a\">");
        at = at < 0 ? s.indexOf('>') + 1 : at + 9;
        return (dtd + s.substring(0, at) + ref + s.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void noCrashNoHangEveryRecordAccountedFor() throws Exception {
        List<Seed> seeds = seeds();
        assertTrue(seeds.size() > 90, "seed records: " + seeds.size());
        Converter converter = Converter.builder().build();
        Random rnd = new Random(20261206L);
        long[] perKind = new long[KINDS.length];
        long read = 0;
        long converted = 0;
        long quarantined = 0;
        List<String> crashes = new ArrayList<>();
        List<String> hangs = new ArrayList<>();
        List<String> unaccounted = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        try {
            for (int c = 0; c < CASES; c++) {
                int kind = c % KINDS.length;
                Seed a = seeds.get(rnd.nextInt(seeds.size()));
                Seed b = seeds.get(rnd.nextInt(seeds.size()));
                byte[] input = mutate(kind, a, b, rnd);
                boolean xmlish = kind >= 5 || kind == 4 && a.format() != RecordFormat.MARC_JSON;
                Path file = tmp.resolve("case" + c + (xmlish ? ".xml" : extension(a.format())));
                Files.write(file, input);
                perKind[kind]++;
                String label = "case " + c + " (" + KINDS[kind] + ")";
                AtomicLong q = new AtomicLong();
                List<String> out = new ArrayList<>();
                Future<ConversionRun.Summary> f = runner.submit(() -> convert(converter, file, q, out));
                ConversionRun.Summary s;
                try {
                    s = f.get(60, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    hangs.add(label);
                    f.cancel(true);
                    runner.shutdownNow();
                    runner = Executors.newSingleThreadExecutor();
                    continue;
                } catch (java.util.concurrent.ExecutionException e) {
                    crashes.add(label + ": " + e.getCause());
                    continue;
                } finally {
                    Files.delete(file);
                }
                read += s.read();
                converted += s.converted();
                quarantined += s.quarantined();
                if (s.read() != s.converted() + s.quarantined() || s.quarantined() != q.get()) {
                    unaccounted.add(label + ": " + s.line());
                }
                if (out.stream().anyMatch(t -> t.contains("root:x:0:0"))) leaks.add(label);
            }
        } finally {
            runner.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        StringBuilder kinds = new StringBuilder();
        for (int k = 0; k < KINDS.length; k++)
            kinds.append(k == 0 ? "" : ", ").append(KINDS[k]).append(' ').append(perKind[k]);
        System.out.printf(
                "hostile inputs: %d cases (%s) from %d seed records in %.0f s; records read %d, converted %d, quarantined %d;"
                        + " crashes %d, hangs %d, unaccounted %d, XXE leaks %d%n",
                CASES,
                kinds,
                seeds.size(),
                seconds,
                read,
                converted,
                quarantined,
                crashes.size(),
                hangs.size(),
                unaccounted.size(),
                leaks.size());
        assertEquals(List.of(), crashes, "crashes");
        assertEquals(List.of(), hangs, "hangs");
        assertEquals(List.of(), unaccounted, "records neither converted nor quarantined");
        assertEquals(List.of(), leaks, "XXE read a local file");
        assertTrue(read > CASES / 2, "records read " + read);
    }

    /** What {@code colophon convert FILE} does, as one stream of files, with every quarantined record counted. */
    private static ConversionRun.Summary convert(Converter converter, Path file, AtomicLong q, List<String> out)
            throws Exception {
        Quarantine counting = new Quarantine() {
            @Override
            public void put(SourceRecord record, String stage, String reason) {
                q.incrementAndGet();
            }

            @Override
            public long count() {
                return q.get();
            }
        };
        try (RecordSource src = new FileRecords(List.of(file), "fuzz", null, counting)) {
            return new ConversionRun(converter, counting, 1, null)
                    .limits(
                            Duration.ofSeconds(20),
                            ConversionRun.DEFAULT_MAX_RECORD_BYTES,
                            ConversionRun.DEFAULT_MAX_TRIPLES)
                    .run(src, c -> c.triples()
                            .forEach(t -> out.add(t.getObject().toString())));
        }
    }
}
