package org.colophon.transform.marc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordFormat;
import org.colophon.record.RecordSource;
import org.colophon.record.SourceRecord;
import org.colophon.transform.TestRecords;
import org.colophon.transform.marc.MarcDecodeException;
import org.colophon.transform.marc.MarcDecoder;
import org.colophon.transform.marc.MarcRecord;
import org.colophon.transform.marc.Repair;
import org.junit.jupiter.api.Test;

/** What is double-encoded UTF-8 and what only looks like it. */
class MojibakeTest {

    @Test
    void utf8ReadAsLatin1OnceOrTwiceIsDecodedToWhatWasMeant() {
        assertEquals("M\u00fcnchen", Mojibake.undo("M\u00c3\u00bcnchen"));
        // combining diacritic (U+0308) double-encoded twice, as in the Boston University records
        assertEquals("M\u00fcnchen", Mojibake.undo("Mu\u00c3\u008c\u00c2\u0088nchen"));
    }

    @Test
    void utf8ReadAsWindows1252IsDecodedToo() {
        assertEquals("Searle\u2019s philosophy", Mojibake.undo("Searle\u00e2\u20ac\u2122s philosophy"));
    }

    @Test
    void genuineLatin1TextIsLeftAlone() {
        for (String s : List.of(
                "Gen\u00e8ve",
                "Caf\u00e9 \u00ab\u00c9T\u00c9\u00bb",
                "Spr\u00e5k och \u00e4ventyr",
                "\u00a9 2004",
                "Pospi\u0301s\u030cil",
                "Posp\u00ed\u0161il, Ctirad V\u00e1clav",
                "ASCII only",
                "\u5218\u5fbd\u8bc4\u4f20")) {
            assertNull(Mojibake.undo(s), s);
        }
    }

    @Test
    void noRecordOfTheTestCorpusButTheBostonOnesIsTakenForDoubleEncoded() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("marc", "bibframe-reference")) {
            try (Stream<Path> s = Files.walk(TestRecords.resource(dir))) {
                s.filter(Files::isRegularFile)
                        .filter(p -> !p.toString().endsWith(".md")
                                && !p.toString().endsWith(".txt")
                                && !p.toString().endsWith(".rdf"))
                        .sorted()
                        .forEach(files::add);
            }
        }
        List<String> repaired = new ArrayList<>();
        int withLatin1Letters = 0;
        int records = 0;
        for (Path f : files) {
            try (RecordSource src = FileRecordReader.open(f, "t", null, Quarantine.counting())) {
                while (src.hasNext()) {
                    SourceRecord r = src.next();
                    if (r.format() == RecordFormat.DUBLIN_CORE) continue;
                    MarcRecord m;
                    try {
                        m = MarcDecoder.decode(r);
                    } catch (MarcDecodeException e) {
                        continue;
                    }
                    records++;
                    if (m.fields().toString().chars().anyMatch(c -> c >= 0xC0 && c <= 0xFF)) withLatin1Letters++;
                    if (m.repairs().contains(Repair.DOUBLE_ENCODED_UTF8))
                        repaired.add(f.getFileName() + " " + m.controlNumber());
                }
            }
        }
        assertTrue(records > 650 && withLatin1Letters > 80, records + " records, " + withLatin1Letters + " Latin-1");
        assertEquals(18, repaired.size(), repaired::toString);
        assertTrue(
                repaired.stream()
                        .allMatch(s -> s.startsWith("bu_bibs.mrc ")
                                || s.startsWith("double-encoded-utf8-twice.mrc ")
                                || s.startsWith("stray-field-terminators.mrc ")),
                repaired::toString);
    }
}
