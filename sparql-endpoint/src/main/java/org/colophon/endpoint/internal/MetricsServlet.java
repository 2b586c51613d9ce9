package org.colophon.endpoint.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.colophon.graph.StoreStats;

/** {@code /metrics}: request counters, query latency and store sizes for Prometheus. */
final class MetricsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Site site;

    MetricsServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        StringBuilder out = new StringBuilder();
        site.metrics().write(out);
        StoreStats stats = site.store().stats();
        out.append("# HELP colophon_store_records Records in the store, by source.\n");
        out.append("# TYPE colophon_store_records gauge\n");
        stats.sources().forEach((source, s) -> out.append("colophon_store_records{source=\"")
                .append(Metrics.label(source))
                .append("\"} ")
                .append(s.records())
                .append('\n'));
        out.append("# HELP colophon_store_triples Record triples in the store.\n");
        out.append("# TYPE colophon_store_triples gauge\n");
        out.append("colophon_store_triples ").append(stats.triples()).append('\n');
        resp.setContentType("text/plain; version=0.0.4; charset=utf-8");
        resp.getWriter().write(out.toString());
    }
}
