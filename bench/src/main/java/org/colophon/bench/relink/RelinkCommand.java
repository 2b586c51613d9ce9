package org.colophon.bench.relink;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.colophon.authority.Authorities;
import org.colophon.authority.AuthorityLinker;
import org.colophon.bench.BenchFiles;
import org.colophon.bench.ExitCode;
import org.colophon.bench.ReportFile;
import org.colophon.bench.UserError;
import org.colophon.data.DataDir;
import org.colophon.graph.GraphStore;
import org.colophon.graph.QueryResult;
import org.colophon.graph.RecordMeta;
import org.colophon.ingest.Ingest;
import org.colophon.ingest.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code colophon-bench relink}: a store of N waiting headings, then M authorities imported through the ingestion
 * core with the linker, which relinks the earlier records they concern after every commit.
 */
@Command(
        name = "relink",
        mixinStandardHelpOptions = true,
        description = "Write N waiting headings (the real headings of the Evergreen concerto bibs, each copy given one"
                + " SYNTHETIC word from a skewed vocabulary) into a store, then import M authorities (the real concerto"
                + " authorities, each copy given one such word) through the ingestion core, and time how fast they"
                + " arrive and how long the linker takes to find the records they concern.")
public final class RelinkCommand implements Callable<Integer> {
    private static final String BASE = "http://localhost:3030/";
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--records", description = "Bibliographic records to write (default: ${DEFAULT-VALUE}).")
    int records = 200_000;

    @Option(names = "--headings", description = "Waiting headings in them (default: ${DEFAULT-VALUE}).")
    int headings = 1_000_000;

    @Option(names = "--authorities", description = "Authorities to import (default: ${DEFAULT-VALUE}).")
    int authorities = 1_000;

    @Option(names = "--vocabulary", description = "Synthetic words, drawn with Zipf's law (default: ${DEFAULT-VALUE}).")
    int vocabulary = 50_000;

