package org.colophon.endpoint.internal;

import java.util.List;

/**
 * A catalogue card, the same shape on a record page and in search results ({@code card.jte}): the title and
 * statement of responsibility in every script, then edition, publication, extent, series, names, subjects,
 * identifiers and the libraries that hold it. Empty lists are left off the card.
 *
 * @param href where the title links (a hit's record page), or {@code null} on the record page itself
 * @param highlight the first title with what the query matched in {@code <b>} (already escaped), or {@code null}
 */
public record Card(
        String href,
        String highlight,
        List<Text> titles,
        List<Text> responsibility,
        List<Text> edition,
        List<Text> publication,
        List<Text> extent,
        List<Text> series,
        List<Name> names,
        List<Name> subjects,
        List<Field> identifiers,
        List<String> languages,
        List<Link> libraries) {

    /** A literal and its BCP 47 tag ({@code ""} when untagged). */
    public record Text(String value, String lang) {
        /** The tag for a {@code lang} attribute: {@code null} (no attribute) when untagged. */
        public String tag() {
            return lang == null || lang.isEmpty() ? null : lang;
        }
    }

    /**
     * A name or subject: its forms in every script, its role ({@code null} for none), a search for everything with
     * it, and its own page (within the record), when it has one.
     */
    public record Name(List<Text> forms, String role, String searchHref, String pageHref) {}

    public record Field(String label, String value) {}

    public record Link(String label, String href) {}

    /** The first title (shown largest), or an empty text. */
    public Text title() {
        return titles.isEmpty() ? new Text("", "") : titles.get(0);
    }

    /** The titles after the first: the parallel ones in other scripts. */
    public List<Text> parallelTitles() {
        return titles.size() <= 1 ? List.of() : titles.subList(1, titles.size());
    }
}
