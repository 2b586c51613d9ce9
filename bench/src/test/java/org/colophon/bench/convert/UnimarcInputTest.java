package org.colophon.bench.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.transform.marc.Field;
import org.colophon.transform.marc.MarcRecord;
import org.colophon.transform.unimarc.DialectDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UNIMARC benchmark input gives each copy of a seed a control number of its own ({@code 001} + {@code -i}), as
 * the MARC 21 seeds have, and leaves every other field as it was: in ISO 2709 (directory and lengths rewritten) and
 * in XML.
 */
class UnimarcInputTest {
    @TempDir
    Path tmp;

    private static List<MarcRecord> read(Path file) throws Exception {
        List<MarcRecord> out = new ArrayList<>();
        try (RecordSource src = FileRecordReader.open(file, "bench", null, Quarantine.counting())) {
            while (src.hasNext())
                out.add(DialectDecoder.decode(src.next(), null).record());
        }
        return out;
    }

    private static String withoutControlNumber(MarcRecord m) {
        StringBuilder sb = new StringBuilder(m.leader().substring(5));
        for (Field f : m.fields()) if (!f.tag().equals("001")) sb.append('\n').append(f);
        return sb.toString();
    }

    @Test
    void eachCopyHasAControlNumberOfItsOwnAndTheSameFields() throws Exception {
        Path unimarc = Path.of("../transform/src/test/resources/unimarc");
        int numbered = 0;
        for (Path seedFile : List.of(
                unimarc.resolve("periouni-first100.mrc"),
                unimarc.resolve("bncf-unimarc-utf8.mrc"),
                unimarc.resolve("bnu-cnmarcxml-sru.xml"))) {
            List<MarcRecord> seeds = read(seedFile);
            UnimarcInput input = new UnimarcInput(List.of(seedFile));
            long n = 2L * seeds.size();
            Path written = input.isoSeeds() > 0 ? input.writeIso(tmp, n) : input.writeXml(tmp, n);
            List<MarcRecord> copies = read(written);
            assertEquals(n, copies.size(), seedFile.toString());
            for (int i = 0; i < copies.size(); i++) {
                MarcRecord seed = seeds.get(i % seeds.size());
                MarcRecord copy = copies.get(i);
                // a record without a 001 is named by its place in the file (its locator): left as it is
                String expected = seed.controlNumber() == null ? null : seed.controlNumber() + "-" + i;
                assertEquals(expected, copy.controlNumber(), seedFile + " copy " + i);
                if (expected != null) numbered++;
                assertEquals(withoutControlNumber(seed), withoutControlNumber(copy), seedFile + " copy " + i);
            }
            assertTrue(!seeds.isEmpty(), seedFile.toString());
        }
        // the 12 copies of the 6 XML seeds, and ISO 2709 ones (BNCF's records have a 001)
        assertTrue(numbered > 12, "copies with a 001 of their own: " + numbered);
    }
}
