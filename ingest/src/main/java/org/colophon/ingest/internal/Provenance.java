package org.colophon.ingest.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.colophon.graph.RecordMeta;
import org.colophon.transform.ConversionRun.Converted;
import org.colophon.transform.Converter;

/** What the store keeps about a converted record: its key, graph, datestamp, raw checksum and mapping version. */
public final class Provenance {
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private Provenance() {}

    public static RecordMeta of(Converted c, Converter converter) {
        String checksum =
                HexFormat.of().formatHex(SHA256.get().digest(c.source().raw()));
        return new RecordMeta(
                c.source().sourceId(),
                c.recordId(),
                c.graphIri(),
                c.source().datestamp(),
                checksum,
                c.mappingVersion(converter));
    }
}
