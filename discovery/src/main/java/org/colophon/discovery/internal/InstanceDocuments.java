package org.colophon.discovery.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.colophon.discovery.Facets;
import org.colophon.discovery.Hit;
import org.colophon.vocab.BF;
import org.colophon.vocab.BFLC;
import org.colophon.vocab.CodeTable;
import org.colophon.vocab.CodeTables;

/** Reads the documents of one record: one per {@code bf:Instance} in its BIBFRAME triples. */
public final class InstanceDocuments {
    private static final Node RDFS_LABEL = org.apache.jena.vocabulary.RDFS.Nodes.label;
    private static final Node RDF_VALUE = org.apache.jena.vocabulary.RDF.Nodes.value;
    private static final Pattern YEAR = Pattern.compile("(1[0-9]{3}|20[0-9]{2})");
    private static final CodeTable LANGUAGES = CodeTables.get("languages");

    private InstanceDocuments() {}

    private static Node bf(String local) {
        return NodeFactory.createURI(BF.NS + local);
    }

    private static Node bflc(String local) {
        return NodeFactory.createURI(BFLC.NS + local);
    }

    public static List<InstanceDoc> of(
            String graph, String source, String recordId, String checksum, List<Triple> triples) {
        RecordGraph g = new RecordGraph(triples);
        List<InstanceDoc> docs = new ArrayList<>();
        for (Node instance : g.subjectsOfType(bf("Instance"))) {
            if (!instance.isURI()) continue;
            docs.add(read(g, instance, graph, source, recordId, checksum));
        }
        return docs;
    }

    private static InstanceDoc read(
            RecordGraph g, Node instance, String graph, String source, String recordId, String checksum) {
        List<Node> works = g.objects(instance, bf("instanceOf"));
        Map<String, List<String>> facets = new LinkedHashMap<>();
        facets.put(Facets.LIBRARY, List.of(source));

        // titles: the Instance's own, else its Work's
        List<Node> titleNodes = new ArrayList<>(g.objects(instance, bf("title")));
        if (titleNodes.isEmpty()) for (Node w : works) titleNodes.addAll(g.objects(w, bf("title")));
        List<Hit.Text> titles = new ArrayList<>();
        Set<String> titleTexts = new LinkedHashSet<>();
        for (Node t : titleNodes) {
            boolean variant = g.hasType(t, bf("VariantTitle"));
            List<Node> mains = g.literals(t, bf("mainTitle"));
            List<Node> subs = g.literals(t, bf("subtitle"));
            for (Node m : mains) {
                titleTexts.add(m.getLiteralLexicalForm());
                if (variant) continue;
                String display = m.getLiteralLexicalForm();
                for (Node s : subs) {
                    if (s.getLiteralLanguage().equals(m.getLiteralLanguage())) {
                        display += " : " + s.getLiteralLexicalForm();
                        break;
                    }
                }
                titles.add(new Hit.Text(display, m.getLiteralLanguage()));
            }
            for (String p : List.of("subtitle", "partName", "partNumber"))
                for (Node v : g.literals(t, bf(p))) titleTexts.add(v.getLiteralLexicalForm());
        }

        List<String> contributors = new ArrayList<>();
        Set<String> contributorTexts = new LinkedHashSet<>();
        List<String> subjects = new ArrayList<>();
        Set<String> other = new LinkedHashSet<>();
        List<String> types = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (Node w : works) {
            for (Node agent : g.path(w, bf("contribution"), bf("agent"))) {
                List<Node> labels = g.literals(agent, RDFS_LABEL);
                if (labels.isEmpty()) continue;
                for (Node l : labels) contributorTexts.add(l.getLiteralLexicalForm());
                contributors.add(preferred(labels));
            }
            for (Node s : g.objects(w, bf("subject"))) {
                List<Node> labels = g.literals(s, RDFS_LABEL);
                if (labels.isEmpty())
                    labels = g.literals(s, NodeFactory.createURI(org.colophon.vocab.MADS.NS + "authoritativeLabel"));
                for (Node l : labels) {
                    String v = l.getLiteralLexicalForm();
                    if (!subjects.contains(v)) subjects.add(v);
                }
            }
            for (Node gf : g.objects(w, bf("genreForm")))
                for (Node l : g.literals(gf, RDFS_LABEL)) other.add(l.getLiteralLexicalForm());
            for (Node t : g.objects(w, RecordGraph.RDF_TYPE)) addType(t, types);
            for (Node l : g.objects(w, bf("language"))) {
                if (!l.isURI()) continue;
                String code = l.getURI().substring(l.getURI().lastIndexOf('/') + 1);
                String label =
                        LANGUAGES.lookup(code).flatMap(e -> e.label("en")).orElse(code);
                if (!languages.contains(label)) languages.add(label);
            }
            for (Node c : g.objects(w, bf("classification"))) classes.addAll(topClasses(g, c));
        }
        for (Node t : g.objects(instance, RecordGraph.RDF_TYPE)) addType(t, types);

        List<String> publishers = new ArrayList<>();
        String date = null;
        for (Node pa : g.objects(instance, bf("provisionActivity"))) {
            for (Node a : g.literals(pa, bflc("simpleAgent"))) publishers.add(a.getLiteralLexicalForm());
            for (Node a : g.path(pa, bf("agent"), RDFS_LABEL))
                if (a.isLiteral()) publishers.add(a.getLiteralLexicalForm());
            for (Node p : g.literals(pa, bflc("simplePlace"))) other.add(p.getLiteralLexicalForm());
            if (date == null) {
                List<Node> d = g.literals(pa, bflc("simpleDate"));
                if (d.isEmpty()) d = g.literals(pa, bf("date"));
                if (!d.isEmpty()) date = d.get(0).getLiteralLexicalForm();
            }
        }
        other.addAll(publishers);
        for (String p :
                List.of("responsibilityStatement", "editionStatement", "seriesStatement", "publicationStatement"))
            for (Node v : g.literals(instance, bf(p))) other.add(v.getLiteralLexicalForm());
        for (Node n : g.path(instance, bf("note"), RDFS_LABEL)) if (n.isLiteral()) other.add(n.getLiteralLexicalForm());
        for (Node n : g.path(instance, bf("summary"), RDFS_LABEL))
            if (n.isLiteral()) other.add(n.getLiteralLexicalForm());

        Integer year = year(date);
        List<String> identifiers = new ArrayList<>();
        for (Node id : g.objects(instance, bf("identifiedBy"))) {
            for (Node v : g.literals(id, RDF_VALUE)) {
                String value = v.getLiteralLexicalForm();
                if (g.hasType(id, bf("Isbn"))) identifiers.addAll(Identifiers.isbn(value));
                else if (g.hasType(id, bf("Issn"))) identifiers.addAll(Identifiers.issn(value));
                else if (g.hasType(id, bf("Lccn"))) identifiers.add(Identifiers.compact(value));
            }
        }

        facets.put(Facets.TYPE, types);
        facets.put(Facets.LANGUAGE, languages);
        if (year != null) facets.put(Facets.DECADE, List.of((year / 10 * 10) + "s"));
        facets.put(Facets.SUBJECT, subjects);
        facets.put(Facets.CONTRIBUTOR, contributors);
        facets.put(Facets.CLASSIFICATION, classes.stream().distinct().toList());

        return new InstanceDoc(
                instance.getURI(),
                graph,
                source,
                recordId,
                checksum,
                titles,
                new ArrayList<>(titleTexts),
                contributors,
                new ArrayList<>(contributorTexts),
                subjects,
                new ArrayList<>(other),
                date,
                year,
                publishers,
                identifiers,
                facets,
                authorities(g, works));
    }

