package org.colophon.discovery;

import java.nio.file.Path;
import java.util.HexFormat;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.transform.ConversionRun;
import org.colophon.transform.Converter;

/** Real records converted by the real converter and put into an index, as the ingestion core would. */
final class Samples {
    static final String BASE = "http://localhost:3030/";

    private Samples() {}

    static Path resource(String name) throws Exception {
        return Path.of(Samples.class.getResource("/" + name).toURI());
    }

    /** Converts {@code file} and puts every record into {@code index} (not committed); returns how many. */
    static int load(DiscoveryIndex index, String file, String source) throws Exception {
        Converter converter = Converter.builder().base(BASE).build();
        int[] n = {0};
        try (RecordSource in = FileRecordReader.open(resource(file), source, null, Quarantine.counting())) {
            new ConversionRun(converter, Quarantine.counting(), 1, null).run(in, c -> {
                String checksum = HexFormat.of()
                        .formatHex(java.util.Arrays.copyOf(c.source().raw(), 8));
                index.put(source, c.recordId(), c.graphIri(), checksum, c.triples());
                n[0]++;
            });
        }
        return n[0];
    }
}
