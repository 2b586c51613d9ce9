package org.colophon.transform;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Triple;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.record.SourceRecord;
import org.colophon.transform.marc.MarcDecodeException;
import org.colophon.transform.marc.MarcDecoder;
import org.colophon.transform.marc.MarcRecord;

/** Reads the real records kept in test resources. */
public final class TestRecords {
    private TestRecords() {}

    public static Path resource(String name) {
        try {
            return Path.of(TestRecords.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource " + name, e);
        }
    }

    public static List<MarcRecord> read(String name) {
        List<MarcRecord> out = new ArrayList<>();
        try (RecordSource src = FileRecordReader.open(resource(name), "test", null, Quarantine.counting())) {
            while (src.hasNext()) {
                SourceRecord r = src.next();
                try {
                    out.add(MarcDecoder.decode(r));
                } catch (MarcDecodeException e) {
                    // tests that care count these themselves
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** A converter with the code tables that counts in {@code coverage} what its rules read, under http://example.org/. */
    public static Converter counting(Coverage coverage) {
        return Converter.builder()
                .base("http://example.org/")
                .lookup(VocabularyLookup.get())
                .coverage(coverage)
                .build();
    }

    /** What rules given as text (named {@code name} in their errors) make of {@code record}, under http://example.org/. */
    public static List<Triple> mapWith(String name, String rules, MarcRecord record) {
        return Converter.builder()
                .base("http://example.org/")
                .rules(RuleSet.fromText(name, rules))
                .build()
                .map("test", "1", record);
    }

    public static MarcRecord first(String name) {
        return read(name).get(0);
    }
}
