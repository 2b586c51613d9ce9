package org.colophon.endpoint.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.update.UpdateFactory;

/**
 * Lets SPARQL Update and Graph Store writes through only with {@code Authorization: Bearer <token>}: 401 without it
 * or with another token, 403 when the endpoint has no token configured (it is read-only). An update that calls
 * {@code SERVICE} off the allow-list is refused (400) like a query.
 */
final class WriteGuard {

    private final Site site;

    private final ServiceCheck services;

    WriteGuard(Site site) {
        this.site = site;
        this.services = new ServiceCheck(site.config().serviceAllowlist());
    }

    void handle(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String token = site.config().writeToken();
        if (token == null) {
            Responses.text(
                    resp,
                    HttpServletResponse.SC_FORBIDDEN,
                    "This endpoint is read-only: no write token is configured.");
            return;
        }
        String given = bearer(req.getHeader("Authorization"));
        if (given == null
                || !MessageDigest.isEqual(
                        given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            resp.setHeader("WWW-Authenticate", "Bearer realm=\"colophon\"");
            Responses.text(
                    resp,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    given == null ? "Writing needs 'Authorization: Bearer <token>'." : "Wrong token.");
            return;
        }
        if (req.getRequestURI().equals("/update")) {
            checkUpdate(req, resp, chain);
        } else {
            chain.doFilter(req, resp);
        }
    }

    /** Updates obey the SERVICE allow-list too: the update is read, checked and handed on unchanged. */
    private void checkUpdate(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        HttpServletRequest forward = req;
        String text;
        if (type.startsWith("application/sparql-update")) {
            byte[] body = req.getInputStream().readAllBytes();
            forward = new ReplayRequest(req, body);
            text = new String(body, StandardCharsets.UTF_8);
        } else {
            text = req.getParameter("update");
        }
        if (text != null) {
            String refusal;
            try {
                refusal = services.refusal(UpdateFactory.create(text));
            } catch (QueryParseException e) {
                Responses.text(resp, HttpServletResponse.SC_BAD_REQUEST, "Update does not parse: " + e.getMessage());
                return;
            }
            if (refusal != null) {
                Responses.text(resp, HttpServletResponse.SC_BAD_REQUEST, refusal);
                return;
            }
        }
        chain.doFilter(forward, resp);
    }

    private static String bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String t = header.substring(7).trim();
        return t.isEmpty() ? null : t;
    }
}
