package org.colophon.endpoint.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.describe.DescribeBNodeClosure;
import org.apache.jena.sparql.core.describe.DescribeHandler;
import org.apache.jena.sparql.core.describe.DescribeHandlerFactory;
import org.apache.jena.sparql.core.describe.DescribeHandlerRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * DESCRIBE held to a number of triples: Jena's description (each resource's triples, with blank nodes followed),
 * stopped once the answer holds the limit set in the query context ({@link #LIMIT}); without one, as Jena's own. The
 * describe handlers are global in Jena, so this replaces them once per JVM, wrapping each.
 */
final class BoundedDescribe implements DescribeHandler {
    /** The most triples a DESCRIBE answer holds (a Long in the query context). */
    static final Symbol LIMIT = Symbol.create("urn:x-colophon:describeTripleLimit");

    private static boolean installed;

    private final DescribeHandler inner;
    private Model answer;
    private long limit = Long.MAX_VALUE;

    private BoundedDescribe(DescribeHandler inner) {
        this.inner = inner;
    }

    /** Wraps every registered describe handler so that the limit holds. */
    static synchronized void install() {
        if (installed) return;
        DescribeHandlerRegistry registry = DescribeHandlerRegistry.get();
        List<DescribeHandlerFactory> factories = new ArrayList<>();
        for (Iterator<DescribeHandlerFactory> it = registry.handlers(); it.hasNext(); ) factories.add(it.next());
        if (factories.isEmpty()) factories.add(DescribeBNodeClosure::new);
        registry.clear();
        for (DescribeHandlerFactory f : factories) registry.add(() -> new BoundedDescribe(f.create()));
        installed = true;
    }

    @Override
    public void start(Model accumulateResultModel, Context qContext) {
        this.answer = accumulateResultModel;
        Object l = qContext == null ? null : qContext.get(LIMIT);
        if (l instanceof Number n) limit = n.longValue();
        else if (l != null) limit = Long.parseLong(l.toString());
        inner.start(accumulateResultModel, qContext);
    }

    @Override
    public void describe(Resource resource) {
        if (answer.size() < limit) inner.describe(resource);
    }

    @Override
    public void finish() {
        inner.finish();
    }
}
