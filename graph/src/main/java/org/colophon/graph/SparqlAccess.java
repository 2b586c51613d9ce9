package org.colophon.graph;

import java.net.URI;
import java.util.Objects;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * How a SPARQL server in front of a {@link GraphStore} reaches the data ({@link GraphStore#access()}). The embedded
 * store hands over its dataset to be served in this process; a remote store names the endpoints that requests are
 * forwarded to. Records are read and written through {@link GraphStore} itself; this is only for serving the SPARQL
 * protocols (query, update, Graph Store Protocol) over HTTP.
 */
public sealed interface SparqlAccess {

    /**
     * Embedded only: the store's own dataset, with the union of the named graphs as the default graph for queries
     * (set in its context). Writes made through it bypass the metadata graph; use {@link GraphStore#batch()} for
     * record graphs.
     */
    record Embedded(DatasetGraph dataset) implements SparqlAccess {
        public Embedded {
            Objects.requireNonNull(dataset, "dataset");
        }
    }

    /**
     * A remote SPARQL 1.1 store: its query, update and Graph Store Protocol endpoints, and the {@code Authorization}
     * header value to send with requests ({@code null} for none). {@link #toString()} does not show the credentials.
     */
    record Remote(URI query, URI update, URI data, String authorization) implements SparqlAccess {
        public Remote {
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(update, "update");
            Objects.requireNonNull(data, "data");
        }

        @Override
        public String toString() {
            return "Remote[query=" + query + ", update=" + update + ", data=" + data
                    + (authorization == null ? "" : ", with credentials") + "]";
        }
    }
}
