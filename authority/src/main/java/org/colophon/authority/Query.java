package org.colophon.authority;

import java.util.Set;

/**
 * What is being looked for: a heading or name as written, what kind of thing it should name (null: any), its dates
 * if given apart ({@code ""}: read them from the text), and identifiers it carries ({@code $0}/{@code $1} or a
 * reconciliation property), normalised by {@link Identifiers#key}.
 */
public record Query(String text, Kind kind, String dates, Set<String> identifiers) {
    public Query {
        identifiers = Set.copyOf(identifiers);
        dates = dates == null ? "" : dates;
    }

    public static Query of(String text) {
        return new Query(text, null, "", Set.of());
    }
}
