package org.colophon.harvester.oai;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Several loopback xoai providers for the harvest benchmark, each on its own port (the harvester allows one request at
 * a time per host and port, so distinct ports are distinct hosts to it). Each serves the test corpus (60 real MARCXML
 * records) repeated under distinct identifiers until it holds the asked number: synthetic by repetition.
 */
public final class LoopbackProviders implements AutoCloseable {
    private final List<XoaiServer> servers = new ArrayList<>();
    private final long payloadBytes;

    private LoopbackProviders(int providers, int recordsEach, int pageSize) throws Exception {
        List<XoaiServer.Item> base = TestCorpus.items();
        long bytes = 0;
        try {
            for (int p = 0; p < providers; p++) {
                List<XoaiServer.Item> items = new ArrayList<>(recordsEach);
                for (int n = 0; n < recordsEach; n++) {
                    XoaiServer.Item i = base.get(n % base.size());
                    items.add(new XoaiServer.Item(
                            i.id() + "-" + p + "-" + (n / base.size()), i.datestamp(), i.set(), i.xml(), false));
                    bytes += i.xml().length;
                }
                servers.add(new XoaiServer(items, pageSize));
            }
        } catch (Exception e) {
            close();
            throw e;
        }
        this.payloadBytes = bytes;
    }

    /** Starts {@code providers} providers holding {@code recordsEach} records each, in pages of {@code pageSize}. */
    public static LoopbackProviders start(int providers, int recordsEach, int pageSize) throws Exception {
        return new LoopbackProviders(providers, recordsEach, pageSize);
    }

    /** The OAI-PMH base URL of each provider. */
    public List<URI> urls() {
        return servers.stream().map(XoaiServer::url).toList();
    }

    /** The MARCXML payload all providers hold together, in bytes. */
    public long payloadBytes() {
        return payloadBytes;
    }

    /** The most ListRecords requests any one provider answered at the same moment. */
    public int maxInFlight() {
        return servers.stream().mapToInt(s -> s.maxInFlight.get()).max().orElse(0);
    }

    @Override
    public void close() {
        servers.forEach(XoaiServer::close);
    }
}
