package org.colophon.transform.internal;

import java.util.List;

/**
 * One line of a rule: a property, where its values come from, and the conditions under which it applies.
 *
 * @param property the property IRI, expanded
 * @param value the value spec
 * @param conditions all must hold
 * @param origin {@code file:line} of the line, for errors and coverage
 */
public record PropertyLine(String property, ValueSpec value, List<Condition> conditions, String origin) {}
