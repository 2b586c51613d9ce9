package org.colophon.endpoint.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/** The SPARQL 1.1 Service Description served at {@code /sparql} when no query is given. */
final class ServiceDescription {
    private ServiceDescription() {}

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    static void serve(Site site, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Model m = ModelFactory.createDefaultModel();
        String endpoint = site.base() + "sparql";
        Resource service = m.createResource(endpoint + "#service")
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), m.createResource(endpoint))
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "BasicFederatedQuery"));
        for (String f : new String[] {
            "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
            "Turtle", "N-Triples", "JSON-LD", "RDF_XML"
        }) {
            service.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(FORMATS + f));
        }
        Resource dataset = m.createResource()
                .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(
                        m.createProperty(SD, "defaultGraph"),
                        m.createResource()
                                .addProperty(RDF.type, m.createResource(SD + "Graph"))
                                .addProperty(
                                        m.createProperty("http://www.w3.org/2000/01/rdf-schema#", "seeAlso"),
                                        m.createResource(site.base() + "void")));
        service.addProperty(m.createProperty(SD, "defaultDataset"), dataset);
        RdfResponse.write(site, req, resp, m.getGraph());
    }
}
