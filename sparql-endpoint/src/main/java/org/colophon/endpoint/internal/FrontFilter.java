package org.colophon.endpoint.internal;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Runs before Fuseki on every request: counts it, serves the home page at {@code /}, guards {@code /sparql} ({@link
 * QueryGuard}) and the write operations ({@link WriteGuard}), and passes everything else on.
 */
final class FrontFilter implements Filter {

    private final Site site;
    private final QueryGuard queries;
    private final WriteGuard writes;

    FrontFilter(Site site) {
        this.site = site;
        this.queries = new QueryGuard(site);
        this.writes = new WriteGuard(site);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getRequestURI();
        String endpoint = endpointOf(path);
        long start = System.nanoTime();
        try {
            switch (endpoint) {
                case "home" -> {
                    if (req.getQueryString() == null && isRead(req)) {
                        HomePage.serve(site, resp);
                    } else {
                        resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "Send SPARQL queries to /sparql");
                    }
                }
                case "sparql" -> queries.handle(req, resp, chain);
                case "update" -> writes.handle(req, resp, chain);
                case "data" -> {
                    if (isRead(req) && req.getParameter("graph") == null && req.getParameter("default") == null) {
                        Responses.text(
                                resp,
                                HttpServletResponse.SC_BAD_REQUEST,
                                "Name a graph: /data?graph=<record IRI> (or /data?default). "
                                        + "The whole dataset is not served in one response.");
                    } else if (isRead(req)) {
                        chain.doFilter(req, resp);
                    } else {
                        writes.handle(req, resp, chain);
                    }
                }
                default -> chain.doFilter(req, resp);
            }
        } finally {
            site.metrics().request(endpoint, resp.getStatus(), System.nanoTime() - start);
        }
    }

    static boolean isRead(HttpServletRequest req) {
        String m = req.getMethod();
        return m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS");
    }

    private static String endpointOf(String path) {
        return switch (path) {
            case "/" -> "home";
            case "/sparql", "/update", "/data", "/void", "/health", "/metrics", "/search", "/suggest" ->
                path.substring(1);
            case "/context.jsonld" -> "context";
            default -> "resource";
        };
    }
}
