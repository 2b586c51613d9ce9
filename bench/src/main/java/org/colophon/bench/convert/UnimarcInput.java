package org.colophon.bench.convert;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.bench.Home;
import org.colophon.bench.UserError;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordFormat;
import org.colophon.record.RecordSource;
import org.colophon.record.SourceRecord;

/**
 * UNIMARC benchmark input: the raw bytes of real UNIMARC and CNMARC records, repeated verbatim until there are as many
 * as asked for, so the UNIMARC path (dialect detection, character set from 100 $a, pinyin pairing, the UNIMARC
 * rules) is timed in the same run as MARC 21. ISO 2709 seeds give an ISO 2709 file, XML seeds a collection.
 */
final class UnimarcInput {
    private final List<byte[]> iso = new ArrayList<>();
    private final List<byte[]> xml = new ArrayList<>();

    UnimarcInput(List<Path> files) throws IOException {
        for (Path f : files) {
            try (RecordSource src = FileRecordReader.open(f, "bench", null, Quarantine.counting())) {
                while (src.hasNext()) {
                    SourceRecord r = src.next();
                    (r.format() == RecordFormat.MARC21 ? iso : xml).add(r.raw());
                }
            }
        }
        if (iso.isEmpty() && xml.isEmpty()) throw new UserError("no seed records in " + files);
    }

    /**
     * BNU's MARC 21 records, in the same SRU envelope from the same library as its CNMARC records: the MARC 21 records
     * to hold the CNMARC XML row against (records of one library, so of like size and script).
     */
    static List<Path> bnuMarc21() {
        Path p = Home.dir().resolve("samples/bnu-chinese-sru.xml");
        return Files.isReadable(p) ? List.of(p) : List.of();
    }

    /** The UNIMARC test records shipped with the transform module (real records, see their SOURCES.md). */
    static List<Path> defaults() {
        Path dir = Home.dir().resolve("transform/src/test/resources/unimarc");
        List<Path> out = new ArrayList<>();
        for (String f : List.of(
                "periouni-first100.mrc", "bncf-unimarc-utf8.mrc", "pymarc-testunimarc.dat", "bnu-cnmarcxml-sru.xml")) {
            Path p = dir.resolve(f);
            if (Files.isReadable(p)) out.add(p);
        }
        return out;
    }

    int isoSeeds() {
        return iso.size();
    }

    int xmlSeeds() {
        return xml.size();
    }

    /** {@code null} when there is no ISO 2709 seed. */
    Path writeIso(Path dir, long n) throws IOException {
        if (iso.isEmpty()) return null;
        Path p = dir.resolve("bench-unimarc-" + n + ".mrc");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
            for (long i = 0; i < n; i++) out.write(iso.get((int) (i % iso.size())));
        }
        return p;
    }

    /** {@code null} when there is no XML seed. */
    Path writeXml(Path dir, long n) throws IOException {
        if (xml.isEmpty()) return null;
        Path p = dir.resolve("bench-raw-" + System.identityHashCode(this) + "-" + n + ".xml");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
            out.write("<collection>\n".getBytes(StandardCharsets.UTF_8));
            for (long i = 0; i < n; i++) {
                out.write(withoutDeclaration(xml.get((int) (i % xml.size()))));
                out.write('\n');
            }
            out.write("</collection>\n".getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    private static byte[] withoutDeclaration(byte[] raw) {
        String s = new String(raw, StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        if (s.startsWith("<?xml")) s = s.substring(s.indexOf("?>") + 2);
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
