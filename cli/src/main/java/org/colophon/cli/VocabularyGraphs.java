package org.colophon.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.colophon.graph.GraphStore;
import org.colophon.graph.QueryResult;
import org.colophon.graph.SparqlAccess;
import org.colophon.vocab.ClcScheme;
import org.colophon.vocab.CodeTables;

/**
 * The vocabularies a store serves beside its records: the Chinese Library Classification, one named graph per class
 * at {@code {base}vocab/clc/F124} and one for the scheme at {@code {base}vocab/clc}, so the classes that 690 and 084
 * {@code $2 clc} link to resolve on the linked-data pages with their captions and broader and narrower classes. They
 * are plain named graphs, not records: the record counts, the search index and the sources do not change. The
 * scheme's graph carries {@code dcterms:hasVersion}, a digest of the {@code clc} table and the base, so the graphs
 * are written once and again only when either changed.
 */
final class VocabularyGraphs {
    private VocabularyGraphs() {}

    /** Writes the CLC graphs unless the store holds them as they are now; returns how many graphs were written. */
    static int ensureClc(GraphStore store, String base) {
        String b = base.endsWith("/") ? base : base + "/";
        String scheme = ClcScheme.iri(b);
        String version = "clc-" + digest(b);
        String ask = "ASK { GRAPH <" + scheme + "> { <" + scheme + "> <" + DCTerms.hasVersion.getURI() + "> \""
                + version + "\" } }";
        if (store.query(ask, Duration.ofSeconds(60)) instanceof QueryResult.Ask a && a.answer()) return 0;
        Map<String, Graph> docs = ClcScheme.documents(b);
        docs.get(scheme)
                .add(
                        NodeFactory.createURI(scheme),
                        DCTerms.hasVersion.asNode(),
                        NodeFactory.createLiteralString(version));
        SparqlAccess access = store.access();
        if (access instanceof SparqlAccess.Embedded e) {
            Txn.executeWrite(e.dataset(), () -> {
                List<Node> old = new ArrayList<>();
                e.dataset().listGraphNodes().forEachRemaining(g -> {
                    if (g.isURI() && (g.getURI().equals(scheme) || g.getURI().startsWith(scheme + "/"))) old.add(g);
                });
                old.forEach(e.dataset()::removeGraph);
                docs.forEach((iri, g) -> {
                    Node name = NodeFactory.createURI(iri);
                    g.find().forEach(t -> e.dataset().add(Quad.create(name, t)));
                });
            });
        } else if (access instanceof SparqlAccess.Remote r) {
            update(r, docs);
        }
        return docs.size();
    }

    /** Replaces the graphs on a remote store in one SPARQL Update request. */
    private static void update(SparqlAccess.Remote r, Map<String, Graph> docs) {
        StringWriter sb = new StringWriter();
        docs.forEach((iri, g) -> sb.append("DROP SILENT GRAPH <").append(iri).append(">;\n"));
        sb.append("INSERT DATA {\n");
        docs.forEach((iri, g) -> {
            sb.append("GRAPH <").append(iri).append("> {\n");
            g.find().forEach(t -> sb.append(NodeFmtLib.str(t)).append(" .\n"));
            sb.append("}\n");
        });
        sb.append("}\n");
        HttpRequest.Builder req = HttpRequest.newBuilder(r.update())
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/sparql-update; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(sb.toString(), StandardCharsets.UTF_8));
        if (r.authorization() != null) req.header("Authorization", r.authorization());
        try {
            HttpResponse<String> resp =
                    HttpClient.newHttpClient().send(req.build(), HttpResponse.BodyHandlers.ofString());
            if (resp.statusCode() / 100 != 2)
                throw new Main.Failure(
                        "the store refused the CLC scheme's graphs: HTTP " + resp.statusCode() + " " + resp.body(),
                        null);
        } catch (IOException e) {
            throw new Main.Failure("the store could not be sent the CLC scheme's graphs: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Main.Failure("interrupted while sending the CLC scheme's graphs", e);
        }
    }

    /** What the graphs depend on: the clc table's entries and the base. */
    private static String digest(String base) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(base.getBytes(StandardCharsets.UTF_8));
            for (var e : CodeTables.get("clc").entries()) {
                md.update(
                        (e.code() + "\t" + e.labels() + "\t" + e.attributes() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
