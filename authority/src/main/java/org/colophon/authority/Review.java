package org.colophon.authority;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.colophon.graph.GraphStore;
import org.colophon.graph.QueryResult;
import org.colophon.ingest.Ingest;

/**
 * The headings the linker left for a cataloguer ({@code colophon:ReviewItem}s in the link graphs) and the decisions
 * on them. A decision is kept ({@link Decisions}) and used from the next import or {@code reprocess} of any record
 * that writes the heading the same way.
 */
public final class Review {
    private final GraphStore store;
    private final Decisions decisions;
    private final Ingest ingest;
    private final AuthorityIndex index;

    /** Over an ingestion whose listeners include {@code linker}: decisions relink through it. */
    Review(Ingest ingest, AuthorityLinker linker) {
        this.index = linker.index();
        this.store = ingest.store();
        this.decisions = linker.decisions();
        this.ingest = ingest;
    }

    /** One heading waiting for a decision and the authorities proposed for it, best first. */
    public record Item(String heading, String label, Kind kind, List<Proposal> candidates) {}

    /** An authority proposed for a heading. */
    public record Proposal(String authority, String label, double score) {}

    /** Whether the authorities decisions need have been read (a server reads them after it starts). */
    public boolean ready() {
        return index.ready();
    }

    /** Every heading waiting for a decision, in heading order. */
    public List<Item> list() {
        String q = "PREFIX c: <" + AuthorityLinker.NS + "> SELECT ?h ?l ?k ?a ?al ?s WHERE { ?i a c:ReviewItem ;"
                + " c:heading ?h ; c:label ?l ; c:kind ?k ; c:candidate ?c . ?c c:authority ?a ; c:score ?s ;"
                + " c:label ?al } ORDER BY ?h DESC(?s) ?a";
        QueryResult.Select rows = (QueryResult.Select) store.query(q, Duration.ofMinutes(5));
        Map<String, Item> items = new LinkedHashMap<>();
        for (Binding b : rows.rows()) {
            String h = b.get(Var.alloc("h")).getURI();
            Item item = items.computeIfAbsent(
                    h,
                    k -> new Item(
                            h,
                            b.get(Var.alloc("l")).getLiteralLexicalForm(),
                            Kind.ofLabel(b.get(Var.alloc("k")).getLiteralLexicalForm()),
                            new ArrayList<>()));
            item.candidates()
                    .add(new Proposal(
                            b.get(Var.alloc("a")).getURI(),
                            b.get(Var.alloc("al")).getLiteralLexicalForm(),
                            Double.parseDouble(b.get(Var.alloc("s")).getLiteralLexicalForm())));
        }
        return new ArrayList<>(items.values());
    }

    /**
     * Links the heading to the authority: the decision is kept, and the record the heading is in is linked again at
     * once; other records that write the heading the same way use the decision when they are next imported.
     */
    public Item accept(String heading, String authority) {
        Item item = find(heading);
        decisions.accept(item.kind(), item.label(), authority);
        relink(heading);
        return item;
    }

    /** Never proposes the authority for the heading again; its record is linked again at once. */
    public Item reject(String heading, String authority) {
        Item item = find(heading);
        decisions.reject(item.kind(), item.label(), authority);
        relink(heading);
        return item;
    }

    /**
     * Runs the linker again over the record a heading belongs to, through the ingestion core, so its link graph and
     * its search document change in one commit.
     */
    private void relink(String heading) {
        ingest.refresh(List.of(heading.substring(0, heading.indexOf('#'))));
    }

    private Item find(String heading) {
        for (Item i : list()) if (i.heading().equals(heading)) return i;
        throw new IllegalArgumentException(
                "no heading waits for review as " + heading + " (see `colophon review list`)");
    }
}