    private static final Node IDENTIFIED_BY_AUTHORITY =
            NodeFactory.createURI(org.colophon.vocab.MADS.NS + "isIdentifiedByAuthority");
    private static final Node COMPONENT_AUTHORITY =
            NodeFactory.createURI("https://w3id.org/colophon/ns#componentAuthority");

    /**
     * The authorities the works' contributors and subjects are linked to: by the authority linker (its link graph
     * comes with the record's triples) or by the record's own {@code $0}/{@code $1}.
     */
    private static List<String> authorities(RecordGraph g, List<Node> works) {
        Set<Node> headings = new LinkedHashSet<>();
        for (Node w : works) {
            headings.addAll(g.path(w, bf("contribution"), bf("agent")));
            headings.addAll(g.objects(w, bf("subject")));
        }
        Set<String> out = new LinkedHashSet<>();
        for (Node h : headings) {
            for (Node a : g.objects(h, IDENTIFIED_BY_AUTHORITY)) if (a.isURI()) out.add(a.getURI());
            for (Node a : g.objects(h, COMPONENT_AUTHORITY)) if (a.isURI()) out.add(a.getURI());
        }
        return new ArrayList<>(out);
    }

    /** The label to show for a name: the vernacular (non-Latin) form when there is one, else the first. */
    private static String preferred(List<Node> labels) {
        for (Node l : labels) {
            String lang = l.getLiteralLanguage();
            if (!lang.isEmpty() && !lang.contains("-Latn")) return l.getLiteralLexicalForm();
        }
        return labels.get(0).getLiteralLexicalForm();
    }

    private static void addType(Node t, List<String> types) {
        if (!t.isURI() || !t.getURI().startsWith(BF.NS)) return;
        String local = t.getURI().substring(BF.NS.length());
        if (local.equals("Work") || local.equals("Instance") || types.contains(local)) return;
        types.add(local);
    }

    /** The top classes of a classification node, as {@code LCC Q}, {@code DDC 500}, {@code CLC O}. */
    private static List<String> topClasses(RecordGraph g, Node c) {
        List<String> out = new ArrayList<>();
        String scheme = null;
        if (g.hasType(c, bf("ClassificationLcc"))) scheme = "LCC";
        else if (g.hasType(c, bf("ClassificationDdc"))) scheme = "DDC";
        else {
            for (Node s : g.objects(c, bf("source"))) {
                if (s.isURI() && s.getURI().endsWith("/clc")) scheme = "CLC";
                for (Node l : g.literals(s, RDFS_LABEL))
                    if (l.getLiteralLexicalForm().equalsIgnoreCase("clc")) scheme = "CLC";
            }
        }
        if (scheme == null) return out;
        for (Node p : g.literals(c, bf("classificationPortion"))) {
            String v = p.getLiteralLexicalForm().strip();
            String top =
                    switch (scheme) {
                        case "LCC" -> leadingLetters(v, 1);
                        case "CLC" -> leadingLetters(v, 1);
                        default -> v.length() >= 1 && Character.isDigit(v.charAt(0)) ? v.charAt(0) + "00" : null;
                    };
            if (top != null && !top.isEmpty()) out.add(scheme + " " + top);
        }
        return out;
    }

    private static String leadingLetters(String v, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length() && sb.length() < n; i++) {
            char ch = Character.toUpperCase(v.charAt(i));
            if (ch >= 'A' && ch <= 'Z') sb.append(ch);
            else break;
        }
        return sb.toString();
    }

    static Integer year(String date) {
        if (date == null) return null;
        Matcher m = YEAR.matcher(date);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
