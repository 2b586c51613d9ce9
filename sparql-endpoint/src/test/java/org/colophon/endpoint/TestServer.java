package org.colophon.endpoint;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.colophon.graph.GraphStore;
import org.colophon.graph.RecordMeta;
import org.colophon.graph.TestStore;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.transform.ConversionRun;
import org.colophon.transform.Converter;
import org.colophon.transform.VocabularyLookup;

/**
 * A real server for tests: real MARC records from test resources, converted by the transform into one of the two
 * stores ({@link TestStore}: embedded TDB2 in a temporary directory, or a remote store on a second, real Fuseki),
 * served on a free port. Close it to stop the server, close the store and remove it.
 */
final class TestServer implements AutoCloseable {

    static final String BASE = "http://localhost:3030/";

    /** Which file goes to which library (source id). */
    static final List<String[]> FILES = List.of(
            new String[] {"marc/test_data.utf8.mrc", "traject"},
            new String[] {"marc/sample_marcxml_sru.xml", "dp2"},
            new String[] {"marc/marc2bibframe2-880-100-600-700-700t.xml", "loc"});

    final TestStore fixture;
    final GraphStore store;
    final ColophonServer server;
    final List<String> recordIris = new ArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();

    TestServer(EndpointConfig config) throws IOException {
        this(TestStore.Kind.EMBEDDED, config);
    }

    TestServer(TestStore.Kind kind, EndpointConfig config) throws IOException {
        fixture = TestStore.start(kind);
        GraphStore opened;
        try {
            opened = fixture.open();
        } catch (RuntimeException e) {
            fixture.close();
            throw e;
        }
        store = opened;
        ColophonServer s = null;
        try {
            load();
            s = ColophonServer.builder()
                    .store(store)
                    .base(BASE)
                    .port(0)
                    .config(config)
                    .build()
                    .start();
        } finally {
            if (s == null) {
                store.close();
                fixture.close();
            }
        }
        server = s;
    }

    private void load() throws IOException {
        Converter converter =
                Converter.builder().base(BASE).lookup(VocabularyLookup.get()).build();
        try (GraphStore.Batch batch = store.batch()) {
            for (String[] file : FILES) {
                try (RecordSource src =
                        FileRecordReader.open(resource(file[0]), file[1], null, Quarantine.counting())) {
                    new ConversionRun(converter, Quarantine.counting(), 1, null).run(src, r -> {
                        batch.put(
                                new RecordMeta(
                                        r.source().sourceId(),
                                        r.recordId(),
                                        r.graphIri(),
                                        null,
                                        sha256(r.source().raw()),
                                        "test"),
                                r.triples());
                        recordIris.add(r.graphIri());
                    });
                }
            }
            batch.commit();
        }
    }

    String url(String path) {
        return server.url() + path.substring(1);
    }

    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET of /sparql with this query. */
    HttpResponse<String> query(String q, String accept) throws IOException, InterruptedException {
        return get("/sparql?query=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8), accept);
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The local path of a record IRI: {@code /traject/123}. */
    static String path(String iri) {
        return "/" + iri.substring(BASE.length());
    }

    static Path resource(String name) {
        try {
            return Path.of(TestServer.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource " + name, e);
        }
    }

    private static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            try {
                store.close();
            } finally {
                fixture.close();
            }
        }
    }

    @Override
    public String toString() {
        return "server over " + fixture;
    }
}
