package org.colophon.transform.internal;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * One line of a rule: a property, where its values come from, and the conditions under which it applies. Compiled
 * once; the property's RDF term is made here, not per record.
 *
 * @param property the property IRI, expanded
 * @param value the value spec
 * @param conditions all must hold
 * @param origin {@code file:line} of the line, for errors and coverage
 * @param required written {@code property!}: a node whose required line gives no value is dropped
 * @param tests the conditions as an array, which the mapper runs through for every field (not to be changed)
 */
public record PropertyLine(
        String property,
        ValueSpec value,
        List<Condition> conditions,
        String origin,
        boolean required,
        Node propertyNode,
        boolean onlyIfNone,
        Condition[] tests) {

    public PropertyLine(String property, ValueSpec value, List<Condition> conditions, String origin, boolean required) {
        this(
                property,
                value,
                List.copyOf(conditions),
                origin,
                required,
                NodeFactory.createURI(property),
                conditions.stream().anyMatch(c -> c.kind() == Condition.Kind.NONE),
                conditions.toArray(new Condition[0]));
    }
}
