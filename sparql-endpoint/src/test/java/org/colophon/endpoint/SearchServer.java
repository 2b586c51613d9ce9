package org.colophon.endpoint;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.colophon.data.DataDir;
import org.colophon.discovery.DiscoveryIndex;
import org.colophon.ingest.Ingest;
import org.colophon.ingest.IngestSummary;

/**
 * A real server with a real search index: the test MARC records imported through the one write path ({@link Ingest},
 * as {@code colophon import} does) into TDB2 and the discovery index in a data directory, served on a free port.
 * The ingestion stays open so a test can delete records while the server runs.
 */
final class SearchServer implements AutoCloseable {
    final Ingest ingest;
    final DiscoveryIndex index;
    final ColophonServer server;
    final HttpClient http = HttpClient.newHttpClient();

    SearchServer(Path data) {
        this(data, EndpointConfig.defaults());
    }

    SearchServer(Path data, EndpointConfig config) {
        ingest = Ingest.builder(DataDir.of(data))
                .base(TestServer.BASE)
                .threads(1)
                .build();
        ColophonServer s = null;
        try {
            for (String[] file : TestServer.FILES) {
                IngestSummary sum = ingest.importFiles(List.of(TestServer.resource(file[0])), file[1], null, null);
                if (sum.quarantined() > 0) throw new IllegalStateException(file[0] + ": " + sum.line());
            }
            index = ingest.searchIndex().orElseThrow();
            s = ColophonServer.builder()
                    .store(ingest.store())
                    .search(index)
                    .base(TestServer.BASE)
                    .port(0)
                    .config(config)
                    .build()
                    .start();
        } finally {
            if (s == null) ingest.close();
        }
        server = s;
    }

    String url(String pathAndQuery) {
        return server.url() + pathAndQuery.substring(1);
    }

    HttpResponse<String> get(String pathAndQuery, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(pathAndQuery)));
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            ingest.close();
        }
    }
}
