package org.colophon.harvester.raw;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.colophon.record.RecordFormat;

/**
 * The child JVM of {@link RawStoreCrashIT}: writes pages of 100 records to the raw store (segments of 256 KB) from
 * page {@code start} on, for ever, and prints {@code page N} once each {@code putPage} has returned. Every tenth page
 * rewrites records 0 to 99 instead, with the page number as their version.
 */
public final class RawStoreChild {
    private RawStoreChild() {}

    public static void main(String[] args) throws Exception {
        RawStore store = RawStore.open(Path.of(args[0]), 256 * 1024);
        int start = Integer.parseInt(args[1]);
        for (int p = start; p < start + 1_000_000; p++) {
            store.putPage("crash", page(p));
            System.out.println("page " + p);
            System.out.flush();
        }
    }

    static List<RawRecord> page(int p) {
        List<RawRecord> out = new ArrayList<>();
        int first = p % 10 == 0 ? 0 : p * 100;
        for (int i = first; i < first + 100; i++) out.add(record(i, p));
        return out;
    }

    static RawRecord record(int i, int version) {
        String xml = "<record xmlns=\"http://www.loc.gov/MARC21/slim\"><controlfield tag=\"001\">" + i
                + "</controlfield><datafield tag=\"245\" ind1=\"1\" ind2=\"0\"><subfield code=\"a\">v" + version
                + "</subfield></datafield><datafield tag=\"520\" ind1=\" \" ind2=\" \"><subfield code=\"a\">"
                + "An abstract long enough to make the record the size of a real one. ".repeat(12)
                + i + "</subfield></datafield></record>";
        return new RawRecord(
                "oai:crash:" + i,
                Instant.ofEpochSecond(1_700_000_000L + version),
                false,
                List.of(),
                RecordFormat.MARCXML,
                xml.getBytes(StandardCharsets.UTF_8),
                Instant.now());
    }
}
