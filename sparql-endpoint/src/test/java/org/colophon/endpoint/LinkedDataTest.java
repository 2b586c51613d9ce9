package org.colophon.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.colophon.graph.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Every record IRI dereferences, in each RDF syntax by Accept and by extension, with its provenance; others 404. */
@ParameterizedClass
@EnumSource(TestStore.Kind.class)
class LinkedDataTest {

    @Parameter
    TestStore.Kind kind;

    static TestServer t;
    static String iri;

    @BeforeParameterizedClassInvocation
    static void start(TestStore.Kind kind) throws Exception {
        t = new TestServer(kind, EndpointConfig.defaults().withWriteToken("s3cret"));
        iri = t.recordIris.stream().filter(i -> i.contains("/dp2/")).findFirst().orElseThrow();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        if (t != null) {
            t.close();
        }
    }

    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    @Test
    void recordIriGivesTheSameGraphInEverySyntaxByAcceptAndByExtension() throws Exception {
        String path = TestServer.path(iri);
        HttpResponse<String> turtle = t.get(path, "text/turtle");
        assertEquals(200, turtle.statusCode());
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph reference = parse(turtle.body(), Lang.TURTLE);
        assertTrue(reference.contains(
                NodeFactory.createURI(iri + "#Work"),
                org.apache.jena.vocabulary.RDF.type.asNode(),
                NodeFactory.createURI("http://id.loc.gov/ontologies/bibframe/Work")));
        String context = t.get("/context.jsonld", null).body();
        String[][] variants = {
            {"application/n-triples", ".nt"},
            {"application/rdf+xml", ".rdf"},
            {"application/ld+json", ".jsonld"},
            {"text/turtle", ".ttl"}
        };
        for (String[] v : variants) {
            Lang lang = org.apache.jena.riot.RDFLanguages.contentTypeToLang(v[0]);
            for (HttpResponse<String> r : java.util.List.of(t.get(path, v[0]), t.get(path + v[1], "text/html"))) {
                assertEquals(200, r.statusCode(), r.uri().toString() + r.body());
                String body = r.body();
                if (lang.equals(Lang.JSONLD)) {
                    assertTrue(
                            body.contains("\"@context\":\"" + TestServer.BASE + "context.jsonld\"")
                                    || body.contains("\"@context\" : \"" + TestServer.BASE + "context.jsonld\""),
                            body);
                    String ctx = context.substring(context.indexOf(':') + 1, context.lastIndexOf('}'));
                    body = body.replaceFirst("\"" + TestServer.BASE.replace(".", "\\.") + "context\\.jsonld\"", ctx);
                }
                assertTrue(reference.isIsomorphicWith(parse(body, lang)), r.uri() + " as " + v[0]);
            }
        }
    }

    @Test
    void theDocumentSaysWhichLibraryItCameFromAndWhen() throws Exception {
        Graph g = parse(t.get(TestServer.path(iri), "application/n-triples").body(), Lang.NTRIPLES);
        var doc = NodeFactory.createURI(iri);
        assertTrue(g.contains(doc, org.colophon.graph.ColophonMeta.sourceId, NodeFactory.createLiteralString("dp2")));
        assertTrue(g.find(doc, org.colophon.graph.ColophonMeta.generatedAtTime, null)
                .hasNext());
    }

    @Test
    void browsersGetAnHtmlPageWithTheVernacularTitle() throws Exception {
        String loc = t.recordIris.stream()
                .filter(i -> i.contains("/loc/"))
                .findFirst()
                .orElseThrow();
        HttpResponse<String> r = t.get(TestServer.path(loc), "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("lang=\"zh-Hani\""), "no zh-Hani literal on the page");
        assertTrue(r.body().contains("lang=\"zh-Latn"), "no romanised parallel on the page");
        assertTrue(r.body().contains("From library <strong>loc</strong>"));
        assertTrue(r.body().contains("id=\"Work\""));
        // assets come from this server only: every style sheet and script is a local path
        var assets = java.util.regex.Pattern.compile("<(?:link|script)[^>]*(?:href|src)=\"([^\"]*)\"")
                .matcher(r.body());
        int n = 0;
        for (; assets.find(); n++)
            assertTrue(assets.group(1).startsWith("/assets/"), "external asset " + assets.group(1));
        assertTrue(n > 0, "the style sheet");
        assertEquals(200, t.get("/assets/colophon.css", null).statusCode());
    }

    @Test
    void unknownIrisAreNotFound() throws Exception {
        assertEquals(404, t.get("/dp2/no-such-record", "text/turtle").statusCode());
        assertEquals(404, t.get("/dp2/no-such-record.ttl", null).statusCode());
        assertEquals(404, t.get("/nothing", "text/html").statusCode());
    }

    @Test
    void writesNeedTheBearerToken() throws Exception {
        String update = "INSERT DATA { GRAPH <http://localhost:3030/x/1> { <http://localhost:3030/x/1#a> "
                + "<http://www.w3.org/2000/01/rdf-schema#label> \"added\" } }";
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(t.url("/update")))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        assertEquals(401, t.send(b.build()).statusCode());
        assertEquals(
                401,
                t.send(b.copy().header("Authorization", "Bearer wrong").build()).statusCode());
        int ok = t.send(b.copy().header("Authorization", "Bearer s3cret").build())
                .statusCode();
        assertTrue(ok >= 200 && ok < 300, "status " + ok);
        HttpResponse<String> federated = t.send(HttpRequest.newBuilder(URI.create(t.url("/update")))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", "Bearer s3cret")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "INSERT { ?s ?p ?o } WHERE { SERVICE " + "<http://example.org/sparql> { ?s ?p ?o } }"))
                .build());
        assertEquals(400, federated.statusCode(), federated.body());
        HttpResponse<String> read = t.get("/data?graph=" + "http://localhost:3030/x/1", "application/n-triples");
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains("\"added\""));
        assertEquals(400, t.get("/data", "application/n-quads").statusCode(), "whole-dataset dump");

        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(t.url("/data?graph=http://localhost:3030/x/2")))
                .header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString(
                        "<http://localhost:3030/x/2#a> <http://www.w3.org/2000/01/rdf-schema#label> \"put\" .\n"));
        assertEquals(401, t.send(put.build()).statusCode());
        int putOk = t.send(put.copy().header("Authorization", "Bearer s3cret").build())
                .statusCode();
        assertTrue(putOk >= 200 && putOk < 300, "status " + putOk);
    }
}
