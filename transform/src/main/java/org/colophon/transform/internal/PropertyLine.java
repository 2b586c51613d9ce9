package org.colophon.transform.internal;

import java.util.List;

/**
 * One line of a rule: a property, where its values come from, and the conditions under which it applies.
 *
 * @param property the property IRI, expanded
 * @param value the value spec
 * @param conditions all must hold
 * @param origin {@code file:line} of the line, for errors and coverage
 * @param required written {@code property!}: a node whose required line gives no value is dropped
 */
public record PropertyLine(
        String property, ValueSpec value, List<Condition> conditions, String origin, boolean required) {

    /** True when the line only applies if nothing else gave its property a value on this node ({@code if none}). */
    public boolean onlyIfNone() {
        return conditions.stream().anyMatch(c -> c.kind() == Condition.Kind.NONE);
    }
}
