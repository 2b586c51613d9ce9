package org.colophon.endpoint.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes a graph as flattened JSON-LD 1.1 whose {@code @context} is the published context at {@code
 * {base}context.jsonld}: one node object per subject, properties as compact IRIs ({@code bf:title}), literals with
 * {@code @language} or {@code @type}.
 */
public final class JsonLd {

    private JsonLd() {}

    /** The context document: the site's prefixes as JSON-LD term definitions. */
    public static String context(PrefixMapping prefixes) {
        JsonObject terms = new JsonObject();
        prefixes.getNsPrefixMap().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> terms.put(e.getKey(), e.getValue()));
        JsonObject doc = new JsonObject();
        doc.put("@context", terms);
        return JSON.toString(doc);
    }

    public static String write(Graph graph, PrefixMapping prefixes, String contextUrl) {
        Map<Node, JsonObject> nodes = new LinkedHashMap<>();
        List<Triple> triples = new ArrayList<>(graph.find().toList());
        triples.sort(Comparator.comparing((Triple t) -> t.getSubject().toString())
                .thenComparing(t -> t.getPredicate().getURI())
                .thenComparing(t -> t.getObject().toString()));
        for (Triple t : triples) {
            JsonObject node = nodes.computeIfAbsent(t.getSubject(), s -> {
                JsonObject o = new JsonObject();
                o.put("@id", id(s, prefixes));
                return o;
            });
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
                array(node, "@type").add(compact(t.getObject().getURI(), prefixes));
            } else {
                array(node, compact(t.getPredicate().getURI(), prefixes)).add(value(t.getObject(), prefixes));
            }
        }
        JsonArray all = new JsonArray();
        nodes.values().forEach(all::add);
        JsonObject doc = new JsonObject();
        doc.put("@context", contextUrl);
        doc.put("@graph", all);
        return JSON.toString(doc);
    }

    private static JsonArray array(JsonObject node, String key) {
        if (!node.hasKey(key)) {
            node.put(key, new JsonArray());
        }
        return node.get(key).getAsArray();
    }

    private static JsonObject value(Node o, PrefixMapping prefixes) {
        JsonObject v = new JsonObject();
        if (!o.isLiteral()) {
            v.put("@id", id(o, prefixes));
        } else {
            v.put("@value", o.getLiteralLexicalForm());
            if (!o.getLiteralLanguage().isEmpty()) {
                v.put("@language", o.getLiteralLanguage());
            } else if (!o.getLiteralDatatypeURI().equals("http://www.w3.org/2001/XMLSchema#string")) {
                v.put("@type", compact(o.getLiteralDatatypeURI(), prefixes));
            }
        }
        return v;
    }

    private static String id(Node n, PrefixMapping prefixes) {
        return n.isBlank() ? "_:b" + n.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", "") : n.getURI();
    }

    /** {@code bf:title} for an IRI in a known namespace with a simple local name, else the full IRI. */
    private static String compact(String iri, PrefixMapping prefixes) {
        String c = prefixes.shortForm(iri);
        if (c.equals(iri)) {
            return iri;
        }
        String local = c.substring(c.indexOf(':') + 1);
        return local.matches("[A-Za-z_][A-Za-z0-9_.-]*") ? c : iri;
    }
}
