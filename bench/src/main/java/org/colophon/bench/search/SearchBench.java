package org.colophon.bench.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.colophon.bench.BenchInput;
import org.colophon.bench.Probe;
import org.colophon.bench.ReportFile;
import org.colophon.bench.store.Latency;
import org.colophon.bench.store.ServeProcess;
import org.colophon.data.DataDir;
import org.colophon.discovery.DiscoveryIndex;
import org.colophon.discovery.SearchRequest;
import org.colophon.discovery.internal.Fields;
import org.colophon.discovery.internal.InstanceDoc;
import org.colophon.discovery.internal.InstanceDocuments;
import org.colophon.ingest.Ingest;
import org.colophon.ingest.IngestSummary;
import org.colophon.transform.Converter;

/**
 * The search benchmark: our index build beside plain Lucene on the same records, import with the index on and off,
 * and query latency over HTTP from a second process against {@code colophon serve} over an index of a synthetic size
 * (real records repeated with unique identifiers).
 */
public final class SearchBench {
    /** What a run does. */
    public record Settings(
            long docs, long compareDocs, long importRecords, int requests, double warmUpSeconds, boolean reuseIndex) {}

    static final String BASE = "http://localhost:3030/";
    static final String SOURCE = "bench";
    static final String START = ReportFile.start("search");
    static final String END = ReportFile.end("search");

    private final Path dir;
    private final Consumer<String> log;
    private final Converter converter;
    private final BenchInput input;
    private final String seedGraph;
    /** Seed records behind the index measured: this run's, or, with --reuse-index, those of the run that built it. */
    private String reportedSeeds;

    public SearchBench(List<Path> seeds, Path dir, Consumer<String> log) throws IOException {
        this.dir = dir;
        this.log = log;
        this.converter = Converter.builder().base(BASE).build();
        this.input = new BenchInput(seeds, converter);
        this.seedGraph = BASE + "bench/seed";
        log.accept("seeds: " + input.seedCount() + " real records from " + seeds.size() + " files; " + Probe.machine());
        this.reportedSeeds = Integer.toString(input.seedCount());
    }

    /** A build's figures: documents (records) written and seconds, in all and over the first {@code compare}. */
    record Build(long records, double seconds, long compareRecords, double compareSeconds) {
        double rate() {
            return records / seconds;
        }

        double compareRate() {
            return compareRecords / compareSeconds;
        }
    }

    /** Record {@code i}'s triples: its seed's, with the seed's IRIs moved to the record's own. */
    List<Triple> triples(long i) {
        String to = BASE + SOURCE + "/" + recordId(i);
        List<Triple> seed = input.seedTriples(i);
        List<Triple> out = new ArrayList<>(seed.size());
        for (Triple t : seed)
            out.add(Triple.create(move(t.getSubject(), to), t.getPredicate(), move(t.getObject(), to)));
        return out;
    }

    private Node move(Node n, String to) {
        if (!n.isURI()) return n;
        String iri = n.getURI();
        if (!iri.startsWith(seedGraph)) return n;
        if (iri.length() > seedGraph.length() && iri.charAt(seedGraph.length()) != '#') return n;
        return NodeFactory.createURI(to + iri.substring(seedGraph.length()));
    }

    static String recordId(long i) {
        return "bench" + i;
    }

    public String run(Settings s, String command) throws Exception {
        String load = loadAverage();
        log.accept("load average at start: " + load);
        Path data = dir.resolve("serve");
        Path seedCount = dir.resolve("seed-count");
        if (s.reuseIndex()) {
            reportedSeeds =
                    Files.exists(seedCount) ? Files.readString(seedCount).strip() : "(not recorded)";
            return latencyOnly(s, command, load, data);
        }
        Files.writeString(seedCount, Integer.toString(input.seedCount()));
        long compare = Math.min(s.compareDocs(), s.docs());
        log.accept("warming up both builds on 5,000 records...");
        Path warm = Files.createDirectories(dir.resolve("warm"));
        ours(warm.resolve("ours"), 5000, 5000, null);
        plain(warm.resolve("plain"), 5000);
        raw(warm.resolve("raw"), 5000);
        delete(warm);

        log.accept("building our index of " + s.docs() + " records (single thread, as one lane of the import)...");
        Map<String, List<String>> queries = new LinkedHashMap<>();
        Build ours = ours(DataDir.of(data).index(), s.docs(), compare, queries);
        log.accept(String.format(
                "ours: %,d records in %.1f s, %,.0f records/s (first %,d: %,.0f/s)",
                ours.records(), ours.seconds(), ours.rate(), ours.compareRecords(), ours.compareRate()));
        // side by side on the same records, interleaved twice so that a change in the machine's load falls on both;
        // the better run of each counts
        Build oursSide = null, plain = null, raw = null;
        for (int round = 1; round <= 2; round++) {
            log.accept("side by side on the first " + compare + " records, round " + round
                    + ": ours, plain Lucene on the same documents and fields, plain Lucene in one field...");
            oursSide = best(oursSide, ours(dir.resolve("side-ours"), compare, compare, null));
            delete(dir.resolve("side-ours"));
            plain = best(plain, plain(dir.resolve("plain"), compare));
            delete(dir.resolve("plain"));
            raw = best(raw, raw(dir.resolve("raw"), compare));
            delete(dir.resolve("raw"));
        }
        log.accept(String.format(
                "side by side (best of 2): ours %,.0f records/s, plain Lucene same fields %,.0f, one field %,.0f",
                oursSide.rate(), plain.rate(), raw.rate()));
        long indexBytes = size(DataDir.of(data).index());

        log.accept("import of " + s.importRecords() + " records with the index on and off...");
        double[] imports = imports(s.importRecords());

        Served served = serve(s, data, queries);
        return markdown(command, s, load, ours, oursSide, plain, raw, indexBytes, imports, served);
    }

