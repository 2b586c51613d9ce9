package org.colophon.harvester.oai;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.gdcc.xoai.dataprovider.DataProvider;
import io.gdcc.xoai.dataprovider.exceptions.handler.IdDoesNotExistException;
import io.gdcc.xoai.dataprovider.filter.ScopedFilter;
import io.gdcc.xoai.dataprovider.model.Context;
import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.ItemIdentifier;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.dataprovider.repository.ItemRepository;
import io.gdcc.xoai.dataprovider.repository.Repository;
import io.gdcc.xoai.dataprovider.repository.RepositoryConfiguration;
import io.gdcc.xoai.dataprovider.repository.ResultsPage;
import io.gdcc.xoai.dataprovider.repository.SetRepository;
import io.gdcc.xoai.model.oaipmh.DeletedRecord;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.model.oaipmh.results.record.Metadata;
import io.gdcc.xoai.services.impl.SimpleResumptionTokenFormat;
import io.gdcc.xoai.xml.EchoElement;
import io.gdcc.xoai.xml.XmlWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real OAI-PMH data provider on loopback: gdcc's xoai DataProvider behind the JDK's HttpServer, serving MARCXML
 * records unchanged (EchoElement) with small pages, so tokens, sets, from/until, deletions and error codes come from
 * someone else's implementation. Faults can be queued for the next ListRecords requests.
 */
final class XoaiServer implements AutoCloseable {
    static final String MARC_NS = "http://www.loc.gov/MARC21/slim";

    /** One record the provider holds. */
    record Item(String id, Instant datestamp, String set, byte[] xml, boolean deleted) {
        Item changed(Instant when, boolean gone) {
            return new Item(id, when, set, xml, gone);
        }
    }

    /** What to do to a ListRecords request instead of answering it properly. */
    enum Fault {
        /** 503 with Retry-After: 1. */
        UNAVAILABLE,
        /** Half the body, then the connection closes. */
        DIE_MIDWAY,
        /** A body cut off and followed by garbage: not well-formed. */
        MALFORMED,
        /** The resumption token is replaced by one the provider never issued. */
        BAD_TOKEN,
        /** Half the body, then silence for ten seconds (longer than any read timeout a test sets, even on a busy machine). */
        STALL,
        /** Control characters (U+0001, &amp;#27;) put into the first record's text. */
        CONTROL_CHARACTERS,
        /** No answer at all (not even headers) for three seconds, then the connection closes. */
        SILENT
    }

    final List<Item> items = new CopyOnWriteArrayList<>();
    final ConcurrentLinkedDeque<Fault> faults = new ConcurrentLinkedDeque<>();
    final AtomicInteger listRequests = new AtomicInteger();
    final List<String> queries = new CopyOnWriteArrayList<>();
    volatile long delayMillis;
    /**
     * From this ListRecords request on (1 = the first), the server is gone: it drops the connection without an
     * answer. Unlike closing the server from a test's sink, this does not race with a harvester that asks for the
     * next page while it stores this one.
     */
    volatile int goneFromListRequest = Integer.MAX_VALUE;

    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final RepositoryConfiguration config;
    private final DataProvider provider;

    XoaiServer(List<Item> initial, int pageSize) throws IOException {
        this(initial, pageSize, 0);
    }

