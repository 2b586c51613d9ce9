package org.colophon.transform.compare;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RiotException;
import org.colophon.transform.marc.MarcRecord;
import org.colophon.transform.marc.MarcXmlWriter;

/**
 * Runs the Library of Congress's own converter, marc2bibframe2, over records: writes them as MARCXML and runs its
 * stylesheet with {@code xsltproc} (which must be on the path). The stylesheet stays outside Colophon; its path is
 * given. When xsltproc fails on a batch, the batch is halved until the records it fails on are found; those are left
 * out of the reference and named in {@link Result#failed()}.
 *
 * <pre>
 * Marc2Bibframe2.Result loc = new Marc2Bibframe2(Path.of("marc2bibframe2/xsl/marc2bibframe2.xsl"),
 *         "http://example.org/").convert(records);
 * new ReferenceComparison(loc.byRecord(), "http://example.org/", converter).compare(records);
 * </pre>
 */
public final class Marc2Bibframe2 {
    /** A fixed generation date, so LoC's output is the same on every run. */
    public static final String DATESTAMP = "2026-01-01T00:00:00";

    private final Path xsl;
    private final String baseUri;

    public Marc2Bibframe2(Path xsl, String baseUri) {
        if (!Files.isRegularFile(xsl)) throw new IllegalArgumentException("no stylesheet at " + xsl);
        this.xsl = xsl;
        this.baseUri = baseUri;
    }

    /**
     * LoC's BIBFRAME for the records, record by record (by 001, and copies of a record apart:
     * {@link RecordGraphs#key(String, int)}), the keys of the records its converter failed on, and per record how
     * many IRIs of its output were not IRIs and so lost (a {@code $0 (uri) http://…} copied into {@code rdf:about}:
     * {@link RecordGraphs#fromRdfXml(java.io.InputStream, String, Map)}; records with none are not in it).
     */
    public record Result(Map<String, Graph> byRecord, List<String> failed, Map<String, Integer> skipped) {
        public Result(Map<String, Graph> byRecord, List<String> failed) {
            this(byRecord, failed, Map.of());
        }

        /** IRIs lost over all records. */
        public int skippedIris() {
            return skipped.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Every record's graph in one. */
        public Graph graph() {
            return RecordGraphs.union(byRecord);
        }
    }

    public Result convert(List<MarcRecord> records) {
        Map<String, Graph> g = new HashMap<>();
        List<String> failed = new ArrayList<>();
        Map<String, Integer> skipped = new HashMap<>();
        try {
            Path dir = Files.createTempDirectory("marc2bibframe2");
            try {
                // copies of a record (one 001 more than once) run apart, the n-th copies together: LoC names a
                // record's nodes by its 001, so copies run together would come back as one
                Map<String, Integer> seen = new HashMap<>();
                List<List<MarcRecord>> rounds = new ArrayList<>();
                for (MarcRecord r : records) {
                    int copy = seen.merge(id(r), 1, Integer::sum);
                    while (rounds.size() < copy) rounds.add(new ArrayList<>());
                    rounds.get(copy - 1).add(r);
                }
                for (int i = 0; i < rounds.size(); i++) {
                    Map<String, Graph> round = new HashMap<>();
                    List<String> roundFailed = new ArrayList<>();
                    Map<String, Integer> roundSkipped = new HashMap<>();
                    run(rounds.get(i), round, roundFailed, roundSkipped, dir);
                    for (Map.Entry<String, Graph> e : round.entrySet())
                        g.put(RecordGraphs.key(e.getKey(), i + 1), e.getValue());
                    for (Map.Entry<String, Integer> e : roundSkipped.entrySet())
                        skipped.merge(RecordGraphs.key(e.getKey(), i + 1), e.getValue(), Integer::sum);
                    for (String f : roundFailed) failed.add(RecordGraphs.key(f, i + 1));
                }
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path p : files.toList()) Files.deleteIfExists(p);
                }
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(g, failed, skipped);
    }

    private static String id(MarcRecord r) {
        String id = r.control("001");
        return id == null ? "" : id.strip();
    }

    private void run(
            List<MarcRecord> batch, Map<String, Graph> g, List<String> failed, Map<String, Integer> skipped, Path dir)
            throws IOException {
        if (batch.isEmpty()) return;
        Map<String, Integer> batchSkipped = new HashMap<>();
        Map<String, Graph> out = once(batch, dir, batchSkipped);
        if (out != null) {
            batchSkipped.forEach((k, v) -> skipped.merge(k, v, Integer::sum));
            for (Map.Entry<String, Graph> e : out.entrySet()) {
                Graph had = g.putIfAbsent(e.getKey(), e.getValue());
                if (had != null) e.getValue().find().forEach(had::add);
            }
            return;
        }
        if (batch.size() == 1) {
            String id = batch.get(0).control("001");
            failed.add(id == null ? "(no 001)" : id.strip());
            return;
        }
        int half = batch.size() / 2;
        run(batch.subList(0, half), g, failed, skipped, dir);
        run(batch.subList(half, batch.size()), g, failed, skipped, dir);
    }

    /** Whether {@code xsltproc} runs here (the comparison needs it; its tests are skipped where it does not). */
    public static boolean xsltprocInstalled() {
        try {
            return new ProcessBuilder("xsltproc", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * One xsltproc run, read record by record (IRIs that are not IRIs counted in {@code skipped}); null when it
     * fails or gives no RDF.
     */
    private Map<String, Graph> once(List<MarcRecord> batch, Path dir, Map<String, Integer> skipped) throws IOException {
        Path in = dir.resolve("in.xml");
        Path out = dir.resolve("out.rdf");
        try (MarcXmlWriter w =
                new MarcXmlWriter(new OutputStreamWriter(Files.newOutputStream(in), StandardCharsets.UTF_8))) {
            for (MarcRecord r : batch) w.write(r);
        }
        ProcessBuilder pb = new ProcessBuilder(
                        "xsltproc",
                        "--stringparam",
                        "baseuri",
                        baseUri,
                        "--stringparam",
                        "pGenerationDatestamp",
                        DATESTAMP,
                        xsl.toString(),
                        in.toString())
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IOException("cannot run xsltproc (is it installed?): " + e.getMessage(), e);
        }
        try {
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return null;
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while xsltproc ran", e);
        }
        if (p.exitValue() != 0 || Files.size(out) == 0) return null;
        // LoC's output holds IRIs Jena warns about (VIAF's "LC|n83021048"); they are kept, not logged. Those it
        // refuses ("(uri) http://…") cost that value, not the record
        try (var rdf = Files.newInputStream(out)) {
            Map<String, Graph> g = RecordGraphs.fromRdfXml(rdf, baseUri, skipped);
            return g.isEmpty() ? null : g;
        } catch (RiotException | IllegalArgumentException e) {
            return null;
        }
    }
}
