package org.colophon.endpoint.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.colophon.discovery.Facets;
import org.colophon.discovery.Hit;
import org.colophon.discovery.SearchRequest;
import org.colophon.discovery.SearchResult;

/**
 * What {@code search.jte} shows: the hits as cards, the facets as links that add a filter, the filters in force as
 * links that remove one, sort and page links. Every link is a plain GET of {@code /search}, so the page works without
 * JavaScript.
 */
public record SearchView(
        String q,
        long total,
        long from,
        long to,
        List<Link> sorts,
        List<Card> hits,
        List<Facet> facets,
        List<Link> active,
        List<Link> pages,
        Link prev,
        Link next,
        String error,
        boolean facetsEstimated) {

    /** A link with a label; {@code current} marks the one in force. {@code count} is for facet values. */
    public record Link(String label, String href, boolean current, long count) {}

    public record Facet(String dimension, String label, List<Link> values) {}

    /** How a dimension is headed on the page. */
    static final Map<String, String> LABELS = Map.of(
            Facets.TYPE, "Type",
            Facets.LANGUAGE, "Language",
            Facets.DECADE, "Decade",
            Facets.SUBJECT, "Subject",
            Facets.CONTRIBUTOR, "Name",
            Facets.LIBRARY, "Library",
            Facets.CLASSIFICATION, "Classification");

    /** The most pages a result can be read to: the index returns at most 10,000 hits. */
    static final int MAX_HITS = 10_000;

    static SearchView of(Site site, SearchRequest r, SearchResult result) {
        long from = result.total() == 0 ? 0 : (long) (r.page() - 1) * r.size() + 1;
        long to = Math.min(result.total(), (long) r.page() * r.size());
        List<Link> sorts = new ArrayList<>();
        for (SearchRequest.Sort s : SearchRequest.Sort.values())
            sorts.add(new Link(s.name(), href(r.q(), s, r.size(), 1, r.filters()), s == r.sort(), 0));
        List<Facet> facets = new ArrayList<>();
        for (String dim : Facets.DIMENSIONS) {
            List<Link> values = new ArrayList<>();
            for (SearchResult.FacetValue v : result.facets().getOrDefault(dim, List.of())) {
                SearchRequest.Filter f = new SearchRequest.Filter(dim, v.value());
                if (r.filters().contains(f)) continue;
                List<SearchRequest.Filter> more = new ArrayList<>(r.filters());
                more.add(f);
                values.add(new Link(
                        label(site, dim, v.value()), href(r.q(), r.sort(), r.size(), 1, more), false, v.count()));
            }
            if (!values.isEmpty()) facets.add(new Facet(dim, LABELS.getOrDefault(dim, dim), values));
        }
        List<Link> active = new ArrayList<>();
        for (SearchRequest.Filter f : r.filters()) {
            List<SearchRequest.Filter> fewer = new ArrayList<>(r.filters());
            fewer.remove(f);
            active.add(new Link(
                    LABELS.getOrDefault(f.dimension(), f.dimension()) + ": " + label(site, f.dimension(), f.value()),
                    href(r.q(), r.sort(), r.size(), 1, fewer),
                    true,
                    0));
        }
        long reachable = Math.min(result.total(), MAX_HITS);
        int last = (int) Math.max(1, (reachable + r.size() - 1) / r.size());
        List<Link> pages = new ArrayList<>();
        if (last > 1) {
            int first = Math.max(1, Math.min(r.page() - 4, last - 8));
            for (int p = first; p <= Math.min(last, first + 8); p++)
                pages.add(new Link(
                        Integer.toString(p), href(r.q(), r.sort(), r.size(), p, r.filters()), p == r.page(), 0));
        }
        Link prev = r.page() > 1
                ? new Link("Previous", href(r.q(), r.sort(), r.size(), r.page() - 1, r.filters()), false, 0)
                : null;
        Link next = r.page() < last
                ? new Link("Next", href(r.q(), r.sort(), r.size(), r.page() + 1, r.filters()), false, 0)
                : null;
        List<Card> cards = new ArrayList<>();
        for (Hit h : result.hits()) cards.add(card(site, h));
        return new SearchView(
                r.q(),
                result.total(),
                from,
                to,
                sorts,
                cards,
                facets,
                active,
                pages,
                prev,
                next,
                null,
                result.facetsEstimated());
    }

    /** How a facet value is shown: a library by its name, everything else as indexed. */
    static String label(Site site, String dimension, String value) {
        return dimension.equals(Facets.LIBRARY) ? site.config().libraryName(value) : value;
    }

    /** The page for a request that could not be run. */
    static SearchView error(String q, String message) {
        return new SearchView(
                q == null ? "" : q,
                0,
                0,
                0,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                message,
                false);
    }

    /** A hit as a catalogue card: the shape of a record page's, with what the index keeps. */
    static Card card(Site site, Hit h) {
        String local = site.pathOf(h.id());
        List<Card.Text> titles = new ArrayList<>();
        for (Hit.Text t : h.titles()) titles.add(new Card.Text(t.value(), t.lang()));
        titles.sort(java.util.Comparator.comparing((Card.Text t) -> !t.value().equals(h.title())));
        List<Card.Name> names = new ArrayList<>();
        for (String c : h.contributors())
            names.add(new Card.Name(List.of(new Card.Text(c, "")), null, filterHref(Facets.CONTRIBUTOR, c), null));
        List<Card.Name> subjects = new ArrayList<>();
        for (String c : h.subjects())
            subjects.add(new Card.Name(List.of(new Card.Text(c, "")), null, filterHref(Facets.SUBJECT, c), null));
        List<String> parts = new ArrayList<>();
        if (!h.publishers().isEmpty()) parts.add(String.join("; ", h.publishers()));
        if (h.date() != null) parts.add(h.date());
        List<Card.Text> publication =
                parts.isEmpty() ? List.of() : List.of(new Card.Text(String.join(", ", parts), ""));
        List<Card.Link> libraries = new ArrayList<>();
        for (String l : h.libraries()) libraries.add(RecordCard.library(site, l));
        return new Card(
                local != null ? local : h.id(),
                h.highlight(),
                titles,
                List.of(),
                List.of(),
                publication,
                List.of(),
                List.of(),
                names,
                subjects,
                List.of(),
                List.of(),
                libraries);
    }

    /** {@code /search?filter=DIM:VALUE}: everything with that facet value. */
    static String filterHref(String dimension, String value) {
        return "/search?filter=" + enc(dimension + ":" + value);
    }

    static String href(String q, SearchRequest.Sort sort, int size, int page, List<SearchRequest.Filter> filters) {
        StringBuilder b = new StringBuilder("/search?q=").append(enc(q));
        for (SearchRequest.Filter f : filters) b.append("&filter=").append(enc(f.dimension() + ":" + f.value()));
        if (sort != SearchRequest.Sort.relevance) b.append("&sort=").append(sort.name());
        if (size != SearchApi.DEFAULT_SIZE) b.append("&size=").append(size);
        if (page > 1) b.append("&page=").append(page);
        return b.toString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
