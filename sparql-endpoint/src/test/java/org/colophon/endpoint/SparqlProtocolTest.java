package org.colophon.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.colophon.graph.TestStore;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The SPARQL protocol at /sparql, over both stores, spoken to by an independent client (RDF4J) and plain HTTP. */
@ParameterizedClass
@EnumSource(TestStore.Kind.class)
class SparqlProtocolTest {

    @Parameter
    TestStore.Kind kind;

    static final int LIMIT = 200;
    static TestServer t;

    @BeforeParameterizedClassInvocation
    static void start(TestStore.Kind kind) throws Exception {
        t = new TestServer(
                kind,
                EndpointConfig.defaults()
                        .withResultLimit(LIMIT)
                        .withQueryTimeout(Duration.ofSeconds(5))
                        .withServiceAllowlist(Set.of("sparql.example.org")));
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        if (t != null) {
            t.close();
        }
    }

    static <T> T withRdf4j(java.util.function.Function<RepositoryConnection, T> f) {
        SPARQLRepository repo = new SPARQLRepository(t.url("/sparql"));
        repo.init();
        try (RepositoryConnection c = repo.getConnection()) {
            return f.apply(c);
        } finally {
            repo.shutDown();
        }
    }

    @Test
    void chineseTitlesAreFoundWithTheirScriptTags() {
        List<String> titles = withRdf4j(c -> {
            List<String> out = new ArrayList<>();
            try (TupleQueryResult r = c.prepareTupleQuery(
                            QueryLanguage.SPARQL,
                            "PREFIX bf: <http://id.loc.gov/ontologies/bibframe/>\n"
                                    + "SELECT ?t WHERE { ?i a bf:Instance ; bf:title/bf:mainTitle ?t "
                                    + "FILTER(langMatches(lang(?t), 'zh')) }")
                    .evaluate()) {
                for (BindingSet b : r) {
                    out.add(b.getValue("t").stringValue());
                }
            }
            return out;
        });
        assertFalse(titles.isEmpty(), "no zh titles");
        assertTrue(
                titles.stream().anyMatch(s -> s.codePoints().anyMatch(cp -> cp >= 0x4E00 && cp <= 0x9FFF)),
                "" + titles);
    }

    @Test
    void everyRecordHasAWorkAndTheUnionDefaultGraphAnswersAsk() {
        boolean ask = withRdf4j(c -> c.prepareBooleanQuery(
                        QueryLanguage.SPARQL,
                        "ASK { <" + t.recordIris.get(0) + "#Work> a <http://id.loc.gov/ontologies/bibframe/Work> }")
                .evaluate());
        assertTrue(ask);
        boolean absent = withRdf4j(
                c -> c.prepareBooleanQuery(QueryLanguage.SPARQL, "ASK { <http://localhost:3030/nowhere/1#Work> ?p ?o }")
                        .evaluate());
        assertFalse(absent);
    }

    @Test
    void constructReturnsTheInstanceTriples() {
        String instance = t.recordIris.get(0) + "#Instance";
        List<Statement> st = withRdf4j(c -> {
            List<Statement> out = new ArrayList<>();
            c.prepareGraphQuery(
                            QueryLanguage.SPARQL,
                            "CONSTRUCT { <" + instance + "> ?p ?o } WHERE { <" + instance + "> ?p ?o }")
                    .evaluate()
                    .forEach(out::add);
            return out;
        });
        assertFalse(st.isEmpty());
        assertTrue(st.stream().allMatch(s -> s.getSubject().stringValue().equals(instance)));
    }

    @Test
    void resultFormatsFollowTheAcceptHeader() throws Exception {
        String q = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1";
        assertTrue(query(q, "application/sparql-results+json").body().contains("\"bindings\""));
        assertTrue(query(q, "application/sparql-results+xml").body().contains("<sparql"));
        assertTrue(query(q, "text/csv").body().startsWith("g\r\n"));
        assertTrue(query(q, "text/tab-separated-values").body().startsWith("?g\n"));
        String c = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + t.recordIris.get(0) + "> { ?s ?p ?o } }";
        for (String type :
                List.of("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml")) {
            HttpResponse<String> r = query(c, type);
            assertEquals(200, r.statusCode(), type);
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), org.apache.jena.riot.RDFLanguages.contentTypeToLang(type))
                    .parse(m);
            assertTrue(m.size() > 10, type + " gave " + m.size() + " triples");
        }
    }

    @Test
    void queryIsAcceptedAsGetFormPostAndSparqlQueryBody() throws Exception {
        String q = "ASK { ?s ?p ?o }";
        HttpResponse<String> form = t.send(HttpRequest.newBuilder(URI.create(t.url("/sparql")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .build());
        HttpResponse<String> body = t.send(HttpRequest.newBuilder(URI.create(t.url("/sparql")))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(q))
                .build());
        assertTrue(form.body().contains("true"), form.body());
        assertTrue(body.body().contains("true"), body.body());
        assertTrue(query(q, "application/sparql-results+json").body().contains("true"));
    }

    @Test
    void aQueryWithoutItsOwnLimitIsCutAtTheResultLimitAndSaysSo() throws Exception {
        HttpResponse<String> all = query("SELECT * WHERE { ?s ?p ?o }", "text/csv");
        assertEquals(LIMIT + 1, all.body().split("\r\n").length, "header + limit rows");
        assertEquals(
                String.valueOf(LIMIT),
                all.headers().firstValue(EndpointConfig.RESULT_LIMIT_HEADER).orElse(null));
        HttpResponse<String> own = query("SELECT * WHERE { ?s ?p ?o } LIMIT 7", "text/csv");
        assertEquals(8, own.body().split("\r\n").length);
        assertTrue(own.headers().firstValue(EndpointConfig.RESULT_LIMIT_HEADER).isEmpty());
    }

    @Test
    void aSlowQueryIsStoppedAtTheTimeout() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = query(
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
                "application/sparql-results+json");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(seconds < 20, "took " + seconds + " s");
    }

    @Test
    void federatedServiceToAHostOffTheAllowListIsRefused() throws Exception {
        HttpResponse<String> r = query(
                "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://evil.example.com/sparql> { ?s ?p ?o } } }",
                "application/sparql-results+json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("SERVICE <http://evil.example.com/sparql> is not allowed"), r.body());
        HttpResponse<String> variable = query("SELECT * WHERE { SERVICE ?x { ?s ?p ?o } }", "text/csv");
        assertEquals(400, variable.statusCode());
    }

    @Test
    void sparqlWithoutAQueryDescribesTheService() throws Exception {
        HttpResponse<String> r = t.get("/sparql", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        assertTrue(m.contains(
                m.createResource(TestServer.BASE + "sparql#service"),
                m.createProperty("http://www.w3.org/ns/sparql-service-description#endpoint"),
                m.createResource(TestServer.BASE + "sparql")));
    }

    @Test
    void aBrowserOpeningTheEndpointIsSentToTheQueryPage() throws Exception {
        HttpResponse<String> r = t.get("/sparql", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/#query"));
    }

    static HttpResponse<String> query(String q, String accept) throws Exception {
        return t.query(q, accept);
    }
}
