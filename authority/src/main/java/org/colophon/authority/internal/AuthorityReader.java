package org.colophon.authority.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.colophon.authority.Authority;
import org.colophon.authority.Identifiers;
import org.colophon.authority.Kind;

/** Reads the {@code record#Authority} node of an authority record's triples into an {@link Authority}. */
public final class AuthorityReader {
    private AuthorityReader() {}

    public static final String MADS = org.colophon.vocab.MADS.NS;
    static final String BF = org.colophon.vocab.BF.NS;
    static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    static final String RDF_VALUE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#value";
    static final String SAME_AS = "http://www.w3.org/2002/07/owl#sameAs";
    public static final String AUTHORITATIVE_LABEL = MADS + "authoritativeLabel";

    /** Whether a record's triples are an authority record's: they name {@code graph#Authority} with a heading. */
    public static boolean isAuthority(String graph, List<Triple> triples) {
        String a = graph + "#Authority";
        for (Triple t : triples) {
            if (t.getPredicate().getURI().equals(AUTHORITATIVE_LABEL)
                    && t.getSubject().isURI()
                    && t.getSubject().getURI().equals(a)) return true;
        }
        return false;
    }

    /** The authority a record's triples describe, if they describe one. */
    public static Optional<Authority> read(String graph, Iterable<Triple> triples) {
        String iri = graph + "#Authority";
        Map<Node, List<Triple>> bySubject = new HashMap<>();
        for (Triple t : triples)
            bySubject.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t);
        List<Triple> own = null;
        for (Map.Entry<Node, List<Triple>> e : bySubject.entrySet()) {
            if (e.getKey().isURI() && e.getKey().getURI().equals(iri)) own = e.getValue();
        }
        if (own == null) return Optional.empty();
        String label = null;
        Kind kind = null;
        boolean complex = false;
        List<Authority.Variant> variants = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        String dates = "";
        List<String> notes = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Triple t : own) {
            String p = t.getPredicate().getURI();
            Node o = t.getObject();
            switch (p) {
                case AUTHORITATIVE_LABEL -> {
                    if (!o.isLiteral()) continue;
                    if (o.getLiteralLanguage().isEmpty()
                            || o.getLiteralLanguage().contains("-Latn")) {
                        if (label != null) variants.add(new Authority.Variant(label, ""));
                        label = lex(o);
                    } else {
                        // the heading in another script (its 880 partner) is a form to match as well
                        variants.add(new Authority.Variant(lex(o), o.getLiteralLanguage()));
                    }
                }
                case RDF_TYPE -> {
                    if (o.isURI()) {
                        Kind k = Kind.ofClass(o.getURI());
                        if (k != null && k != Kind.COMPLEX) kind = k;
                        if (o.getURI().equals(MADS + "ComplexSubject")) complex = true;
                    }
                }
                case MADS + "hasVariant" -> {
                    for (Triple v : bySubject.getOrDefault(o, List.of())) {
                        if (v.getPredicate().getURI().equals(MADS + "variantLabel")
                                && v.getObject().isLiteral()) {
                            variants.add(new Authority.Variant(
                                    lex(v.getObject()), v.getObject().getLiteralLanguage()));
                        }
                    }
                }
                case BF + "identifiedBy" -> {
                    String type = null;
                    String value = null;
                    for (Triple v : bySubject.getOrDefault(o, List.of())) {
                        if (v.getPredicate().getURI().equals(RDF_VALUE)) value = lex(v.getObject());
                        if (v.getPredicate().getURI().equals(RDF_TYPE))
                            type = v.getObject().getURI();
                    }
                    if (value == null) continue;
                    String key = (BF + "Lccn").equals(type) ? Identifiers.lccn(value) : Identifiers.key(value);
                    if ((BF + "Isni").equals(type)) key = "isni:" + value.replace(" ", "");
                    if (key != null) ids.add(key);
                }
                case SAME_AS -> {
                    if (o.isURI()) {
                        String key = Identifiers.key(o.getURI());
                        if (key != null) ids.add(key);
                    }
                }
                case BF + "date" -> dates = lex(o);
                case MADS + "occupation", MADS + "fieldOfActivity", MADS + "note" -> notes.add(lex(o));
                case MADS + "hasSource" -> {
                    for (Triple v : bySubject.getOrDefault(o, List.of())) {
                        if (v.getPredicate().getURI().equals(MADS + "citationSource")) sources.add(lex(v.getObject()));
                    }
                }
                default -> {}
            }
        }
        if (label == null && !variants.isEmpty()) label = variants.remove(0).label();
        if (label == null) return Optional.empty();
        if (complex) kind = Kind.COMPLEX;
        if (kind == null) kind = Kind.TOPIC;
        variants.sort(java.util.Comparator.comparing(Authority.Variant::label).thenComparing(Authority.Variant::lang));
        return Optional.of(new Authority(iri, graph, kind, label, variants, ids, dates, notes, sources));
    }

    private static String lex(Node o) {
        return o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : "";
    }
}
