package org.colophon.harvester.oai;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;

/**
 * The records the loopback provider serves: 50 ZDB serials (set {@code zdb}) and 10 BNU Chinese books (set
 * {@code bnu}), real MARCXML split by the file reader, with identifiers and datestamps one hour apart.
 */
final class TestCorpus {
    static final Instant FIRST = Instant.parse("2024-01-01T00:00:00Z");

    private TestCorpus() {}

    static List<XoaiServer.Item> items() throws Exception {
        List<XoaiServer.Item> items = new ArrayList<>();
        add(items, "oai-pmh/xbib/zdb-oai-marc.xml", "zdb");
        add(items, "corpus/bnu-chinese-sru.xml", "bnu");
        return items;
    }

    private static void add(List<XoaiServer.Item> items, String resource, String set) throws Exception {
        try (RecordSource in = FileRecordReader.open(resource(resource), "test", null, Quarantine.counting())) {
            int n = 0;
            while (in.hasNext()) {
                byte[] xml = in.next().raw();
                String id = String.format("oai:colophon.test:%s-%03d", set, ++n);
                items.add(new XoaiServer.Item(id, FIRST.plusSeconds(3600L * items.size()), set, xml, false));
            }
        }
    }

    /** A test resource as a file; copied out to a temporary file when it lives inside a jar (tests of other modules). */
    static Path resource(String name) throws URISyntaxException {
        java.net.URL url = TestCorpus.class.getClassLoader().getResource(name);
        if (url == null) throw new IllegalArgumentException("no test resource " + name);
        if (url.getProtocol().equals("file")) return Path.of(url.toURI());
        try (java.io.InputStream in = url.openStream()) {
            Path tmp = java.nio.file.Files.createTempFile(
                    "colophon-test-", "-" + Path.of(name).getFileName());
            tmp.toFile().deleteOnExit();
            java.nio.file.Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return tmp;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
