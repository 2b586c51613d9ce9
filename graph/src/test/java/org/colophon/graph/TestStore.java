package org.colophon.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * One of the two stores, for tests written once and run on both: the embedded TDB2 store in a temporary directory,
 * or a remote store on a second, real Fuseki in a JVM of its own ({@link FusekiProcess}) whose writes need Basic
 * credentials (given in the store URL). Reads back what was stored without going through our store code: Jena's
 * dataset API for the embedded store, Jena's HTTP clients (Graph Store Protocol, SPARQL) for the remote one.
 */
public final class TestStore implements AutoCloseable {

    public enum Kind {
        EMBEDDED,
        REMOTE
    }

    /** The Basic credentials the remote store's writes need. */
    public static final String USER = "colophon";

    public static final String PASSWORD = "s3cret pass";

    public static final String AUTHORIZATION =
            "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    private final Kind kind;
    private final Path dir;
    private final FusekiProcess fuseki;
    private int generation;

    private TestStore(Kind kind, Path dir, FusekiProcess fuseki) {
        this.kind = kind;
        this.dir = dir;
        this.fuseki = fuseki;
    }

    /** Starts a store of this kind (for the remote kind, its Fuseki stops queries after 5 s). */
    public static TestStore start(Kind kind) throws IOException {
        Path dir = Files.createTempDirectory("colophon-store-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        try {
            FusekiProcess f = kind == Kind.REMOTE ? FusekiProcess.start(dir, 5_000, AUTHORIZATION) : null;
            return new TestStore(kind, dir, f);
        } catch (IOException | RuntimeException e) {
            delete(dir);
            throw e;
        }
    }

    public Kind kind() {
        return kind;
    }

    /** The remote store's dataset URL with the write credentials in it, e.g. for {@code --store}. */
    public URI storeUrl() {
        URI u = fuseki.datasetUrl();
        return URI.create("http://" + USER + ":" + PASSWORD.replace(" ", "%20") + "@" + u.getHost() + ":" + u.getPort()
                + u.getPath());
    }

    /** The remote store's Fuseki; null for the embedded kind. */
    public FusekiProcess fuseki() {
        return fuseki;
    }

    /** Opens (embedded) or connects to (remote) the store as it is now. */
    public GraphStore open() {
        return kind == Kind.EMBEDDED ? GraphStore.open(tdb2()) : GraphStore.connect(storeUrl());
    }

    /** Empties the store; every store opened before must be closed. */
    public void clear() throws IOException, InterruptedException {
        if (kind == Kind.EMBEDDED) {
            generation++;
        } else {
            fuseki.clear();
        }
    }

    /** The embedded store's directory (for the embedded kind). */
    public Path tdb2() {
        return dir.resolve("tdb2-" + generation);
    }

    /** A copy of one named graph, read without our code. */
    public Graph graph(GraphStore store, String iri) {
        if (store.access() instanceof SparqlAccess.Embedded e) {
            DatasetGraph dsg = e.dataset();
            return Txn.calculateRead(dsg, () -> {
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.getGraph(NodeFactory.createURI(iri)).find().forEachRemaining(copy::add);
                return copy;
            });
        }
        try {
            return GSP.service(fuseki.datasetUrl() + "/data").graphName(iri).GET();
        } catch (org.apache.jena.atlas.web.HttpException e) {
            if (e.getStatusCode() == 404) {
                return GraphFactory.createDefaultGraph();
            }
            throw e;
        }
    }

    /** How many triples the metadata graph holds about one graph IRI, read without our code. */
    public long metaTriplesAbout(GraphStore store, String iri) {
        Node g = NodeFactory.createURI(iri);
        if (store.access() instanceof SparqlAccess.Embedded e) {
            DatasetGraph dsg = e.dataset();
            return Txn.calculateRead(dsg, () -> Iter.count(dsg.find(ColophonMeta.metaGraph, g, Node.ANY, Node.ANY)));
        }
        String q = "SELECT (COUNT(*) AS ?n) { GRAPH <" + ColophonMeta.META_GRAPH + "> { <" + iri + "> ?p ?o } }";
        try (var exec =
                QueryExecHTTP.service(fuseki.datasetUrl() + "/sparql").query(q).build()) {
            return Long.parseLong(exec.select().next().get("n").getLiteralLexicalForm());
        }
    }

    @Override
    public void close() {
        try {
            if (fuseki != null) {
                fuseki.close();
            }
        } finally {
            delete(dir);
        }
    }

    @Override
    public String toString() {
        return kind == Kind.EMBEDDED ? "embedded TDB2" : "remote " + fuseki;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
