package org.colophon.endpoint.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.RDFWriter;
import org.colophon.graph.ColophonMeta;

/**
 * Dereferences the IRIs minted under the base: {@code GET /{source}/{id}} serves the record document ({@code
 * {base}{source}/{id}}, whose {@code #Work}, {@code #Instance}, … entities it describes) as Turtle, JSON-LD, N-Triples,
 * RDF/XML or HTML, chosen by Accept or by an extension ({@code .ttl}, {@code .jsonld}, {@code .nt}, {@code .rdf},
 * {@code .html}). Anything else is 404.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final List<RdfFormat> OFFERS = List.of(RdfFormat.values());

    private final transient Site site;

    LinkedDataServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        RdfFormat format = null;
        Optional<RecordDocument> doc = load(path);
        if (doc.isEmpty()) {
            int dot = path.lastIndexOf('.');
            if (dot > path.lastIndexOf('/')) {
                format = RdfFormat.byExtension(path.substring(dot + 1));
                if (format != null) {
                    doc = load(path.substring(0, dot));
                }
            }
        }
        if (doc.isEmpty()) {
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            Responses.body(resp, "text/html", NotFoundPage.html(site, site.iriFor(path)));
            return;
        }
        resp.setHeader("Vary", "Accept");
        if (format == null) {
            format = RdfFormat.negotiate(req.getHeader("Accept"), OFFERS);
            if (format == null) {
                Responses.text(
                        resp,
                        HttpServletResponse.SC_NOT_ACCEPTABLE,
                        "Offered: text/turtle, text/html, "
                                + "application/ld+json, application/n-triples, application/rdf+xml");
                return;
            }
        }
        write(doc.get(), format, resp);
    }

    private Optional<RecordDocument> load(String path) {
        if (path.length() < 2 || path.equals("/favicon.ico")) {
            return Optional.empty();
        }
        String iri = site.iriFor(path);
        return site.store().recordDocument(iri).map(g -> new RecordDocument(iri, g));
    }

    private void write(RecordDocument doc, RdfFormat format, HttpServletResponse resp) throws IOException {
        String contextUrl = site.base() + "context.jsonld";
        switch (format) {
            case HTML -> Responses.body(resp, format.mediaType, ResourcePage.html(site, doc));
            case JSONLD -> {
                resp.setHeader("Link", "<" + contextUrl + ">; rel=\"http://www.w3.org/ns/json-ld#context\"");
                Responses.body(resp, format.mediaType, JsonLd.write(doc.graph(), site.prefixes(), contextUrl));
            }
            default -> {
                doc.graph().getPrefixMapping().setNsPrefixes(site.prefixes());
                doc.graph().getPrefixMapping().setNsPrefix("colophon", ColophonMeta.NS);
                Responses.body(
                        resp,
                        format.mediaType,
                        RDFWriter.source(doc.graph()).format(format.jena).asString());
            }
        }
    }
}
