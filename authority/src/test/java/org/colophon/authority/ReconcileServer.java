package org.colophon.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.colophon.data.DataDir;
import org.colophon.endpoint.ColophonServer;
import org.colophon.graph.GraphStore;
import org.colophon.ingest.Ingest;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The one real server the reconciliation HTTP tests share (0.2, the 1.0 draft, works/instances): a TDB2 store with
 * the concerto, MeSH and three labelled synthetic authorities and the 100 concerto bibliographic records (search
 * index included), served over HTTP on a free port with {@code /reconcile/*}; an HTTP client; and both versions' JSON
 * Schemas (copied into the test resources) to check every request and response. Started once per test run, the
 * first time a test class asks for it ({@code @ExtendWith(ReconcileServer.Resolver.class)} and a constructor
 * parameter), and stopped when the run ends.
 */
final class ReconcileServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String V02 = "https://reconciliation-api.github.io/specs/0.2/schemas/";
    static final String DRAFT = "https://reconciliation-api.github.io/specs/draft/schemas/";
    private static final String SWAGGER = "http://swagger.io/v2/schema.json";

    final Path dir;
    final GraphStore store;
    final Ingest ingest;
    final AuthorityIndex index;
    final ColophonServer server;
    /** The server's {@code …/reconcile/}. */
    final String url;

    final HttpClient http = HttpClient.newHttpClient();
    private final SchemaRegistry v02 =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, b -> b.schemas(ReconcileServer::v02Text));
    private final SchemaRegistry draft =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, b -> b.schemas(ReconcileServer::draftText));

    private ReconcileServer() throws Exception {
        dir = Files.createTempDirectory("colophon-reconcile-http");
        DataDir data = DataDir.of(dir);
        store = GraphStore.open(data.tdb2());
        ingest = Ingest.builder(data).store(store).build();
        ingest.importFiles(
                List.of(
                        ConcertoLinkingTest.resource("concerto/auth_concerto.marcxml"),
                        ConcertoLinkingTest.resource("concerto/auth_mesh.marcxml"),
                        ConcertoLinkingTest.resource("synthetic/scripts-authorities.xml")),
                "auth",
                null,
                null);
        ingest.importFiles(List.of(ConcertoLinkingTest.resource("concerto/bibs_concerto.marcxml")), "bib", null, null);
        index = AuthorityIndex.load(store);
        server = ColophonServer.builder()
                .store(store)
                .port(0)
                .servlet(
                        "/reconcile/*",
                        new ReconcileServlet(
                                index, ingest.searchIndex().orElseThrow(), store, "http://localhost/reconcile/"))
                .build()
                .start();
        url = server.url() + "reconcile/";
    }

    @Override
    public void close() throws IOException {
        try {
            server.stop();
        } finally {
            try {
                ingest.close();
            } finally {
                store.close();
                try (Stream<Path> all = Files.walk(dir)) {
                    for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
                }
            }
        }
    }

    /** GET {@code url + path}; the answer must be 200 with CORS open, and JSON. */
    JsonNode get(String path) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url + path)));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        return JSON.readTree(r.body());
    }

    /** POST a form to {@code url + path}; the answer must be 200, and JSON. */
    JsonNode postForm(String path, String form) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    /** POST a JSON body to {@code url + path}, as the 1.0 draft sends batches. */
    HttpResponse<String> postJson(String path, JsonNode body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Fails unless {@code body} is valid against the 0.2 schema of that file name. */
    void valid02(String schema, JsonNode body) {
        valid(v02, V02 + schema, body);
    }

    /** Fails unless {@code body} is valid against the 1.0 draft's schema of that file name. */
    void validDraft(String schema, JsonNode body) {
        valid(draft, DRAFT + schema, body);
    }

    private static void valid(SchemaRegistry registry, String iri, JsonNode body) {
        Schema s = registry.getSchema(SchemaLocation.of(iri));
        List<Error> errors = s.validate(body);
        assertTrue(errors.isEmpty(), iri + ": " + errors + "\n" + body.toPrettyString());
    }

    /**
     * The copied 0.2 schemas by their $id; their {@code $schema} names no draft ({@code
     * http://json-schema.org/schema#}), so they are read as draft 7, the draft the spec's own test suite (ajv) checks
     * them with.
     */
    private static String v02Text(String iri) {
        if (!iri.startsWith(V02)) return null;
        return resource("0.2/schemas/" + iri.substring(V02.length()));
    }

    /** The copied draft schemas by their $id (and the Swagger schema the manifest refers to), read as draft 7. */
    private static String draftText(String iri) {
        if (iri.startsWith(DRAFT)) return resource("1.0-draft/schemas/" + iri.substring(DRAFT.length()));
        if (iri.startsWith(SWAGGER)) return resource("1.0-draft/schemas/openapi.json");
        return null;
    }

    private static String resource(String name) {
        try (InputStream in = ReconcileServer.class.getResourceAsStream("/reconciliation-api/" + name)) {
            if (in == null) return null;
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"http://json-schema.org/schema#\"", "\"http://json-schema.org/draft-07/schema#\"")
                    .replace(
                            "\"http://json-schema.org/draft-04/schema#\"",
                            "\"http://json-schema.org/draft-07/schema#\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives a test class's constructor the shared server, started on first use and closed when the run ends. */
    static final class Resolver implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
            return p.getParameter().getType() == ReconcileServer.class;
        }

        @Override
        public Object resolveParameter(ParameterContext p, ExtensionContext c) {
            return c.getRoot()
                    .getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(
                            ReconcileServer.class,
                            k -> {
                                try {
                                    return new ReconcileServer();
                                } catch (Exception e) {
                                    throw new IllegalStateException("the reconcile test server did not start", e);
                                }
                            },
                            ReconcileServer.class);
        }
    }
}
