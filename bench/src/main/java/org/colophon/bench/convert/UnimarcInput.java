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
 * UNIMARC benchmark input: the raw bytes of real UNIMARC and CNMARC records, repeated until there are as many as asked
 * for, each copy with {@code -n} after its 001 (otherwise byte for byte the seed), so the UNIMARC path (dialect detection, character set from 100 $a, pinyin pairing, the UNIMARC
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
            for (long i = 0; i < n; i++) out.write(isoNumbered(iso.get((int) (i % iso.size())), i));
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
                out.write(xmlNumbered(withoutDeclaration(xml.get((int) (i % xml.size()))), i));
                out.write('\n');
            }
            out.write("</collection>\n".getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    /**
     * The record with {@code -i} after its control number (001), as the MARC 21 seeds get a control number of their
     * own each: so that each copy is a record of its own to the converter (its IRIs, and the writer's cache of them),
     * not the same record again. A record without a 001 (or with a directory not as ISO 2709 says) is left as it is.
     */
    static byte[] isoNumbered(byte[] r, long i) {
        try {
            int base = Integer.parseInt(new String(r, 12, 5, StandardCharsets.US_ASCII));
            int at001 = -1;
            for (int e = 24; e + 12 <= base - 1 && r[e] != 0x1E; e += 12) {
                if (r[e] == '0' && r[e + 1] == '0' && r[e + 2] == '1') at001 = e;
            }
            if (at001 < 0) return r;
            byte[] add = ("-" + i).getBytes(StandardCharsets.US_ASCII);
            int len001 = number(r, at001 + 3, 4);
            int start001 = number(r, at001 + 7, 5);
            int insert = base + start001 + len001 - 1; // before 001's field terminator
            if (r[insert] != 0x1E || len001 + add.length > 9999) return r;
            byte[] out = new byte[r.length + add.length];
            System.arraycopy(r, 0, out, 0, insert);
            System.arraycopy(add, 0, out, insert, add.length);
            System.arraycopy(r, insert, out, insert + add.length, r.length - insert);
            put(out, 0, 5, out.length);
            for (int e = 24; e + 12 <= base - 1 && r[e] != 0x1E; e += 12) {
                int start = number(r, e + 7, 5);
                if (e == at001) put(out, e + 3, 4, len001 + add.length);
                else if (start > start001) put(out, e + 7, 5, start + add.length);
            }
            return out;
        } catch (RuntimeException notAsSaid) {
            return r;
        }
    }

    private static int number(byte[] b, int from, int digits) {
        return Integer.parseInt(new String(b, from, digits, StandardCharsets.US_ASCII));
    }

    private static void put(byte[] b, int from, int digits, int value) {
        String v = String.format("%0" + digits + "d", value);
        if (v.length() != digits) throw new IllegalArgumentException("too long: " + value);
        System.arraycopy(v.getBytes(StandardCharsets.US_ASCII), 0, b, from, digits);
    }

    private static final java.util.regex.Pattern CONTROL_001 =
            java.util.regex.Pattern.compile("<(?:[\\w.-]+:)?controlfield[^>]*\\btag=\"001\"[^>]*>[^<]*");

    /** The record with {@code -i} after the text of its 001, as {@link #isoNumbered}. */
    static byte[] xmlNumbered(byte[] r, long i) {
        String s = new String(r, StandardCharsets.UTF_8);
        java.util.regex.Matcher m = CONTROL_001.matcher(s);
        if (!m.find()) return r;
        return (s.substring(0, m.end()) + "-" + i + s.substring(m.end())).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withoutDeclaration(byte[] raw) {
        String s = new String(raw, StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        if (s.startsWith("<?xml")) s = s.substring(s.indexOf("?>") + 2);
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
