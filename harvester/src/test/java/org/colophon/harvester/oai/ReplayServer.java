package org.colophon.harvester.oai;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** Replays recorded OAI-PMH responses over loopback HTTP: the first route whose condition holds answers. */
final class ReplayServer implements AutoCloseable {
    private record Route(Predicate<Map<String, String>> when, String resource, int status) {}

    private final List<Route> routes = new ArrayList<>();
    final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    ReplayServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/oai", this::handle);
        server.start();
    }

    /** Answers requests whose parameters include all of {@code params} (name, value, name, value …). */
    ReplayServer on(String resource, String... params) {
        routes.add(new Route(q -> matches(q, params), resource, 200));
        return this;
    }

    /** Answers with a bare HTTP status. */
    ReplayServer status(int status, String... params) {
        routes.add(new Route(q -> matches(q, params), null, status));
        return this;
    }

    private static boolean matches(Map<String, String> q, String[] params) {
        for (int i = 0; i < params.length; i += 2) {
            if (!params[i + 1].equals(q.get(params[i]))) return false;
        }
        return true;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oai");
    }

    long count(String param, String value) {
        return requests.stream().filter(q -> value.equals(q.get(param))).count();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Map<String, String> q = new HashMap<>();
            String raw = ex.getRequestURI().getRawQuery();
            if (raw != null) {
                for (String kv : raw.split("&")) {
                    int eq = kv.indexOf('=');
                    q.put(
                            URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            requests.add(q);
            for (Route r : routes) {
                if (!r.when().test(q)) continue;
                if (r.resource() == null) {
                    ex.sendResponseHeaders(r.status(), -1);
                    return;
                }
                byte[] body;
                try (InputStream in = getClass().getClassLoader().getResourceAsStream(r.resource())) {
                    body = in.readAllBytes();
                }
                ex.getResponseHeaders().add("Content-Type", "text/xml; charset=UTF-8");
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
                return;
            }
            ex.sendResponseHeaders(404, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
