package org.colophon.discovery;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PFuncSimple;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.IterLib;

/**
 * Joins search hits with the graph in SPARQL: {@code ?instance colophon:search "歷史研究"} binds the Instances the
 * discovery index finds for the query, best first (at most {@value #MAX_HITS}); with the subject bound, it is a test.
 *
 * <pre>
 * PREFIX colophon: &lt;https://w3id.org/colophon/ns#&gt;
 * SELECT ?i ?date WHERE { ?i colophon:search "lu xun" . ?i bf:provisionActivity/bf:date ?date }
 * </pre>
 */
public final class SearchPropertyFunction extends PFuncSimple {
    public static final String IRI = "https://w3id.org/colophon/ns#search";
    public static final int MAX_HITS = 10_000;

    private final DiscoveryIndex index;

    private SearchPropertyFunction(DiscoveryIndex index) {
        this.index = index;
    }

    /** Makes {@code colophon:search} available to queries run with this context (e.g. a Fuseki dataset's). */
    public static void register(Context context, DiscoveryIndex index) {
        PropertyFunctionRegistry registry = PropertyFunctionRegistry.chooseRegistry(context);
        PropertyFunctionRegistry copy = new PropertyFunctionRegistry();
        registry.keys().forEachRemaining(k -> copy.put(k, registry.get(k)));
        copy.put(IRI, uri -> new SearchPropertyFunction(index));
        PropertyFunctionRegistry.set(context, copy);
    }

    @Override
    public QueryIterator execEvaluated(
            Binding binding, Node subject, Node predicate, Node object, ExecutionContext execCxt) {
        if (!object.isLiteral())
            throw new org.apache.jena.query.QueryExecException("colophon:search needs the query text as its object");
        List<String> ids = index.instanceIds(object.getLiteralLexicalForm(), MAX_HITS);
        if (subject.isURI()) {
            return ids.contains(subject.getURI()) ? IterLib.result(binding, execCxt) : IterLib.noResults(execCxt);
        }
        if (!subject.isVariable()) return IterLib.noResults(execCxt);
        Var v = Var.alloc(subject);
        List<Binding> out = new ArrayList<>(ids.size());
        for (String id : ids) out.add(BindingFactory.binding(binding, v, NodeFactory.createURI(id)));
        return QueryIterPlainWrapper.create(out.iterator(), execCxt);
    }
}
