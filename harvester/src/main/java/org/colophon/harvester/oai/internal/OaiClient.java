package org.colophon.harvester.oai.internal;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.colophon.config.SourceConfig;
import org.colophon.harvester.oai.HarvestException;
import org.colophon.harvester.oai.MetadataFormatInfo;
import org.colophon.harvester.oai.RepositoryInfo;
import org.colophon.harvester.oai.SetInfo;

/**
 * The six OAI-PMH verbs (five used) against one source, each response streamed through the cleaning reader. The
 * first request a client makes fails at once when the source cannot be reached or does not answer at all; later ones
 * are retried.
 */
public final class OaiClient {
    private final HttpFetcher fetcher;
    private final SourceConfig source;
    private final Consumer<String> warn;
    /** Whether a request was made yet: the first one fails at once when the source cannot be reached at all. */
    private boolean contacted;

    public OaiClient(HttpFetcher fetcher, SourceConfig source, Consumer<String> warn) {
        this.fetcher = fetcher;
        this.source = source;
        this.warn = warn;
    }

    public RepositoryInfo identify() throws InterruptedException {
        IdentifyBody body = new IdentifyBody();
        checked(request(body, "verb", "Identify"), "Identify");
        return body.info();
    }

    public List<MetadataFormatInfo> listMetadataFormats() throws InterruptedException {
        FormatsBody body = new FormatsBody();
        checked(request(body, "verb", "ListMetadataFormats"), "ListMetadataFormats");
        return body.formats();
    }

    /** All sets, following resumption tokens; an empty list when the source has no sets. */
    public List<SetInfo> listSets() throws InterruptedException {
        List<SetInfo> all = new ArrayList<>();
        String token = null;
        do {
            SetsBody body = new SetsBody();
            OaiPage p = token == null
                    ? request(body, "verb", "ListSets")
                    : request(body, "verb", "ListSets", "resumptionToken", token);
            if ("noSetHierarchy".equals(p.errorCode())) return List.of();
            checked(p, "ListSets");
            all.addAll(body.sets());
            token = p.hasMore() ? p.token() : null;
        } while (token != null);
        return all;
    }

    /** Sees a response body once it is received, before it is parsed. */
    public interface Received {
        void body(Spool body) throws java.io.IOException;
    }

    /** The first page of a ListRecords sequence; errors are returned in the page, not thrown. */
    public OaiPage listRecords(
            String prefix, String set, String from, String until, RecordsBody.Receiver receiver, Received received)
            throws InterruptedException {
        URI uri = uri("verb", "ListRecords", "metadataPrefix", prefix, "from", from, "until", until, "set", set);
        return request(new RecordsBody(receiver), uri, null, received);
    }

    /**
     * A following page of a ListRecords sequence.
     *
     * @param ahead its request, if {@link #prefetchListRecords} started it already (or null)
     * @param received sees the body before it is parsed (or null)
     */
    public OaiPage listRecords(
            String token,
            RecordsBody.Receiver receiver,
            CompletableFuture<HttpFetcher.Exchange> ahead,
            Received received)
            throws InterruptedException {
        return request(new RecordsBody(receiver), listUri(token), ahead, received);
    }

    /** Starts the request for the page a resumption token names, ahead of need. */
    public CompletableFuture<HttpFetcher.Exchange> prefetchListRecords(String token) {
        return fetcher.prefetch(listUri(token), source.headers(), source.delay());
    }

    private URI listUri(String token) {
        return uri("verb", "ListRecords", "resumptionToken", token);
    }

    /** One record; errors (idDoesNotExist, cannotDisseminateFormat) are thrown. */
    public Instant getRecord(String identifier, String prefix, RecordsBody.Receiver receiver)
            throws InterruptedException {
        OaiPage p = request(
                new RecordsBody(receiver), "verb", "GetRecord", "identifier", identifier, "metadataPrefix", prefix);

        checked(p, "GetRecord");
        return p.responseDate();
    }

    /** Throws the OAI error of a response as a one-line HarvestException. */
    public OaiPage checked(OaiPage p, String verb) {
        if (p.errorCode() != null) {
            throw new HarvestException(
                    source.id() + ": " + verb + " answered with OAI-PMH error " + p.errorCode()
                            + (p.errorMessage().isEmpty() ? "" : ": " + p.errorMessage()),
                    p.errorCode(),
                    null);
        }
        return p;
    }

    private OaiPage request(OaiResponseParser.VerbBody body, String... params) throws InterruptedException {
        return request(body, uri(params), null, null);
    }

    private OaiPage request(
            OaiResponseParser.VerbBody body, URI uri, CompletableFuture<HttpFetcher.Exchange> ahead, Received received)
            throws InterruptedException {
        boolean first = !contacted;
        contacted = true;
        return fetcher.fetch(
                uri,
                source.headers(),
                source.delay(),
                spool -> {
                    if (received != null) received.body(spool);
                    try (InputStream in = spool.open()) {
                        CleaningReader cleaning = new CleaningReader(in);
                        OaiPage p = OaiResponseParser.parse(cleaning, body);
                        if (cleaning.cleaned() > 0) {
                            warn.accept("removed " + cleaning.cleaned() + " characters not allowed in XML from " + uri);
                        }
                        return p.withCleaned(cleaning.cleaned());
                    }
                },
                m -> warn.accept(m + " [" + uri + "]"),
                ahead,
                first);
    }

    URI uri(String... params) {
        Map<String, String> q = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            if (params[i + 1] != null) q.put(params[i], params[i + 1]);
        }
        StringBuilder sb = new StringBuilder(source.url().toString());
        char sep = source.url().getRawQuery() == null ? '?' : '&';
        for (Map.Entry<String, String> e : q.entrySet()) {
            sb.append(sep)
                    .append(e.getKey())
                    .append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return URI.create(sb.toString());
    }
}
