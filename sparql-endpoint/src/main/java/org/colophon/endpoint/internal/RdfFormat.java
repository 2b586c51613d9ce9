package org.colophon.endpoint.internal;

import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.RDFFormat;

/** The representations a resource is offered in, with their media type and file extension. */
public enum RdfFormat {
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    HTML("text/html", "html", null),
    JSONLD("application/ld+json", "jsonld", null),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES_UTF8),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PLAIN);

    public final String mediaType;
    public final String extension;
    /** Jena's writer format; null for HTML and JSON-LD, which are written here. */
    public final RDFFormat jena;

    RdfFormat(String mediaType, String extension, RDFFormat jena) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.jena = jena;
    }

    /** The format a file extension (without dot) names, or null. */
    public static RdfFormat byExtension(String ext) {
        for (RdfFormat f : values()) {
            if (f.extension.equals(ext)) {
                return f;
            }
        }
        return null;
    }

    /**
     * The offered format the Accept header prefers (highest q, then the order of {@code offers}); the first offer
     * when the header is absent or accepts anything; null when it accepts none of them.
     */
    public static RdfFormat negotiate(String accept, List<RdfFormat> offers) {
        if (accept == null || accept.isBlank()) {
            return offers.get(0);
        }
        RdfFormat best = null;
        double bestQ = 0;
        for (RdfFormat offer : offers) {
            double q = quality(accept, offer.mediaType);
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return best;
    }

    /** The q an Accept header gives a media type: the most specific matching range wins. */
    static double quality(String accept, String mediaType) {
        String type = mediaType.substring(0, mediaType.indexOf('/'));
        double q = 0;
        int specificity = -1;
        for (String range : accept.split(",")) {
            String[] parts = range.trim().split(";");
            String r = parts[0].trim().toLowerCase(Locale.ROOT);
            int s = r.equals(mediaType) ? 2 : r.equals(type + "/*") ? 1 : r.equals("*/*") ? 0 : -1;
            if (s < 0 || s < specificity) {
                continue;
            }
            double rq = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        rq = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        rq = 0;
                    }
                }
            }
            if (s > specificity || rq > q) {
                q = rq;
            }
            specificity = s;
        }
        return q;
    }
}
