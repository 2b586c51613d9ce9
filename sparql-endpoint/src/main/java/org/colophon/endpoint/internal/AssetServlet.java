package org.colophon.endpoint.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * {@code /assets/*}: the style sheet, the type-ahead script and the home page's SPARQL box, from the jar ({@code org/colophon/endpoint/assets}),
 * read once. Pages load nothing from anywhere else, and no page carries an inline script.
 */
final class AssetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private static final Map<String, String> TYPES =
            Map.of("colophon.css", "text/css", "search.js", "text/javascript", "home.js", "text/javascript");
    private final transient Map<String, byte[]> assets;

    AssetServlet() {
        assets = TYPES.keySet().stream().collect(java.util.stream.Collectors.toMap(n -> n, AssetServlet::read));
    }

    private static byte[] read(String name) {
        try (InputStream in = AssetServlet.class.getResourceAsStream("/org/colophon/endpoint/assets/" + name)) {
            if (in == null) throw new IllegalStateException("the asset " + name + " is missing from the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        String name = path == null ? "" : path.substring(1);
        byte[] body = assets.get(name);
        if (body == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType(TYPES.get(name) + "; charset=utf-8");
        resp.setHeader("Cache-Control", "public, max-age=3600");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
