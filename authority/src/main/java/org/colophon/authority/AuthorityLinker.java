package org.colophon.authority;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.colophon.authority.internal.AuthorityReader;
import org.colophon.authority.internal.BibHeadings;
import org.colophon.graph.GraphStore;
import org.colophon.graph.RecordMeta;
import org.colophon.ingest.IngestListener;

/**
 * Links headings to authorities as records are imported, inside the store's batch: an authority record joins the
 * {@link AuthorityIndex}; a bibliographic record's headings are resolved by the {@link Linker} and the outcome is
 * written to a graph of its own, {@code https://w3id.org/colophon/graph/links/{source}/{record}} (stored under the
 * source {@value #LINKS_SOURCE}), so it commits — or is abandoned — with the record and is replaced or dropped with
 * it. That graph holds, for every linked heading,
 *
 * <pre>
 * &lt;record#Agent700-1&gt; madsrdf:isIdentifiedByAuthority &lt;auth/n79021164#Authority&gt; .
 * &lt;links#link-1&gt; a colophon:AuthorityLink ; colophon:heading &lt;record#Agent700-1&gt; ;
 *     colophon:authority &lt;…#Authority&gt; ; colophon:method "exact" ; colophon:score 100.0 .
 * </pre>
 *
 * and for every heading a cataloguer should decide, a {@code colophon:ReviewItem} with its label, kind and
 * candidates ({@code colophon review list}).
 */
public final class AuthorityLinker implements IngestListener {
    public static final String LINKS_SOURCE = "colophon-links";
    public static final String LINKS_GRAPH = "https://w3id.org/colophon/graph/links/";
    public static final String NS = org.colophon.graph.ColophonMeta.NS;
    /** Bumped when what the linker writes changes, so every link graph is rewritten. */
    static final String VERSION = "links-1";

    private final AuthorityIndex index;
    private final Linker linker;
    /** source NUL record id → authority IRI, for deletions. */
    private final Map<String, String> authorityOfRecord = new ConcurrentHashMap<>();
    /** What this batch changed in the index, to undo when it is abandoned (null: was absent). */
    private final Map<String, Authority> undo = new HashMap<>();

    private long headings;
    private long linked;
    private long queued;
    private long linkNanos;

    public AuthorityLinker(AuthorityIndex index, Decisions decisions) {
        this.index = index;
        this.linker = new Linker(index, decisions);
        for (Authority a : index.all()) authorityOfRecord.put(a.graph(), a.iri());
    }

    public AuthorityIndex index() {
        return index;
    }

    /** Headings seen, linked and queued for review since this linker was made, and the nanoseconds spent linking. */
    public long[] counts() {
        return new long[] {headings, linked, queued, linkNanos};
    }

    @Override
    public void put(RecordMeta meta, List<Triple> triples, GraphStore.Batch batch) {
        if (meta.sourceId().equals(LINKS_SOURCE)) return;
        if (AuthorityReader.isAuthority(meta.graphIri(), triples)) {
            AuthorityReader.read(meta.graphIri(), triples).ifPresent(a -> {
                remember(a.iri());
                index.put(a);
                authorityOfRecord.put(key(meta.sourceId(), meta.recordId()), a.iri());
            });
            return;
        }
        long t0 = System.nanoTime();
        List<Triple> out = links(meta, BibHeadings.of(meta.graphIri(), triples));
        linkNanos += System.nanoTime() - t0;
        String graph = LINKS_GRAPH + meta.graphIri().replaceFirst("^[a-z]+://", "");
        if (out.isEmpty()) {
            batch.delete(LINKS_SOURCE, linksId(meta));
            return;
        }
        batch.put(new RecordMeta(LINKS_SOURCE, linksId(meta), graph, null, digest(out), VERSION), out);
    }

    private static String linksId(RecordMeta meta) {
        return meta.sourceId() + "/" + meta.recordId();
    }

    private List<Triple> links(RecordMeta meta, List<BibHeadings.Heading> hs) {
        List<Triple> out = new ArrayList<>();
        String graph = LINKS_GRAPH + meta.graphIri().replaceFirst("^[a-z]+://", "");
        int n = 0;
        int r = 0;
        for (BibHeadings.Heading h : hs) {
            headings++;
            Resolution res = linker.resolve(h.kind(), h.label(), h.identifiers());
            Node heading = NodeFactory.createURI(h.node());
            if (res.linked()) {
                linked++;
                Node auth = NodeFactory.createURI(res.authority().iri());
                out.add(Triple.create(heading, iri(AuthorityReader.MADS + "isIdentifiedByAuthority"), auth));
                Node link = NodeFactory.createURI(graph + "#link-" + (++n));
                out.add(Triple.create(link, iri(RDF_TYPE), iri(NS + "AuthorityLink")));
                out.add(Triple.create(link, iri(NS + "heading"), heading));
                out.add(Triple.create(link, iri(NS + "authority"), auth));
                out.add(Triple.create(link, iri(NS + "method"), NodeFactory.createLiteralString(res.method())));
                out.add(Triple.create(link, iri(NS + "score"), dbl(res.score())));
            } else if (!res.review().isEmpty()) {
                queued++;
                Node item = NodeFactory.createURI(graph + "#review-" + (++r));
                out.add(Triple.create(item, iri(RDF_TYPE), iri(NS + "ReviewItem")));
                out.add(Triple.create(item, iri(NS + "heading"), heading));
                out.add(Triple.create(item, iri(NS + "label"), NodeFactory.createLiteralString(h.label())));
                out.add(Triple.create(
                        item,
                        iri(NS + "kind"),
                        NodeFactory.createLiteralString(h.kind().label())));
                int c = 0;
                for (Candidate cand : res.review()) {
                    Node cn = NodeFactory.createURI(graph + "#review-" + r + "-" + (++c));
                    out.add(Triple.create(item, iri(NS + "candidate"), cn));
                    out.add(Triple.create(
                            cn, iri(NS + "authority"), iri(cand.authority().iri())));
                    out.add(Triple.create(cn, iri(NS + "score"), dbl(cand.score())));
                    out.add(Triple.create(
                            cn,
                            iri(NS + "label"),
                            NodeFactory.createLiteralString(cand.authority().label())));
                }
            }
        }
        return out;
    }

    @Override
    public void deleted(String sourceId, String recordId, GraphStore.Batch batch) {
        if (sourceId.equals(LINKS_SOURCE)) return;
        String iri = authorityOfRecord.remove(key(sourceId, recordId));
        if (iri != null) {
            remember(iri);
            index.remove(iri);
        }
        batch.delete(LINKS_SOURCE, sourceId + "/" + recordId);
    }

    private void remember(String iri) {
        if (!undo.containsKey(iri)) undo.put(iri, index.get(iri).orElse(null));
    }

    @Override
    public void committed() {
        undo.clear();
    }

    @Override
    public void abandoned() {
        for (Map.Entry<String, Authority> e : undo.entrySet()) {
            if (e.getValue() == null) index.remove(e.getKey());
            else index.put(e.getValue());
        }
        undo.clear();
    }

    private static String key(String sourceId, String recordId) {
        return sourceId + "\u0000" + recordId;
    }

    static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node dbl(double d) {
        return NodeFactory.createLiteralDT(Double.toString(d), XSDDatatype.XSDdouble);
    }

    private static String digest(List<Triple> triples) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Triple t : triples) md.update((t.toString() + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
