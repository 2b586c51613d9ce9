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
 * Runs before Fuseki on every request: counts it, sets the security headers, refuses oversized bodies (413), serves
 * the home page at {@code /}, guards {@code /sparql} ({@link QueryGuard}) and the write operations ({@link
 * WriteGuard}), and passes everything else on.
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
        secure(resp);
        try {
            long limit = bodyLimit(endpoint);
            if (limit > 0 && !isRead(req)) {
                long length = req.getContentLengthLong();
                if (length > limit) {
                    tooLarge(resp, limit);
                    return;
                }
                if (length < 0 && !isForm(req)) {
                    // no length given (chunked): read at most the limit, then hand the body on as it came (a form
                    // body is Jetty's to parse, under its own form size limit)
                    byte[] body = req.getInputStream().readNBytes((int) limit + 1);
                    if (body.length > limit) {
                        tooLarge(resp, limit);
                        return;
                    }
                    req = new ReplayRequest(req, body);
                }
            }
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

    /** The largest query or update body taken; a bigger one is refused with 413 before it is read. */
    static final long QUERY_BODY_LIMIT = 1 << 20;
    /** The largest Graph Store Protocol upload (writes need the token). */
    static final long DATA_BODY_LIMIT = 64L << 20;

    /**
     * Headers on every response: pages run only the server's own scripts and styles, are never framed, and send no
     * full URL to other sites; no response is content-sniffed.
     */
    static void secure(HttpServletResponse resp) {
        resp.setHeader(
                "Content-Security-Policy",
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none';"
                        + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        resp.setHeader("X-Frame-Options", "DENY");
    }

    private static long bodyLimit(String endpoint) {
        return switch (endpoint) {
            case "sparql", "update" -> QUERY_BODY_LIMIT;
            case "data" -> DATA_BODY_LIMIT;
            default -> 0;
        };
    }

    private static void tooLarge(HttpServletResponse resp, long limit) throws IOException {
        resp.setHeader("Connection", "close");
        Responses.text(
                resp,
                HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "Request body too large: at most " + (limit >> 20) + " MB here.");
    }

    private static boolean isForm(HttpServletRequest req) {
        String type = req.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
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
