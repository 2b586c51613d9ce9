package org.colophon.endpoint.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.colophon.graph.SparqlAccess;

/**
 * {@code /sparql}, {@code /update} and {@code /data} over a remote store: the request, already checked by the {@link
 * FrontFilter} (limit, SERVICE allow-list, write token), goes to the store's own endpoint and the store's answer
 * (status, type, body, streamed) comes back. A query is sent as a form POST with every protocol parameter, so its
 * length never matters; the {@code Accept} header decides the result format there as here. The client's {@code
 * Authorization} (our write token) is never passed on; the store's own credentials are.
 */
final class ForwardingServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    enum Target {
        QUERY,
        UPDATE,
        DATA
    }

    /** Response headers passed back from the store. */
    private static final List<String> PASSED = List.of(
            "content-type",
            "content-disposition",
            "content-language",
            "location",
            "etag",
            "last-modified",
            "cache-control");

    private static final Duration WRITE_TIMEOUT = Duration.ofMinutes(10);

    private final transient Site site;
    private final transient SparqlAccess.Remote store;
    private final transient HttpClient http;
    private final Target target;

    ForwardingServlet(Site site, SparqlAccess.Remote store, HttpClient http, Target target) {
        this.site = site;
        this.store = store;
        this.http = http;
        this.target = target;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        HttpRequest.Builder b =
                switch (target) {
                    case QUERY ->
                        form(store.query(), req.getParameterMap())
                                .timeout(site.config().queryTimeout());
                    case UPDATE -> update(req).timeout(WRITE_TIMEOUT);
                    case DATA -> data(req).timeout(WRITE_TIMEOUT);
                };
        String accept = req.getHeader("Accept");
        if (accept != null) {
            b.header("Accept", accept);
        }
        if (store.authorization() != null) {
            b.header("Authorization", store.authorization());
        }
        HttpResponse<InputStream> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            Responses.text(
                    resp,
                    target == Target.QUERY ? 503 : 504,
                    target == Target.QUERY ? "Query timed out" : "The store did not answer in time");
            return;
        } catch (ConnectException e) {
            Responses.text(resp, 502, "The SPARQL store does not answer: " + e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Responses.text(resp, 503, "Interrupted");
            return;
        }
        resp.setStatus(r.statusCode());
        r.headers().map().forEach((name, values) -> {
            if (PASSED.contains(name.toLowerCase(Locale.ROOT)) && !values.isEmpty()) {
                resp.setHeader(name, values.get(0));
            }
        });
        try (InputStream in = r.body()) {
            OutputStream out = resp.getOutputStream();
            in.transferTo(out);
        }
    }

    /** An update: its {@code application/sparql-update} body as it came, or its form parameters. */
    private HttpRequest.Builder update(HttpServletRequest req) throws IOException {
        String type = req.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/sparql-update")) {
            return HttpRequest.newBuilder(store.update())
                    .header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(
                            req.getInputStream().readAllBytes()));
        }
        return form(store.update(), req.getParameterMap());
    }

    /** A Graph Store Protocol request: same method, query string and body, to the store's data endpoint. */
    private HttpRequest.Builder data(HttpServletRequest req) throws IOException {
        String qs = req.getQueryString();
        URI uri = URI.create(store.data() + (qs == null ? "" : (store.data().getQuery() == null ? "?" : "&") + qs));
        String method = req.getMethod();
        boolean body = method.equals("PUT") || method.equals("POST");
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .method(
                        method,
                        body
                                ? HttpRequest.BodyPublishers.ofByteArray(
                                        req.getInputStream().readAllBytes())
                                : HttpRequest.BodyPublishers.noBody());
        if (body && req.getContentType() != null) {
            b.header("Content-Type", req.getContentType());
        }
        return b;
    }

    private static HttpRequest.Builder form(URI uri, Map<String, String[]> parameters) {
        StringBuilder body = new StringBuilder();
        parameters.forEach((name, values) -> {
            for (String v : values) {
                body.append(body.length() == 0 ? "" : "&")
                        .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }
}
