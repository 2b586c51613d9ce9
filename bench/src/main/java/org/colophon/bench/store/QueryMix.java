package org.colophon.bench.store;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.engine.binding.Binding;
import org.colophon.graph.GraphStore;
import org.colophon.graph.QueryResult;

/**
 * The requests the store benchmark makes, by kind, each with values taken from the data itself: record IRIs that
 * were imported, ISBNs and agent labels the store holds. One request is a path (with its query string) and an
 * {@code Accept} header; the same list goes, as a file, to the load client in the second process.
 */
final class QueryMix {
    /** One HTTP GET: which kind it is, what it asks for, the path and query after the server's root. */
    record Request(String kind, String accept, String pathAndQuery) {}

    static final String IRI = "record IRI (Turtle)";
    static final String ISBN = "ISBN lookup (SPARQL)";
    static final String CONTRIBUTOR = "a contributor's works (SPARQL)";
    static final String COUNT = "count of Works by rdf:type (SPARQL)";

    private static final String PREFIXES = "PREFIX bf: <http://id.loc.gov/ontologies/bibframe/>\n"
            + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";
    private static final String JSON = "application/sparql-results+json";

    private QueryMix() {}

    /** The requests by kind; a kind with no values in the data (no ISBN at all, say) is left out. */
    static Map<String, List<Request>> build(GraphStore store, String base, List<String> recordIris, int values) {
        Map<String, List<Request>> out = new LinkedHashMap<>();
        List<Request> iris = new ArrayList<>();
        for (String iri : recordIris) {
            if (iri.startsWith(base)) iris.add(new Request(IRI, "text/turtle", "/" + iri.substring(base.length())));
        }
        put(out, IRI, iris);
        List<Request> isbns = new ArrayList<>();
        for (Node v : values(store, "SELECT DISTINCT ?v WHERE { ?id a bf:Isbn ; rdf:value ?v }", values)) {
            isbns.add(
                    sparql(
                            ISBN,
                            "SELECT ?instance ?title WHERE { ?id rdf:value " + NodeFmtLib.strNT(v) + " ; a bf:Isbn ."
                                    + " ?instance bf:identifiedBy ?id . OPTIONAL { ?instance bf:title/bf:mainTitle ?title } }"));
        }
        put(out, ISBN, isbns);
        List<Request> agents = new ArrayList<>();
        for (Node v : values(
                store, "SELECT DISTINCT ?v WHERE { ?w bf:contribution/bf:agent ?a . ?a rdfs:label ?v }", values)) {
            agents.add(
                    sparql(
                            CONTRIBUTOR,
                            "SELECT ?work ?title WHERE { ?agent rdfs:label " + NodeFmtLib.strNT(v) + " ."
                                    + " ?work bf:contribution/bf:agent ?agent . OPTIONAL { ?work bf:title/bf:mainTitle ?title } }"));
        }
        put(out, CONTRIBUTOR, agents);
        put(out, COUNT, List.of(sparql(COUNT, "SELECT (COUNT(?work) AS ?works) WHERE { ?work a bf:Work }")));
        return out;
    }

    /** Every request, kinds interleaved, as the load client reads them: kind, Accept, path, one per line. */
    static void write(Map<String, List<Request>> mix, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        int most = mix.values().stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < most; i++) {
            for (List<Request> rs : mix.values()) {
                Request r = rs.get(i % rs.size());
                lines.add(r.kind() + "\t" + r.accept() + "\t" + r.pathAndQuery());
            }
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    static List<Request> read(Path file) throws IOException {
        List<Request> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 3);
            if (f.length == 3) out.add(new Request(f[0], f[1], f[2]));
        }
        return out;
    }

    private static void put(Map<String, List<Request>> out, String kind, List<Request> rs) {
        if (!rs.isEmpty()) out.put(kind, List.copyOf(rs));
    }

    private static Request sparql(String kind, String query) {
        return new Request(kind, JSON, "/sparql?query=" + URLEncoder.encode(PREFIXES + query, StandardCharsets.UTF_8));
    }

    private static List<Node> values(GraphStore store, String select, int limit) {
        QueryResult r = store.query(PREFIXES + select + " LIMIT " + limit, Duration.ofSeconds(120));
        List<Node> out = new ArrayList<>();
        if (r instanceof QueryResult.Select s) {
            for (Binding b : s.rows()) {
                Node v = b.get(s.vars().get(0));
                if (v != null) out.add(v);
            }
        }
        return out;
    }
}