    /** What serving the index measured: per kind of query, the server's heap, the load while it ran. */
    record Served(List<Latency.Figures> figures, String heap, double used, double live, LoadSampler.Range load) {}

    /** Only the queries, over the index an earlier run left in {@code data}. */
    private String latencyOnly(Settings s, String command, String load, Path data) throws Exception {
        Path index = DataDir.of(data).index();
        if (!Files.isDirectory(index))
            throw new IOException(
                    "--reuse-index: no index in " + index + " (run once without it, with the same --work)");
        Map<String, List<String>> queries = new LinkedHashMap<>();
        long docs;
        try (DiscoveryIndex ix = DiscoveryIndex.openReadOnly(index)) {
            // colophon serve would rebuild it from the store first, which is not what this measures
            if (ix.outdated())
                throw new IOException("--reuse-index: the index in " + index + " is of an older format (" + ix.format()
                        + "; this version's is " + DiscoveryIndex.FORMAT + "): run once without --reuse-index");
            docs = ix.count();
            pickQueries(ix, queries);
        }
        log.accept(String.format("reusing the index of %,d documents in %s", docs, index));
        Settings sized = new Settings(docs, 0, 0, s.requests(), s.warmUpSeconds(), true);
        Served served = serve(sized, data, queries);
        return markdown(command, sized, load, null, null, null, null, size(index), null, served);
    }

    private Served serve(Settings s, Path data, Map<String, List<String>> queries) throws Exception {
        Path requests = dir.resolve("search-requests.tsv");
        write(queries, requests);
        try (ServeProcess server = ServeProcess.start(data, BASE, "1g", dir.resolve("serve.log"));
                LoadSampler sampler = LoadSampler.start()) {
            log.accept("colophon serve in its own JVM at " + server.url()
                    + "; measuring /search from a second process...");
            List<Latency.Figures> figures = Latency.measureFromAnotherProcess(
                    server.url(), requests, s.warmUpSeconds(), s.requests(), dir.resolve("latency-client.out"));
            LoadSampler.Range load = sampler.range();
            figures.forEach(f -> log.accept(f.line()));
            log.accept("load average (1 min) while measuring: " + load);
            double used = heapUsed(server.pid(), false);
            double live = heapUsed(server.pid(), true);
            log.accept(String.format(
                    "server heap: %,.0f MB in use after the queries, %,.0f MB after a full GC", used, live));
            return new Served(figures, server.heap(), used, live, load);
        }
    }

    private static Build best(Build a, Build b) {
        return a == null || b.rate() > a.rate() ? b : a;
    }

    /** Our index: {@code n} records through {@link DiscoveryIndex#put}, committed once; timed to {@code compare} too. */
    private Build ours(Path index, long n, long compare, Map<String, List<String>> queries) {
        long t0 = System.nanoTime();
        double compareSeconds = 0;
        try (DiscoveryIndex ix = DiscoveryIndex.open(index)) {
            for (long i = 0; i < n; i++) {
                String id = recordId(i);
                ix.put(SOURCE, id, BASE + SOURCE + "/" + id, "c" + i, triples(i));
                if (i + 1 == compare) {
                    ix.commit();
                    compareSeconds = (System.nanoTime() - t0) / 1e9;
                }
                if ((i + 1) % 100_000 == 0) log.accept(String.format("  %,d records", i + 1));
            }
            ix.commit();
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (queries != null) pickQueries(ix, queries);
            return new Build(n, seconds, compare, compareSeconds);
        }
    }

