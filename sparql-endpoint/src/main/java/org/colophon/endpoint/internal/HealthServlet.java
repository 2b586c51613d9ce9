package org.colophon.endpoint.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.colophon.graph.StoreStats;

/** {@code /health}: 200 with counts when the store answers, 503 with the reason when it does not. */
final class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Site site;

    HealthServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        JsonObject o = new JsonObject();
        try {
            StoreStats stats = site.store().stats();
            o.put("status", "ok");
            o.put("records", stats.records());
            o.put("triples", stats.triples());
            o.put("graphs", stats.graphs());
            o.put("sources", stats.catalogue().size());
            if (stats.lastImport() != null) {
                o.put("lastImport", stats.lastImport().toString());
            }
        } catch (RuntimeException e) {
            resp.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            o.put("status", "unavailable");
            o.put("reason", String.valueOf(e.getMessage()));
        }
        Responses.body(resp, "application/json", JSON.toString(o));
    }
}
