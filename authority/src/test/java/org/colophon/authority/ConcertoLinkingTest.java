package org.colophon.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.colophon.data.DataDir;
import org.colophon.graph.GraphStore;
import org.colophon.graph.QueryResult;
import org.colophon.ingest.Ingest;
import org.colophon.ingest.IngestSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Evergreen concerto set through the real write path into a real TDB2 store: authorities first, then the
 * bibliographic records, linked as they are imported. Precision and recall of the automatic links are measured
 * against headings judged by hand ({@code synthetic/concerto-gold-links.tsv}).
 */
class ConcertoLinkingTest {
    @TempDir
    Path tmp;

    static Path resource(String name) throws Exception {
        return Path.of(ConcertoLinkingTest.class.getResource("/" + name).toURI());
    }

    /**
     * Imports the authority resources as source {@code auth}, then the bibliographic resource as source {@code bib}
     * through the authority linker, into {@code store}: the usual order of a library's first load.
     */
    static void authoritiesThenBibs(DataDir data, GraphStore store, List<String> authorities, String bibs)
            throws Exception {
        authoritiesThenBibs(data, store, authorities, List.of(bibs));
    }

    /** As above, with several bibliographic resources. */
    static void authoritiesThenBibs(DataDir data, GraphStore store, List<String> authorities, List<String> bibs)
            throws Exception {
        List<Path> auth = new java.util.ArrayList<>();
        for (String a : authorities) auth.add(resource(a));
        try (Ingest ingest = Ingest.builder(data).store(store).build()) {
            ingest.importFiles(auth, "auth", null, null);
        }
        try (Ingest ingest = Ingest.builder(data)
                .store(store)
                .listener(Authorities.linker(store, data))
                .build()) {
            List<Path> bib = new java.util.ArrayList<>();
            for (String b : bibs) bib.add(resource(b));
            ingest.importFiles(bib, "bib", null, null);
        }
    }

    /**
     * The concerto bibs and a SYNTHETIC record with two headings a cataloguer should decide ({@code
     * synthetic/review-bib.xml}: "London Symphony", "Dmitry Kabalevsky"): the concerto bibs alone queue none.
     */
    static final List<String> BIBS_TO_REVIEW = List.of("concerto/bibs_concerto.marcxml", "synthetic/review-bib.xml");

    /** The heading "London Symphony" of {@code synthetic/review-bib.xml}. */
    static final String LONDON_SYMPHONY = "London Symphony";

    /** heading node → authority record ids it may be linked to ({@code Set.of()}: none held). */
    static Map<String, Set<String>> gold(String base) throws Exception {
        Map<String, Set<String>> out = new HashMap<>();
        for (String l : Files.readAllLines(resource("synthetic/concerto-gold-links.tsv"), StandardCharsets.UTF_8)) {
            if (l.startsWith("#")) continue;
            String[] f = l.split("\t");
            String node = base + "bib/" + f[0] + "#Agent" + f[1] + "-" + f[2];
            out.put(node, f[4].equals("-") ? Set.of() : Set.of(f[4].split("\\|")));
        }
        return out;
    }

    @Test
    void automaticLinksOnTheConcertoSetArePreciseAndComplete() throws Exception {
        String base = "http://localhost:3030/";
        DataDir data = DataDir.of(tmp);
        try (GraphStore store = GraphStore.open(data.tdb2())) {
            AuthorityLinker linker;
            try (Ingest ingest = Ingest.builder(data).store(store).build()) {
                IngestSummary a = ingest.importFiles(
                        List.of(resource("concerto/auth_concerto.marcxml"), resource("concerto/auth_mesh.marcxml")),
                        "auth",
                        null,
                        null);
                assertEquals(84, a.added(), a.line());
                assertEquals(0, a.quarantined(), a.line());
            }
            AuthorityIndex index = AuthorityIndex.load(store);
            assertEquals(84, index.size());
            linker = new AuthorityLinker(index, Decisions.open(tmp.resolve("review")));
            long start = System.nanoTime();
            try (Ingest ingest =
                    Ingest.builder(data).store(store).listener(linker).build()) {
                IngestSummary b =
                        ingest.importFiles(List.of(resource("concerto/bibs_concerto.marcxml")), "bib", null, null);
                assertEquals(100, b.added(), b.line());
                assertEquals(
                        "",
                        ingest.checkIndex().missing().isEmpty()
                                ? ""
                                : ingest.checkIndex().toString());
            }
            double seconds = (System.nanoTime() - start) / 1e9;

            Map<String, Set<String>> gold = gold(base);
            QueryResult.Select rows = (QueryResult.Select) store.query(
                    "PREFIX c: <https://w3id.org/colophon/ns#> SELECT ?h ?a ?m WHERE { ?l a c:AuthorityLink ;"
                            + " c:heading ?h ; c:authority ?a ; c:method ?m }",
                    Duration.ofMinutes(1));
            java.util.Set<String> linkedHeadings = new java.util.HashSet<>();
            for (Binding r : rows.rows())
                linkedHeadings.add(r.get(Var.alloc("h")).getURI());
            StringBuilder missed = new StringBuilder();
            gold.forEach((h, ids) -> {
                if (!ids.isEmpty() && !linkedHeadings.contains(h))
                    missed.append("\n  missed ").append(h);
            });
            int links = 0;
            int correct = 0;
            Map<String, Integer> methods = new HashMap<>();
            StringBuilder wrong = new StringBuilder();
            for (Binding r : rows.rows()) {
                String h = r.get(Var.alloc("h")).getURI();
                Set<String> expected = gold.get(h);
                if (expected == null) continue; // a heading the gold set does not judge (a name/title, a subject)
                links++;
                methods.merge(r.get(Var.alloc("m")).getLiteralLexicalForm(), 1, Integer::sum);
                String a = r.get(Var.alloc("a")).getURI();
                String id = a.substring((base + "auth/").length(), a.length() - "#Authority".length());
                if (expected.contains(id)) correct++;
                else wrong.append("\n  ").append(h).append(" -> ").append(id);
            }
            long positives = gold.values().stream().filter(s -> !s.isEmpty()).count();
            double precision = links == 0 ? 0 : (double) correct / links;
            double recall = (double) correct / positives;
            long[] counts = linker.counts();
            System.out.printf(
                    "concerto linking: %d headings judged, %d named by an authority held; %d linked automatically,"
                            + " %d correct: precision %.3f, recall %.3f; methods %s; %d headings seen, %d queued for"
                            + " review; linking %.0f headings/s (the whole import %.0f)%n",
                    gold.size(),
                    positives,
                    links,
                    correct,
                    precision,
                    recall,
                    methods,
                    counts[0],
                    counts[2],
                    counts[0] / (counts[3] / 1e9),
                    counts[0] / seconds);
            assertEquals(360, gold.size());
            assertTrue(precision >= 0.98, "precision " + precision + wrong);
            assertTrue(recall >= 0.95, "recall " + recall + wrong + missed);
        }
    }
}
