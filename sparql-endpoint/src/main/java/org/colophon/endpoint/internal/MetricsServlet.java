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
        java.lang.management.MemoryUsage heap =
                java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        out.append("# HELP colophon_jvm_heap_used_bytes Heap in use now (garbage included).\n");
        out.append("# TYPE colophon_jvm_heap_used_bytes gauge\n");
        out.append("colophon_jvm_heap_used_bytes ").append(heap.getUsed()).append('\n');
        out.append("# HELP colophon_jvm_heap_max_bytes The most heap the JVM may take (-Xmx).\n");
        out.append("# TYPE colophon_jvm_heap_max_bytes gauge\n");
        out.append("colophon_jvm_heap_max_bytes ")
                .append(Runtime.getRuntime().maxMemory())
                .append('\n');
        out.append("# HELP colophon_jvm_old_gen_after_gc_bytes The old generation after the last collection: what"
                + " the heap watchdog compares with its threshold.\n");
        out.append("# TYPE colophon_jvm_old_gen_after_gc_bytes gauge\n");
        out.append("colophon_jvm_old_gen_after_gc_bytes ")
                .append(HeapWatch.oldGenAfterCollection())
                .append('\n');
        resp.setContentType("text/plain; version=0.0.4; charset=utf-8");
        resp.getWriter().write(out.toString());
    }
}