    @Option(
            names = "--find-only",
            description = "Find the records the authorities concern, count them, and do not relink them.")
    boolean findOnly;

    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            description =
                    "The Evergreen concerto set (default: authority/src/test/resources/concerto in the checkout).")
    Path corpus;

    @Mixin
    BenchFiles files = new BenchFiles();

    /** A real heading of the concerto bibs: its node's name in its record ({@code Agent700-1}), classes, label. */
    record Heading(String local, List<String> types, String label) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (records < 1 || headings < records || authorities < 1 || vocabulary < 10)
            throw new UserError("--records ≥ 1, --headings ≥ --records, --authorities ≥ 1, --vocabulary ≥ 10");
        if (corpus == null) corpus = org.colophon.bench.Home.dir().resolve("authority/src/test/resources/concerto");
        Path bibs = corpus.resolve("bibs_concerto.marcxml");
        Path auths = corpus.resolve("auth_concerto.marcxml");
        if (!Files.isRegularFile(bibs) || !Files.isRegularFile(auths))
            throw new UserError("no concerto set in " + corpus + " (bibs_concerto.marcxml, auth_concerto.marcxml)");
        Path dir = files.workDir("colophon-bench-relink");
        var log = BenchFiles.log(out);
        try {
            Words words = new Words(vocabulary);
            Path seeded = dir.resolve("seeded-" + records + "-" + headings + "-" + vocabulary);
            Path marker = seeded.resolve("done");
            double seedSeconds = -1;
            if (!Files.exists(marker)) {
                org.colophon.bench.store.StoreBench.delete(seeded);
                List<Heading> real = realHeadings(dir.resolve("seed"), bibs, log);
                log.accept("read " + real.size() + " real headings from " + bibs);
                long t0 = System.nanoTime();
                writeHeadings(seeded, real, words, log);
                seedSeconds = (System.nanoTime() - t0) / 1e9;
                Files.writeString(marker, "seeded\n");
            } else log.accept("reusing the waiting headings in " + seeded);
            Path data = dir.resolve("data");
            org.colophon.bench.store.StoreBench.delete(data);
            copy(seeded, data);
            Path xml = dir.resolve("synthetic-authorities.xml");
            writeAuthorities(auths, xml, words);
            log.accept("generated " + authorities + " authorities from " + auths);
            IngestSummary s;
            long[] lookup;
            long[] counts;
            long t0 = System.nanoTime();
            long cpu0 = cpu();
            try (GraphStore store = GraphStore.open(DataDir.of(data).tdb2())) {
                AuthorityLinker linker = Authorities.linker(store, DataDir.of(data));
                try (Ingest ingest = Ingest.builder(DataDir.of(data))
                        .store(store)
                        .base(BASE)
                        .searchIndex(false)
                        .listener(findOnly ? new Counting(linker) : linker)
                        .build()) {
                    s = ingest.importFiles(List.of(xml), "auth", null, p -> log.accept("... " + p.line()));
                }
                lookup = linker.lookupCounts();
                counts = linker.counts();
                if (findOnly) counts[4] = found;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (cpu() - cpu0) / 1e9;
            log.accept(s.line());
            String command = "colophon-bench relink --records " + records + " --headings " + headings
                    + " --authorities " + authorities + (findOnly ? " --find-only" : "");
            String section = section(command, seedSeconds, s.added(), seconds, cpuSeconds, lookup, counts);
            out.print(section);
            out.flush();
            files.report(out, RelinkCommand::writeReport, section);
            return ExitCode.OK;
        } finally {
            if (files.temporary()) org.colophon.bench.store.StoreBench.delete(dir);
        }
    }

    /** Records the linker found concerned, with {@code --find-only}. */
    private long found;

    /** The linker, except that the records it finds concerned are counted, not handed back to be relinked. */
    private final class Counting implements org.colophon.ingest.IngestListener {
        private final AuthorityLinker linker;

        Counting(AuthorityLinker linker) {
            this.linker = linker;
        }

        @Override
        public List<Triple> derive(RecordMeta meta, List<Triple> triples, GraphStore.Batch batch) {
            return linker.derive(meta, triples, batch);
        }

        @Override
        public List<Triple> derived(GraphStore store, String sourceId, String recordId, String graphIri) {
            return linker.derived(store, sourceId, recordId, graphIri);
        }

        @Override
        public java.util.Collection<String> stale() {
            found += linker.stale().size();
            return List.of();
        }

        @Override
        public void put(RecordMeta meta, List<Triple> triples, GraphStore.Batch batch) {
            linker.put(meta, triples, batch);
        }

        @Override
        public void deleted(String sourceId, String recordId, GraphStore.Batch batch) {
            linker.deleted(sourceId, recordId, batch);
        }

        @Override
        public void prepare() {
            linker.prepare();
        }

        @Override
        public void committed() {
            linker.committed();
        }

        @Override
        public void abandoned() {
            linker.abandoned();
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Imports the real bibs into a store of their own and reads back every minted heading with its classes. */
    private static List<Heading> realHeadings(Path seed, Path bibs, java.util.function.Consumer<String> log)
            throws IOException {
        org.colophon.bench.store.StoreBench.delete(seed);
        Map<String, Heading> out = new LinkedHashMap<>();
        try (GraphStore store = GraphStore.open(DataDir.of(seed).tdb2());
                Ingest ingest = Ingest.builder(DataDir.of(seed))
                        .store(store)
                        .base(BASE)
                        .searchIndex(false)
                        .build()) {
            log.accept(ingest.importFiles(List.of(bibs), "bib", null, p -> {}).line());
            String q = "SELECT ?h ?t ?l WHERE { GRAPH ?g { ?h <" + RDF_TYPE + "> ?t ; <" + RDFS_LABEL + "> ?l }"
                    + " FILTER(REGEX(STR(?h), \"#[A-Za-z]+[0-9]{3}-[0-9]+$\")) FILTER(LANG(?l) = \"\") }"
                    + " ORDER BY ?h ?t";
            QueryResult.Select rows = (QueryResult.Select) store.query(q, Duration.ofMinutes(5));
            for (Binding b : rows.rows()) {
                String h = b.get(Var.alloc("h")).getURI();
                String local = h.substring(h.indexOf('#') + 1);
                String label = b.get(Var.alloc("l")).getLiteralLexicalForm();
                Heading had = out.computeIfAbsent(h, k -> new Heading(local, new ArrayList<>(), label));
                String t = b.get(Var.alloc("t")).getURI();
                if (!had.types().contains(t)) had.types().add(t);
            }
        }
        org.colophon.bench.store.StoreBench.delete(seed);
        return new ArrayList<>(out.values());
    }

    /**
     * Writes the waiting headings: record r holds headings/records of them (the rest spread over the first records),
     * each a real heading with a synthetic word put after its first word, in the shape the transform gives them;
     * the linker writes each record's link graph (its heading keys and terms), as an import before any authority
     * would.
     */
    private void writeHeadings(Path data, List<Heading> real, Words words, java.util.function.Consumer<String> log)
            throws IOException {
        SplittableRandom r = new SplittableRandom(20261207L);
        int per = headings / records;
        int extra = headings % records;
        long t0 = System.nanoTime();
        try (GraphStore store = GraphStore.open(DataDir.of(data).tdb2())) {
            AuthorityLinker linker = Authorities.linker(store, DataDir.of(data));
            int rec = 0;
            while (rec < records) {
                try (GraphStore.Batch batch = store.batch()) {
                    for (int i = 0; i < 2000 && rec < records; i++, rec++) {
                        String id = "syn" + rec;
                        String graph = BASE + "bib/" + id;
                        List<Triple> triples = new ArrayList<>();
                        int n = per + (rec < extra ? 1 : 0);
                        for (int j = 0; j < n; j++) {
                            Heading h = real.get(r.nextInt(real.size()));
                            Node node = NodeFactory.createURI(
                                    graph + "#" + h.local().replaceFirst("-[0-9]+$", "-" + (j + 1)));
                            for (String t : h.types())
                                triples.add(
                                        Triple.create(node, NodeFactory.createURI(RDF_TYPE), NodeFactory.createURI(t)));
                            triples.add(Triple.create(
                                    node,
                                    NodeFactory.createURI(RDFS_LABEL),
                                    NodeFactory.createLiteralString(vary(h.label(), words.draw(r)))));
                        }
                        RecordMeta meta = new RecordMeta("bib", id, graph, null, "synthetic-" + rec, "synthetic");
                        batch.put(meta, triples);
                        linker.derive(meta, triples, batch);
                    }
                    batch.commit();
                }
                linker.committed();
                if (rec % 20_000 == 0 || rec == records)
                    log.accept(String.format(
                            Locale.ROOT,
                            "... %,d records with waiting headings written, %.0f s",
                            rec,
                            (System.nanoTime() - t0) / 1e9));
            }
            // each run copies this store: compacted first, it is far smaller than its batches left it
            store.compact();
        }
    }

    /** A heading with a word put after its first word: {@code Girdlestone Kavero, Cuthbert Morton, 1895-1975}. */
    static String vary(String label, String word) {
        int i = 0;
        while (i < label.length() && Character.isLetterOrDigit(label.codePointAt(i)))
            i += Character.charCount(label.codePointAt(i));
        return label.substring(0, i) + " " + word + label.substring(i);
    }

    private static final Pattern RECORD = Pattern.compile("<record\\b.*?</record>", Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("(<controlfield tag=\"001\">)([^<]*)(</controlfield>)");
    private static final Pattern MAIN =
            Pattern.compile("(<datafield tag=\"1[0-9][0-9]\"[^>]*>\\s*<subfield code=\"a\">)([^<]*)(</subfield>)");

    /** The real authorities, repeated in turn until there are M, each copy with its own id and synthetic word. */
    private void writeAuthorities(Path auths, Path xml, Words words) throws IOException {
        String text = Files.readString(auths, StandardCharsets.UTF_8);
        List<String> recs = new ArrayList<>();
        Matcher m = RECORD.matcher(text);
        while (m.find()) if (MAIN.matcher(m.group()).find()) recs.add(m.group());
        SplittableRandom r = new SplittableRandom(20261208L);
        try (Writer w = Files.newBufferedWriter(xml, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- SYNTHETIC: the Evergreen concerto authorities,"
                    + " repeated by colophon-bench relink with new ids and one made-up word each -->\n"
                    + "<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\n");
            for (int i = 0; i < authorities; i++) {
                String rec = recs.get(i % recs.size());
                String word = words.draw(r);
                int copy = i;
                rec = ID.matcher(rec)
                        .replaceFirst(
                                x -> Matcher.quoteReplacement(x.group(1) + x.group(2) + "-s" + copy + x.group(3)));
                rec = MAIN.matcher(rec)
                        .replaceFirst(x -> Matcher.quoteReplacement(x.group(1) + vary(x.group(2), word) + x.group(3)));
                w.write(rec);
                w.write('\n');
            }
            w.write("</collection>\n");
        }
    }

    /** SYNTHETIC words ({@code Kavero}), drawn with Zipf's law: the first is the most common. */
    static final class Words {
        private static final String[] SYLLABLES = {
            "ka", "ve", "ro", "mi", "tu", "sa", "lo", "ne", "pi", "da", "gu", "fe", "zo", "ri", "ba", "ha", "ju", "wo",
            "xe", "qi"
        };
        private final double[] cumulative;

        Words(int n) {
            cumulative = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) cumulative[i] = sum += 1.0 / (i + 1);
        }

        String draw(SplittableRandom r) {
            double x = r.nextDouble() * cumulative[cumulative.length - 1];
            int i = java.util.Arrays.binarySearch(cumulative, x);
            return word(i < 0 ? -i - 1 : i);
        }

        static String word(int i) {
            StringBuilder sb = new StringBuilder();
            int v = i;
            do {
                sb.append(SYLLABLES[v % SYLLABLES.length]);
                v /= SYLLABLES.length;
            } while (v > 0);
            sb.append("n");
            sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
            return sb.toString();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static String section(
            String command,
            double seedSeconds,
            long added,
            double seconds,
            double cpuSeconds,
            long[] lookup,
            long[] counts) {
        StringBuilder sb = new StringBuilder(ReportFile.start("relink")).append('\n');
        sb.append("## Relinking when authorities arrive (`colophon-bench relink`)\n\n");
        sb.append("`")
                .append(command)
                .append("` — waiting headings: the real headings of the Evergreen concerto bibs, each copy given one"
                        + " SYNTHETIC word from a Zipf-distributed vocabulary; authorities: the real concerto authorities,"
                        + " each copy given one such word in its 1XX, imported through the ingestion core with the"
                        + " linker (no search index).\n\n");
        sb.append("| figure | value |\n|---|---|\n");
        if (seedSeconds >= 0)
            sb.append(String.format(
                    Locale.ROOT, "| waiting headings written (with their link graphs) | %.0f s |%n", seedSeconds));
        sb.append(String.format(
                Locale.ROOT,
                "| authorities imported, relinking included | %,d in %.1f s (%.1f CPU s): %.1f authorities/s |%n",
                added,
                seconds,
                cpuSeconds,
                added / seconds));
        sb.append(String.format(
                Locale.ROOT,
                "| finding the records they concern | %.1f s, %,d heading rows read |%n",
                lookup[0] / 1e9,
                lookup[1]));
        sb.append(String.format(
                Locale.ROOT,
                command.contains("--find-only")
                        ? "| records found concerned (--find-only: not relinked) | %,d |%n"
                        : "| records relinked, headings linked in them | %,d, %,d |%n",
                counts[4],
                counts[5]));
        sb.append(String.format(
                Locale.ROOT, "| cores | %d |%n", Runtime.getRuntime().availableProcessors()));
        return sb.append('\n').append(ReportFile.end("relink")).append('\n').toString();
    }

    public static void writeReport(Path file, String section) throws IOException {
        ReportFile.writeSection(file, ReportFile.start("relink"), ReportFile.end("relink"), section);
    }
}
