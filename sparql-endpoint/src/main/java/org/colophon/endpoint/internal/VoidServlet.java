package org.colophon.endpoint.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.colophon.graph.ColophonMeta;
import org.colophon.graph.QueryResult;
import org.colophon.graph.StoreStats;

/**
 * {@code /void}: a VoID description of the dataset — triples, entities, records and named graphs, one subset per
 * library, the SPARQL endpoint, the URI space and example resources.
 */
final class VoidServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final Duration LIMIT = Duration.ofSeconds(20);

    private final transient Site site;

    VoidServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        StoreStats stats = site.store().stats();
        Map<String, Long> entities = perSource("(COUNT(DISTINCT ?s) AS ?v)", "?s ?p ?o . FILTER(isIRI(?s))");
        Map<String, Node> examples = perSourceNode();

        Model m = ModelFactory.createDefaultModel();
        Resource ds = m.createResource(site.base() + "void#dataset")
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(DCTerms.title, site.config().title())
                .addProperty(p(m, "sparqlEndpoint"), m.createResource(site.base() + "sparql"))
                .addProperty(p(m, "uriSpace"), site.base())
                .addProperty(p(m, "feature"), m.createResource("http://www.w3.org/ns/formats/Turtle"))
                .addProperty(p(m, "feature"), m.createResource("http://www.w3.org/ns/formats/JSON-LD"));
        count(m, ds, "triples", stats.triples());
        count(
                m,
                ds,
                "entities",
                entities.values().stream().mapToLong(Long::longValue).sum());
        count(m, ds, "documents", stats.records());
        ds.addLiteral(
                m.createProperty(ColophonMeta.NS, "namedGraphs"),
                m.createTypedLiteral(Long.toString(stats.graphs()), XSDDatatype.XSDinteger));
        if (stats.lastImport() != null) {
            ds.addProperty(
                    DCTerms.modified, m.createTypedLiteral(stats.lastImport().toString(), XSDDatatype.XSDdateTime));
        }
        stats.catalogue().forEach((source, s) -> {
            Resource sub = m.createResource(site.base() + "void#source-" + source)
                    .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                    .addProperty(DCTerms.source, source)
                    .addProperty(p(m, "sparqlEndpoint"), m.createResource(site.base() + "sparql"));
            count(m, sub, "triples", s.triples());
            count(m, sub, "documents", s.records());
            count(m, sub, "entities", entities.getOrDefault(source, 0L));
            Node ex = examples.get(source);
            if (ex != null) {
                Resource r = m.createResource(ex.getURI());
                sub.addProperty(p(m, "exampleResource"), r);
                ds.addProperty(p(m, "exampleResource"), r);
            }
            ds.addProperty(p(m, "subset"), sub);
        });
        RdfResponse.write(site, req, resp, m.getGraph());
    }

    private static Property p(Model m, String local) {
        return m.createProperty(VOID, local);
    }

    private static void count(Model m, Resource r, String local, long n) {
        r.addLiteral(p(m, local), m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger));
    }

    /** One number per source, computed over the record graphs of that source. */
    private Map<String, Long> perSource(String projection, String pattern) {
        String q = "PREFIX colophon: <" + ColophonMeta.NS + ">\nSELECT ?src " + projection + " WHERE { GRAPH <"
                + ColophonMeta.META_GRAPH + "> { ?g colophon:sourceId ?src } GRAPH ?g { " + pattern
                + " } } GROUP BY ?src";
        Map<String, Long> out = new TreeMap<>();
        if (site.store().query(q, LIMIT) instanceof QueryResult.Select s) {
            s.rows()
                    .forEach(row -> out.put(
                            row.get(Var.alloc("src")).getLiteralLexicalForm(),
                            ((Number) row.get(Var.alloc("v")).getLiteralValue()).longValue()));
        }
        return out;
    }

    /** One record IRI per source, as an example resource. */
    private Map<String, Node> perSourceNode() {
        String q = "PREFIX colophon: <" + ColophonMeta.NS + ">\nSELECT ?src (MIN(STR(?g)) AS ?v) WHERE { GRAPH <"
                + ColophonMeta.META_GRAPH + "> { ?g colophon:sourceId ?src } } GROUP BY ?src";
        Map<String, Node> out = new TreeMap<>();
        if (site.store().query(q, LIMIT) instanceof QueryResult.Select s) {
            s.rows()
                    .forEach(row -> out.put(
                            row.get(Var.alloc("src")).getLiteralLexicalForm(),
                            org.apache.jena.graph.NodeFactory.createURI(
                                    row.get(Var.alloc("v")).getLiteralLexicalForm())));
        }
        return out;
    }
}
