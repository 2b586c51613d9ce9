package org.colophon.config;

import java.net.URI;
import java.util.Objects;

/**
 * The {@code store:} key of {@code colophon.yaml}: a remote SPARQL 1.1 store instead of the embedded TDB2 store in
 * {@code data/tdb2}. Either the dataset URL alone, or a mapping naming the endpoints and a token:
 *
 * <pre>
 * store: http://127.0.0.1:3030/colophon
 * store:
 *   url: http://127.0.0.1:3030/colophon      # user:password@ in it is sent as HTTP Basic
 *   query: http://127.0.0.1:3030/colophon/query   # default {url}/sparql
 *   update: http://127.0.0.1:3030/colophon/update # default {url}/update
 *   data: http://127.0.0.1:3030/colophon/data     # default {url}/data
 *   token: s3cret                             # sent as a bearer token
 * </pre>
 *
 * @param url the dataset URL
 * @param query the query endpoint, or {@code null} for the default
 * @param update the update endpoint, or {@code null} for the default
 * @param data the Graph Store Protocol endpoint, or {@code null} for the default
 * @param token a bearer token for the store, or {@code null}
 */
public record StoreConfig(URI url, URI query, URI update, URI data, String token) {

    public StoreConfig {
        Objects.requireNonNull(url, "url");
    }

    /** The dataset URL alone. */
    public static StoreConfig of(URI url) {
        return new StoreConfig(url, null, null, null, null);
    }

    /** Without credentials: the URL's user info and the token are left out. */
    @Override
    public String toString() {
        String u =
                url.getRawUserInfo() == null ? url.toString() : url.toString().replace(url.getRawUserInfo() + "@", "");
        return "StoreConfig[" + u + (query == null ? "" : ", query=" + query)
                + (update == null ? "" : ", update=" + update) + (data == null ? "" : ", data=" + data)
                + (token == null ? "" : ", with a token") + "]";
    }
}
