package org.colophon.transform.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * An authority described in RDF — the GND ontology (lobid, DNB), MADS/RDF (id.loc.gov) or SKOS — mapped to the same
 * {@code record#Authority} shape the MARC 21 authority rules make, so linking and reconciliation treat both alike.
 * A small mapper rather than rules: the rule language reads MARC fields, not graphs. One authority per file; the
 * record id is the GND number, else the last segment of the authority's IRI.
 */
public final class RdfAuthorityMapper {
    private RdfAuthorityMapper() {}

    /** What the mapper version is; stamped on every record it maps. */
    public static final String VERSION = "rdf-authority-1";

    static final String GNDO = "https://d-nb.info/standards/elementset/gnd#";
    static final String MADS = org.colophon.vocab.MADS.NS;
    static final String SKOS = org.apache.jena.vocabulary.SKOS.uri;
    static final String BF = org.colophon.vocab.BF.NS;
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs";

    /** The mapped record: its id and its triples. */
    public record Mapped(String recordId, List<Triple> triples) {}

    /** GND name properties by what they name: {@code preferredNameForThePerson} → Person. */
    private static final Map<String, String[]> GND_KINDS = new LinkedHashMap<>();

    static {
        GND_KINDS.put("ThePerson", new String[] {"PersonalName", "Person"});
        GND_KINDS.put("TheFamily", new String[] {"FamilyName", "Family"});
        GND_KINDS.put("TheCorporateBody", new String[] {"CorporateName", "Organization"});
        GND_KINDS.put("TheConferenceOrEvent", new String[] {"ConferenceName", "Meeting"});
        GND_KINDS.put("TheSubjectHeading", new String[] {"Topic", "Topic"});
        GND_KINDS.put("ThePlaceOrGeographicName", new String[] {"Geographic", "Place"});
        GND_KINDS.put("TheWork", new String[] {"Title", "Work"});
    }

    private static final Map<String, String> MADS_KINDS = Map.of(
            "PersonalName", "Person",
            "FamilyName", "Family",
            "CorporateName", "Organization",
            "ConferenceName", "Meeting",
            "Title", "Work",
            "NameTitle", "Work",
            "Topic", "Topic",
            "Geographic", "Place",
            "Temporal", "Temporal",
            "GenreForm", "GenreForm");

    /**
     * Maps the authority a file describes.
     *
     * @param recordIri the record IRI for a record id
     * @throws IllegalArgumentException when the file is not RDF, or holds no authority or several
     */
    public static Mapped map(byte[] raw, String fileName, Function<String, String> recordIri) {
        Graph g = GraphFactory.createDefaultGraph();
        String n = fileName.toLowerCase(Locale.ROOT).replaceFirst("[#@].*$", "").replaceFirst("\\.gz$", "");
        Lang lang = n.endsWith(".ttl") ? Lang.TURTLE : n.endsWith(".nt") ? Lang.NTRIPLES : Lang.RDFXML;
        try {
            RDFParser.source(new ByteArrayInputStream(raw))
                    .lang(lang)
                    .base("urn:colophon:file/")
                    .parse(g);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not " + lang.getLabel() + ": " + e.getMessage(), e);
        }
        Map<Node, String[]> found = new LinkedHashMap<>();
        g.find().forEachRemaining(t -> {
            if (!t.getSubject().isURI()) return;
            String p = t.getPredicate().getURI();
            String[] kind = null;
            if (p.startsWith(GNDO + "preferredNameFor"))
                kind = GND_KINDS.get(p.substring((GNDO + "preferredNameFor").length()));
            else if (p.equals(MADS + "authoritativeLabel")) kind = madsKind(g, t.getSubject());
            else if (p.equals(SKOS + "prefLabel")) kind = new String[] {"Topic", "Topic"};
            if (kind != null) found.putIfAbsent(t.getSubject(), kind);
        });
        if (found.isEmpty())
            throw new IllegalArgumentException(
                    "describes no authority (no GND preferred name, MADS authoritativeLabel or SKOS prefLabel)");
        if (found.size() > 1) {
            throw new IllegalArgumentException("describes " + found.size() + " authorities ("
                    + found.keySet().iterator().next().getURI() + ", …); give one authority per file");
        }
        Node s = found.keySet().iterator().next();
        String[] kind = found.get(s);
        String id = first(g, s, GNDO + "gndIdentifier");
        if (id == null) {
            String iri = s.getURI().replaceFirst("[/#]+$", "");
            id = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
        }
        Node a = NodeFactory.createURI(recordIri.apply(id) + "#Authority");
        List<Triple> out = new ArrayList<>();
        add(out, a, RDF + "type", iri(MADS + "Authority"));
        add(out, a, RDF + "type", iri(MADS + kind[0]));
        add(out, a, RDF + "type", iri(BF + kind[1]));
        add(out, a, OWL_SAME_AS, s);
        Set<Node> labels = new LinkedHashSet<>();
        Set<Node> variants = new LinkedHashSet<>();
        g.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
            String p = t.getPredicate().getURI();
            Node o = t.getObject();
            if (p.startsWith(GNDO + "preferredNameFor")
                    || p.equals(MADS + "authoritativeLabel")
                    || p.equals(SKOS + "prefLabel")) {
                if (o.isLiteral()) labels.add(o);
            } else if (p.startsWith(GNDO + "variantNameFor") || p.equals(SKOS + "altLabel")) {
                if (o.isLiteral()) variants.add(o);
            } else if (p.equals(MADS + "hasVariant")) {
                g.find(o, iri(MADS + "variantLabel"), Node.ANY).forEachRemaining(v -> variants.add(v.getObject()));
            } else if ((p.equals(OWL_SAME_AS) || p.equals(SKOS + "exactMatch")) && o.isURI()) {
                add(out, a, OWL_SAME_AS, o);
            } else if (p.equals(GNDO + "biographicalOrHistoricalInformation") && o.isLiteral()) {
                add(out, a, MADS + "note", o);
            } else if (p.equals(GNDO + "dateOfBirth") && o.isLiteral()) {
                add(out, a, MADS + "birthDate", o);
            } else if (p.equals(GNDO + "dateOfDeath") && o.isLiteral()) {
                add(out, a, MADS + "deathDate", o);
            }
        });
        for (Node l : labels) add(out, a, MADS + "authoritativeLabel", l);
        int i = 0;
        for (Node v : variants) {
            Node vn = NodeFactory.createURI(recordIri.apply(id) + "#Variant" + (++i));
            add(out, a, MADS + "hasVariant", vn);
            add(out, vn, RDF + "type", iri(MADS + "Variant"));
            add(out, vn, MADS + "variantLabel", v);
        }
        String born = year(first(g, s, GNDO + "dateOfBirth"));
        String died = year(first(g, s, GNDO + "dateOfDeath"));
        if (born != null || died != null) {
            add(
                    out,
                    a,
                    BF + "date",
                    NodeFactory.createLiteralString((born == null ? "" : born) + "-" + (died == null ? "" : died)));
        }
        String gnd = first(g, s, GNDO + "gndIdentifier");
        if (gnd != null) {
            Node idn = NodeFactory.createURI(recordIri.apply(id) + "#Identifier1");
            add(out, a, BF + "identifiedBy", idn);
            add(out, idn, RDF + "type", iri(BF + "Identifier"));
            add(out, idn, RDF + "value", NodeFactory.createLiteralString("(DE-588)" + gnd));
            add(out, idn, BF + "source", NodeFactory.createLiteralString("gnd"));
        }
        return new Mapped(id, out);
    }

    private static String[] madsKind(Graph g, Node s) {
        for (Triple t : g.find(s, iri(RDF + "type"), Node.ANY).toList()) {
            if (t.getObject().isURI() && t.getObject().getURI().startsWith(MADS)) {
                String k = MADS_KINDS.get(t.getObject().getURI().substring(MADS.length()));
                if (k != null) return new String[] {t.getObject().getURI().substring(MADS.length()), k};
            }
        }
        return new String[] {"Topic", "Topic"};
    }

    private static String first(Graph g, Node s, String p) {
        var it = g.find(s, iri(p), Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral()) return o.getLiteralLexicalForm();
            }
            return null;
        } finally {
            it.close();
        }
    }

    private static String year(String date) {
        if (date == null) return null;
        var m = java.util.regex.Pattern.compile("-?[0-9]{3,4}").matcher(date);
        return m.find() ? m.group() : null;
    }

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    private static void add(List<Triple> out, Node s, String p, Node o) {
        Triple t = Triple.create(s, iri(p), o);
        if (!out.contains(t)) out.add(t);
    }
}
