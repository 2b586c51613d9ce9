package org.colophon.endpoint.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;

/** Writes a small description graph (VoID, service description) in the RDF format the client asks for. */
final class RdfResponse {
    private RdfResponse() {}

    private static final List<RdfFormat> OFFERS =
            List.of(RdfFormat.TURTLE, RdfFormat.JSONLD, RdfFormat.NTRIPLES, RdfFormat.RDFXML);

    static void write(Site site, HttpServletRequest req, HttpServletResponse resp, Graph graph) throws IOException {
        RdfFormat f = RdfFormat.negotiate(req.getHeader("Accept"), OFFERS);
        if (f == null) {
            f = RdfFormat.TURTLE;
        }
        resp.setHeader("Vary", "Accept");
        if (f == RdfFormat.JSONLD) {
            Responses.body(resp, f.mediaType, JsonLd.write(graph, site.prefixes(), site.base() + "context.jsonld"));
            return;
        }
        graph.getPrefixMapping().setNsPrefixes(site.prefixes());
        Responses.body(resp, f.mediaType, RDFWriter.source(graph).format(f.jena).asString());
    }
}
