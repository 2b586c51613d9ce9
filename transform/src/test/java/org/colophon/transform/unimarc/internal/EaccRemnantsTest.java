package org.colophon.transform.unimarc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.transform.TestRecords;
import org.colophon.transform.marc.Field;
import org.colophon.transform.marc.MarcRecord;
import org.colophon.transform.marc.Repair;
import org.colophon.transform.unimarc.DialectDecoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Taiwan CMARC records of marc4j's {@code pride-and-prejudice-fixed.mrc} (UTF-8) carry MARC-8 East Asian
 * ideographs as ASCII triplets whose escapes were lost ({@code 200 $g 孫!T*!N|!YF.}): each triplet marc4j's EACC table
 * has is decoded, the others are kept (their code is not in the table).
 */
class EaccRemnantsTest {
    static final Map<String, MarcRecord> TAIWAN = new HashMap<>();

    @BeforeAll
    static void read() throws Exception {
        for (MarcRecord r : decode("unimarc/cmarc-tw-pride-and-prejudice.mrc")) TAIWAN.put(r.controlNumber(), r);
    }

    /** Every value of subfield {@code code} in the record's fields {@code tag}. */
    private static List<String> values(String record, String tag, char code) {
        MarcRecord r = TAIWAN.get(record);
        assertTrue(r != null, record + " not in " + TAIWAN.keySet());
        List<String> out = new java.util.ArrayList<>();
        for (Field f : r.fields()) {
            if (!f.tag().equals(tag) || f.isControl()) continue;
            for (int i = 0; i < f.size(); i++) if (f.code(i) == code) out.add(f.value(i));
        }
        return out;
    }

    @Test
    void theTranslatorsNameIsDecodedButForTheCodeTheTableLacks() {
        // 200 $g 孫!T*!N|!YF.: !T* (0x21542A) is not in LoC's table, !N| is 禮 (0x214E7C), !YF 譯 (0x215946)
        for (String id : List.of("9402932", "CLBE9433", "100049861", "100076244")) {
            assertEquals(List.of("孫!T*禮譯."), values(id, "200", 'g'), id);
            assertTrue(TAIWAN.get(id).repairs().contains(Repair.EACC_REMNANT), id);
        }
        // 702 $a 孫 $b !T*!N|: a run beside no Chinese character, two triplets long
        assertEquals(List.of("!T*禮."), values("9402932", "702", 'b'));
        assertEquals(List.of("!T*禮"), values("100049861", "702", 'b'));
        // 200 $g 黎!=~!YF.
        assertEquals(List.of("黎!=~譯."), values("100797272", "200", 'g'));
    }

    @Test
    void publishersPlacesAndNotesAreDecoded() {
        // 210 $c 聯!5K!L{!WD!04!=x!L{!WD: marc4j stopped at !5K, the first code its table lacks
        assertEquals(List.of("業強出版", "聯!5K發行中心發行"), values("188958", "210", 'c'));
        // 210 $a 臺北縣!D,!E[!<D; 210 $c !<G!0s
        assertEquals(List.of("臺北市", "臺北縣!D,橋市"), values("100049861", "210", 'a'));
        assertEquals(List.of("!<G代"), values("100802598", "210", 'c'));
        // 200 $f 簡!"<!9>!Bd!F`!UN (簡.奧斯汀著 in the other records)
        assertEquals(List.of("簡!\"<奧斯汀著"), values("188958", "200", 'f'));
        // 314 and 702 $a: !<P!JE!Bd (Sears: 702 $c (Sears, Ted))
        assertEquals(List.of("編劇者改譯!<P爾斯.", "原著者改譯勃蕾."), values("100717264", "314", 'a'));
        assertEquals(List.of("劉", "!<P爾斯"), values("100717264", "702", 'a'));
        // 305: two runs between 3+B and 3+C (plane 0x33, in no table here), after a Latin letter
        assertEquals(List.of("據Oxford University Press出版的3+B世界古典名著3+C叢書1985年版本譯出."), values("9402932", "305", 'a'));
    }

    @Test
    void aRunWithNoCodeInTheTableIsKeptAsItIs() {
        // 215 $a 354!_w (0x215F77: 面, pages, as the records use it; not in LoC's table)
        assertEquals(List.of("354!_w"), values("00085390", "215", 'a'));
        assertEquals(List.of("!_w"), values("80031665", "215", 'a'));
        assertFalse(TAIWAN.get("00085390").repairs().contains(Repair.EACC_REMNANT));
        // 8 of the 17 records have a run with a code in the table; the other 9 only the pages' !_w, or none
        assertEquals(
                8,
                TAIWAN.values().stream()
                        .filter(r -> r.repairs().contains(Repair.EACC_REMNANT))
                        .count());
    }

    @Test
    void textThatIsNoRunIsLeftAlone() {
        MarcRecord r = record("中文", "Help!Me", "Yes!!!", "Hello!!", "a!b");
        MarcRecord out = EaccRemnants.repair(r);
        assertTrue(out == r, "nothing to decode: the record itself");
        // a record with no Chinese text is not looked into at all
        MarcRecord latin = record("Title", "!T*!N|!YF");
        assertTrue(EaccRemnants.repair(latin) == latin);
    }

    @Test
    void noOtherTestRecordIsTouched() throws Exception {
        for (String file : List.of(
                "unimarc/periouni-first100.mrc",
                "unimarc/bncf-unimarc-utf8.mrc",
                "unimarc/pymarc-testunimarc.dat",
                "unimarc/bnu-cnmarcxml-sru.xml")) {
            for (MarcRecord r : decode(file)) {
                assertFalse(r.repairs().contains(Repair.EACC_REMNANT), file + " " + r.controlNumber());
            }
        }
    }

    /** The file's records as a run decodes them (dialect detected per record). */
    static List<MarcRecord> decode(String resource) throws Exception {
        List<MarcRecord> out = new java.util.ArrayList<>();
        try (RecordSource src =
                FileRecordReader.open(TestRecords.resource(resource), "test", null, Quarantine.counting())) {
            while (src.hasNext())
                out.add(DialectDecoder.decode(src.next(), null).record());
        }
        return out;
    }

    @Test
    void decodingAValue() {
        assertEquals("孫!T*禮譯.", EaccRemnants.decode("孫!T*!N|!YF."));
        assertEquals("!<G代", EaccRemnants.decode("!<G!0s"));
        String help = "Help!Me";
        assertTrue(EaccRemnants.decode(help) == help);
    }

    private static MarcRecord record(String... values) {
        List<Field> fields = new java.util.ArrayList<>();
        fields.add(Field.control("001", "test"));
        for (String v : values) fields.add(Field.data("300", ' ', ' ', new char[] {'a'}, new String[] {v}));
        return new MarcRecord("00000nam  2200000   4500", fields);
    }
}
