package org.colophon.endpoint.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Small helpers for writing plain responses. */
final class Responses {
    private Responses() {}

    static void text(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getWriter().write(message + "\n");
    }

    static void body(HttpServletResponse resp, String contentType, String body) throws IOException {
        resp.setContentType(contentType + "; charset=utf-8");
        resp.getWriter().write(body);
    }
}
