package org.colophon.transform.internal;

import java.util.List;
import org.apache.jena.graph.Node;

/**
 * Custom mapping logic too particular for a rule line, named in rules as {@code fn:name}. A function reads the scope
 * and gives the values for the line's property; it may mint nodes and add triples of its own through the context.
 */
@FunctionalInterface
public interface RuleFunction {
    List<Node> apply(RecordContext ctx, Scope scope);
}
