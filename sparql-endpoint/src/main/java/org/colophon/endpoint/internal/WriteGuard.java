package org.colophon.endpoint.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Lets SPARQL Update and Graph Store writes through only with {@code Authorization: Bearer <token>}: 401 without it
 * or with another token, 403 when the endpoint has no token configured (it is read-only).
 */
final class WriteGuard {

    private final Site site;

    WriteGuard(Site site) {
        this.site = site;
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
        chain.doFilter(req, resp);
    }

    private static String bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String t = header.substring(7).trim();
        return t.isEmpty() ? null : t;
    }
}