    XoaiServer(List<Item> initial, int pageSize, int port) throws IOException {
        items.addAll(initial);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        config = new RepositoryConfiguration.RepositoryConfigurationBuilder()
                .withRepositoryName("Colophon test provider")
                .withAdminEmail("test@example.org")
                .withBaseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/oai")
                .withEarliestDate(Instant.parse("2000-01-01T00:00:00Z"))
                .withGranularity(Granularity.Second)
                .withDeleteMethod(DeletedRecord.PERSISTENT)
                .withMaxListRecords(pageSize)
                .withMaxListIdentifiers(pageSize)
                .withMaxListSets(pageSize)
                .withResumptionTokenFormat(new SimpleResumptionTokenFormat())
                .build();
        Context context = new Context()
                .withMetadataFormat(MetadataFormat.metadataFormat("marc21")
                        .withNamespace(MARC_NS)
                        .withSchemaLocation("http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd")
                        .withTransformer(MetadataFormat.identity()));
        Repository repository =
                new Repository(config).withItemRepository(new Items()).withSetRepository(new Sets());
        provider = new DataProvider(context, repository);
        server.createContext("/oai", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oai");
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Changes a record: a new datestamp, and deleted or not. */
    void touch(String id, Instant when, boolean deleted) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) items.set(i, items.get(i).changed(when, deleted));
        }
    }

    /**
     * Counts a request in flight from its arrival until its response starts to go out: a client that waits for the
     * whole body before its next request can never overlap it, while counting until the exchange closes would see
     * the next request arrive before this thread gets to its decrement.
     */
    private void handle(HttpExchange ex) throws IOException {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        boolean[] left = {false};
        Runnable leave = () -> {
            if (!left[0]) {
                left[0] = true;
                inFlight.decrementAndGet();
            }
        };
        try {
            respond(ex, leave);
        } finally {
            leave.run();
        }
    }

    private void respond(HttpExchange ex, Runnable leave) throws IOException {
        try (ex) {
            String query = ex.getRequestURI().getRawQuery() == null
                    ? ""
                    : ex.getRequestURI().getRawQuery();
            queries.add(query);
            Map<String, String[]> params = params(query);
            Fault fault = null;
            if (params.containsKey("verb") && "ListRecords".equals(params.get("verb")[0])) {
                if (listRequests.incrementAndGet() >= goneFromListRequest) {
                    throw new IOException("gone on purpose");
                }
                fault = faults.poll();
                sleep(delayMillis);
            }
            if (fault == Fault.SILENT) {
                sleep(3000);
                throw new IOException("silent on purpose");
            }
            if (fault == Fault.UNAVAILABLE) {
                ex.getResponseHeaders().add("Retry-After", "1");
                ex.sendResponseHeaders(503, -1);
                return;
            }
            if (fault == Fault.BAD_TOKEN && params.containsKey("resumptionToken")) {
                params.put("resumptionToken", new String[] {"forged-token"});
            }
            byte[] body = render(params);
            if (fault == Fault.CONTROL_CHARACTERS) {
                String s = new String(body, StandardCharsets.UTF_8);
                s = s.replaceFirst("<subfield code=\"a\">", "<subfield code=\"a\">\u0001&#27;");
                body = s.getBytes(StandardCharsets.UTF_8);
            }
            ex.getResponseHeaders().add("Content-Type", "text/xml; charset=UTF-8");
            if (fault == Fault.DIE_MIDWAY) {
                ex.sendResponseHeaders(200, body.length);
                OutputStream out = ex.getResponseBody();
                out.write(body, 0, body.length / 2);
                out.flush();
                throw new IOException("dying mid-way on purpose");
            }
            if (fault == Fault.STALL) {
                ex.sendResponseHeaders(200, body.length);
                OutputStream out = ex.getResponseBody();
                out.write(body, 0, body.length / 2);
                out.flush();
                sleep(10_000);
                throw new IOException("stalled on purpose");
            }
            if (fault == Fault.MALFORMED) {
                byte[] cut = new byte[body.length / 2 + 7];
                System.arraycopy(body, 0, cut, 0, body.length / 2);
                System.arraycopy("<</&&>>".getBytes(StandardCharsets.US_ASCII), 0, cut, body.length / 2, 7);
                body = cut;
            }
            leave.run();
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
        }
    }

    private byte[] render(Map<String, String[]> params) throws IOException {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            XmlWriter w = new XmlWriter(out, config);
            provider.handle(params).write(w);
            w.close();
            return out.toByteArray();
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static Map<String, String[]> params(String query) {
        Map<String, List<String>> m = new HashMap<>();
        for (String kv : query.split("&")) {
            if (kv.isEmpty()) continue;
            int eq = kv.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? kv : kv.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
            m.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        Map<String, String[]> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, v.toArray(new String[0])));
        return out;
    }

    private static void sleep(long ms) {
        if (ms <= 0) return;
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** The items as xoai sees them. */
    private static final class XItem implements io.gdcc.xoai.dataprovider.model.Item {
        private final Item item;

        XItem(Item item) {
            this.item = item;
        }

        @Override
        public String getIdentifier() {
            return item.id();
        }

        @Override
        public Instant getDatestamp() {
            return item.datestamp();
        }

        @Override
        public List<Set> getSets() {
            return List.of(Set.set(item.set()).withName(item.set()));
        }

        @Override
        public boolean isDeleted() {
            return item.deleted();
        }

        @Override
        public Metadata getMetadata() {
            return new Metadata(new EchoElement(new String(item.xml(), StandardCharsets.UTF_8)));
        }
    }

    private final class Items implements ItemRepository {
        @Override
        public ItemIdentifier getItemIdentifier(String id) throws IdDoesNotExistException {
            return find(id);
        }

        @Override
        public io.gdcc.xoai.dataprovider.model.Item getItem(String id, MetadataFormat format)
                throws IdDoesNotExistException {
            return find(id);
        }

        private XItem find(String id) throws IdDoesNotExistException {
            return items.stream()
                    .filter(i -> i.id().equals(id))
                    .findFirst()
                    .map(XItem::new)
                    .orElseThrow(() -> new IdDoesNotExistException("no record " + id));
        }

        @Override
        public ResultsPage<ItemIdentifier> getItemIdentifiers(
                List<ScopedFilter> filters, MetadataFormat format, int max, ResumptionToken.Value token) {
            ResultsPage<io.gdcc.xoai.dataprovider.model.Item> page = getItems(filters, format, max, token);
            return new ResultsPage<>(token, page.hasMore(), new ArrayList<>(page.getList()), page.getTotal());
        }

        @Override
        public ResultsPage<io.gdcc.xoai.dataprovider.model.Item> getItems(
                List<ScopedFilter> filters, MetadataFormat format, int max, ResumptionToken.Value token) {
            List<io.gdcc.xoai.dataprovider.model.Item> matching = new ArrayList<>();
            for (Item i : items) {
                if (token.hasFrom() && i.datestamp().isBefore(token.getFrom())) continue;
                if (token.hasUntil() && i.datestamp().isAfter(token.getUntil())) continue;
                if (token.hasSetSpec() && !token.getSetSpec().equals(i.set())) continue;
                matching.add(new XItem(i));
            }
            long offset = token.getOffset();
            List<io.gdcc.xoai.dataprovider.model.Item> page =
                    matching.stream().skip(offset).limit(max).toList();
            boolean more = offset + page.size() < matching.size();
            return new ResultsPage<>(token, more, page, matching.size());
        }
    }

    private final class Sets implements SetRepository {
        @Override
        public boolean supportSets() {
            return true;
        }

        @Override
        public List<Set> getSets() {
            return items.stream()
                    .map(Item::set)
                    .distinct()
                    .map(s -> Set.set(s).withName(s))
                    .toList();
        }

        @Override
        public boolean exists(String spec) {
            return items.stream().anyMatch(i -> i.set().equals(spec));
        }
    }
}
