package org.colophon.endpoint.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /context.jsonld}: the JSON-LD context every JSON-LD document of this server refers to. */
final class ContextServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Site site;

    ContextServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Cache-Control", "public, max-age=86400");
        Responses.body(resp, "application/ld+json", JsonLd.context(site.prefixes()));
    }
}
