package org.colophon.endpoint.internal;

import org.apache.jena.shared.PrefixMapping;
import org.colophon.discovery.DiscoveryIndex;
import org.colophon.endpoint.EndpointConfig;
import org.colophon.graph.GraphStore;
import org.colophon.vocab.Prefixes;

/**
 * What every page and filter of one server shares: the store, the base IRI records were minted under, the settings,
 * the metrics, the prefixes used for display and JSON-LD, and the search index ({@code null} when there is none).
 */
public record Site(
        GraphStore store,
        String base,
        EndpointConfig config,
        Metrics metrics,
        PrefixMapping prefixes,
        DiscoveryIndex search) {

    public static Site of(GraphStore store, String base, EndpointConfig config, DiscoveryIndex search) {
        PrefixMapping pm = Prefixes.newMapping();
        pm.setNsPrefix("colophon", org.colophon.graph.ColophonMeta.NS);
        return new Site(store, base, config, new Metrics(), pm.lock(), search);
    }

    /** The IRI a local path ({@code /bnu/123}) stands for. */
    public String iriFor(String path) {
        return base + path.substring(1);
    }

    /** The local path of an IRI under the base, or {@code null} for an IRI elsewhere. */
    public String pathOf(String iri) {
        return iri.startsWith(base) && iri.length() > base.length() ? "/" + iri.substring(base.length()) : null;
    }
}