    /**
     * The baseline: plain Lucene on the same documents with the same fields ({@link PlainLucene}), read off the same
     * triples by the same code and written the same way (replacing the record's documents), committed once.
     */
    private Build plain(Path index, long n) throws IOException {
        long t0 = System.nanoTime();
        try (FSDirectory d = FSDirectory.open(index);
                IndexWriter w =
                        new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64))) {
            for (long i = 0; i < n; i++) {
                String id = recordId(i);
                List<Document> docs = new ArrayList<>();
                for (InstanceDoc doc : InstanceDocuments.of(BASE + SOURCE + "/" + id, SOURCE, id, "c" + i, triples(i)))
                    docs.add(PlainLucene.of(doc));
                w.updateDocuments(new Term(Fields.RECORD, Fields.record(SOURCE, id)), docs);
            }
            w.commit();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Build(n, seconds, n, seconds);
    }

    /** The floor: plain Lucene, one document per record holding every literal, StandardAnalyzer, committed once. */
    private Build raw(Path index, long n) throws IOException {
        long t0 = System.nanoTime();
        try (FSDirectory d = FSDirectory.open(index);
                IndexWriter w =
                        new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64))) {
            for (long i = 0; i < n; i++) {
                StringBuilder text = new StringBuilder();
                for (Triple t : triples(i))
                    if (t.getObject().isLiteral())
                        text.append(t.getObject().getLiteralLexicalForm()).append('\n');
                Document doc = new Document();
                doc.add(new StringField("id", BASE + SOURCE + "/" + recordId(i), Field.Store.YES));
                doc.add(new TextField("all", text.toString(), Field.Store.NO));
                w.addDocument(doc);
            }
            w.commit();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Build(n, seconds, n, seconds);
    }

    /** Records/s of {@code colophon import}'s path into an empty data directory with the index on, then off. */
    private double[] imports(long n) throws IOException {
        Path in = Files.createDirectories(dir.resolve("import-input"));
        Path iso = input.writeIso(in, n);
        Path warmIso = input.writeIso(Files.createDirectories(dir.resolve("import-warm")), Math.min(n, 2000));
        importOnce(warmIso, true, dir.resolve("warm-on"));
        importOnce(warmIso, false, dir.resolve("warm-off"));
        double on = importOnce(iso, true, dir.resolve("import-on"));
        double off = importOnce(iso, false, dir.resolve("import-off"));
        log.accept(String.format("import: index on %,.0f records/s, off %,.0f records/s (%.2f×)", on, off, on / off));
        delete(in);
        delete(dir.resolve("import-warm"));
        return new double[] {on, off};
    }

    private double importOnce(Path iso, boolean index, Path data) {
        long t0 = System.nanoTime();
        IngestSummary sum;
        try (Ingest ingest =
                Ingest.builder(DataDir.of(data)).base(BASE).searchIndex(index).build()) {
            sum = ingest.importFiles(List.of(iso), SOURCE, null, null);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        delete(data);
        return sum.read() / seconds;
    }

    /** The queries of each kind that find something in this index. */
    private static void pickQueries(DiscoveryIndex ix, Map<String, List<String>> out) {
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        candidates.put(
                "one term",
                List.of(
                        "history",
                        "china",
                        "music",
                        "science",
                        "poems",
                        "war",
                        "philosophy",
                        "art",
                        "law",
                        "education"));
        candidates.put(
                "two terms",
                List.of(
                        "chinese history",
                        "modern philosophy",
                        "united states",
                        "american history",
                        "social conditions",
                        "world war",
                        "new york",
                        "case studies"));
        candidates.put(
                "three terms",
                List.of(
                        "history of china",
                        "modern chinese literature",
                        "united states history",
                        "history and criticism",
                        "good and evil"));
        candidates.put("CJK", List.of("中国", "历史", "歷史研究", "小说", "文学", "犹太学", "刘徽", "出版社"));
        candidates.put("pinyin", List.of("zhongguo", "lishi", "liu hui", "xiaoshuo", "wenxue", "beijing"));
        candidates.put(
                "faceted",
                List.of(
                        "filter=language:Chinese",
                        "q=history&filter=language:English",
                        "filter=type:Print&filter=library:bench"));
        for (var e : candidates.entrySet()) {
            List<String> found = new ArrayList<>();
            for (String q : e.getValue()) {
                String path = e.getKey().equals("faceted")
                        ? "/search?" + encodeFilters(q) + "&size=20"
                        : "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&size=20";
                SearchRequest r = e.getKey().equals("faceted") ? parseFaceted(q) : SearchRequest.of(q);
                if (ix.search(r.withPage(1, 1)).total() > 0) found.add(path);
            }
            if (!found.isEmpty()) out.put(e.getKey(), found);
        }
        // the same faceted searches with every match counted, as a reader asking for exact counts gets them
        List<String> faceted = out.get("faceted");
        if (faceted != null)
            out.put(
                    "faceted, exact counts",
                    faceted.stream().map(p -> p + "&facets=exact").toList());
    }

    private static String encodeFilters(String q) {
        List<String> parts = new ArrayList<>();
        for (String p : q.split("&")) {
            int eq = p.indexOf('=');
            parts.add(p.substring(0, eq + 1) + URLEncoder.encode(p.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }

    private static SearchRequest parseFaceted(String q) {
        SearchRequest r = SearchRequest.of("");
        for (String p : q.split("&")) {
            if (p.startsWith("q=")) r = new SearchRequest(p.substring(2), 1, 20, null, r.filters());
            else {
                SearchRequest.Filter f = SearchRequest.Filter.parse(p.substring("filter=".length()));
                r = r.withFilter(f.dimension(), f.value());
            }
        }
        return r;
    }

    private static void write(Map<String, List<String>> queries, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (var e : queries.entrySet())
            for (String path : e.getValue()) lines.add(e.getKey() + "\tapplication/json\t" + path);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private String markdown(
            String command,
            Settings s,
            String load,
            Build ours,
            Build oursSide,
            Build plain,
            Build raw,
            long indexBytes,
            double[] imports,
            Served served) {
        List<Latency.Figures> figures = served.figures();
        String heap = served.heap();
        StringBuilder b = new StringBuilder();
        b.append(START).append('\n');
        b.append("## Search: index build, import with the index, query latency (`colophon-bench search`)\n\n");
        b.append("Measured ")
                .append(LocalDate.now())
                .append(" on ")
                .append(Probe.machine())
                .append("; load average at the start (1, 5, 15 min): ")
                .append(load)
                .append("; load average (1 min) while the queries ran: ")
                .append(served.load())
                .append(". On a busy machine the figures swing from run to run.\n\n");
        b.append("Command: `").append(command).append("`\n\n");
        b.append(String.format(
                "Input (**synthetic**): %s real seed records repeated with unique record ids and IRIs, %,d records"
                        + " (one Instance each).%n%n",
                reportedSeeds, s.docs()));
        if (ours != null) builds(b, s, ours, oursSide, plain, raw, indexBytes, imports);
        else
            b.append(String.format(
                    "Queries only (`--reuse-index`), over the index an earlier run of this command built (%,.0f MB on"
                            + " disk); builds and import not measured in this run.%n%n",
                    indexBytes / 1048576.0));
        queries(b, s, served);
        if (ours != null) {
            double ratio = oursSide.rate() / plain.rate();
            b.append(String.format(
                    "- index build: %.2f× plain Lucene's records/s on the same documents and fields (target ≥ 0.5×): %s%n",
                    ratio, ratio >= 0.5 ? "met" : "NOT met"));
            b.append(String.format(
                    "  (and %.2f× the one-field floor, the baseline of earlier runs)%n", oursSide.rate() / raw.rate()));
            double ir = imports[0] / imports[1];
            b.append(String.format(
                    "- import with the index: %.2f× without (target ≥ 0.8×): %s%n", ir, ir >= 0.8 ? "met" : "NOT met"));
        }
        b.append(String.format(
                "- query p95 < 50 ms at ≥ 1,000,000 documents: worst p95 %.2f ms at %,d documents (load %s): %s%n",
                worstP95(figures),
                s.docs(),
                served.load(),
                s.docs() < 1_000_000
                        ? (worstP95(figures) < 50
                                ? "met at this size, not judged: fewer than 1,000,000 documents"
                                : "NOT met at this size")
                        : worstP95(figures) < 50 ? "met" : "NOT met"));
        b.append('\n').append(END).append('\n');
        return b.toString();
    }

    private static double worstP95(List<Latency.Figures> figures) {
        double worst = 0;
        for (Latency.Figures f : figures) worst = Math.max(worst, f.p95());
        return worst;
    }

    private void builds(
            StringBuilder b,
            Settings s,
            Build ours,
            Build oursSide,
            Build plain,
            Build raw,
            long indexBytes,
            double[] imports) {
        b.append("| build | records | seconds | records/s |\n|---|---:|---:|---:|\n");
        b.append(String.format(
                "| ours (DiscoveryIndex.put: ICU, 繁→简, bigrams, pinyin twins, facets, suggest keys), %,d | %,d | %.1f | %,.0f |%n",
                oursSide.records(), oursSide.records(), oursSide.seconds(), oursSide.rate()));
        b.append(String.format(
                "| plain Lucene, same documents and fields (StandardAnalyzer for every text field), same %,d records | %,d | %.1f | %,.0f |%n",
                plain.records(), plain.records(), plain.seconds(), plain.rate()));
        b.append(String.format(
                "| plain Lucene, every literal of the record in one field (StandardAnalyzer), same %,d records | %,d | %.1f | %,.0f |%n",
                raw.records(), raw.records(), raw.seconds(), raw.rate()));
        b.append(String.format(
                "| ours, the served index of %,d (built first, alone) | %,d | %.1f | %,.0f |%n%n",
                ours.records(), ours.records(), ours.seconds(), ours.rate()));
        b.append(String.format(
                "The first three rows ran side by side, interleaved twice, the better run of each shown. All on one"
                        + " thread (the import runs one such lane per core), committed once at the end, 64 MB of"
                        + " indexing buffer, each record written as `IndexWriter.updateDocuments` on its key (the"
                        + " one-field floor: `addDocument`). Ours and the same-fields baseline both read the documents"
                        + " off the record's triples with the same code (`InstanceDocuments`); the baseline then writes"
                        + " the same fields (text fields with their `_py` twins, keywords, stored fields, sort keys,"
                        + " facets, one suggest key per value) through Lucene's `StandardAnalyzer`, so the gap is our"
                        + " analysis and folding. The baseline analyses each field's values anew, as a document of"
                        + " strings does; ours analyses a value once and replays its terms into every field it goes"
                        + " into (a title feeds `title` and `all`, and their `_py` twins). Index on disk: %,.0f MB for"
                        + " %,d records.%n%n",
                indexBytes / 1048576.0, s.docs()));
        b.append(String.format(
                "Import (`colophon import`'s path, all cores, into an empty data directory) of %,d records: %,.0f records/s with the index, %,.0f without.%n%n",
                s.importRecords(), imports[0], imports[1]));
    }

    private static void queries(StringBuilder b, Settings s, Served served) {
        List<Latency.Figures> figures = served.figures();
        String heap = served.heap();
        b.append(String.format(
                "Queries: `GET /search?…&size=20` (JSON, facets included) over HTTP, one at a time, from a client JVM of its own, against `colophon serve` (`-Xmx%s`) over the %,d-record index, after %.0f s of warm-up per kind."
                        + " Facet counts are exact up to %,d matches and estimated on a random sample of that many past"
                        + " it (the response says `facetsEstimated`); the last kind asks for exact counts"
                        + " (`facets=exact`).%n%n",
                heap, s.docs(), s.warmUpSeconds(), DiscoveryIndex.DEFAULT_FACET_SAMPLE));
        b.append(
                "| queries | requests | p50 ms | p95 ms | p99 ms | mean response bytes | errors |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (Latency.Figures f : figures)
            b.append(String.format(
                    "| %s | %d | %.2f | %.2f | %.2f | %,.0f | %d |%n",
                    f.kind(), f.requests(), f.p50(), f.p95(), f.p99(), f.meanBytes(), f.errors()));
        b.append(String.format(
                "%nServer heap (`jcmd GC.heap_info`): %,.0f MB in use after the queries, %,.0f MB live after a full GC"
                        + " (`-Xmx%s`).%n",
                served.used(), served.live(), heap));
        b.append("\nTargets (issue 12):\n\n");
    }

    /**
     * MB of heap a JVM uses, as {@code jcmd PID GC.heap_info} reports it (summed over its generations), after a full
     * GC when {@code gcFirst}; -1 when jcmd cannot tell.
     */
    static double heapUsed(long pid, boolean gcFirst) {
        try {
            if (gcFirst) jcmd(pid, "GC.run");
            double kb = 0;
            for (String line : jcmd(pid, "GC.heap_info").split("\n")) {
                var m = java.util.regex.Pattern.compile("total \\d+K, used (\\d+)K")
                        .matcher(line);
                if (m.find()) kb += Long.parseLong(m.group(1));
            }
            return kb == 0 ? -1 : kb / 1024;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Process p = new ProcessBuilder(jcmd, Long.toString(pid), command)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static long size(Path p) throws IOException {
        try (Stream<Path> all = Files.walk(p)) {
            return all.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    static void delete(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> all = Files.walk(p)) {
            for (Path f : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + p, e);
        }
    }

    public static void writeReport(Path file, String section) throws IOException {
        ReportFile.writeSection(file, START, END, section);
    }
}
