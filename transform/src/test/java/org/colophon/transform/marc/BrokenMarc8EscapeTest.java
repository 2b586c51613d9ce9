package org.colophon.transform.marc;

import static org.colophon.transform.marc.CorpusReadingTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import org.colophon.record.RecordFormat;
import org.colophon.record.SourceRecord;
import org.colophon.transform.marc.internal.MarcText;
import org.junit.jupiter.api.Test;

/**
 * A MARC-8 CJK record (the first of xbib's {@code IRMARC8.bin}) with one escape sequence damaged as the issue found it:
 * the byte after ESC flipped, so {@code ESC ( B} (back to ASCII after EACC) reads {@code ESC 0x08 B}. marc4j's
 * converter spins forever on that; the decoder must repair it and go on. The damage is made here from the real record.
 */
class BrokenMarc8EscapeTest {

    private static final byte ESC = 0x1B;

    static byte[] firstCjkRecord() throws IOException {
        byte[] all = Files.readAllBytes(resource("IRMARC8.bin"));
        int end = 0;
        while (all[end] != 0x1D) end++;
        return Arrays.copyOf(all, end + 1);
    }

    /** The record with the byte after its first {@code ESC ( B} that follows an {@code ESC $ 1} set to 0x08. */
    static byte[] withFlippedEscape(byte[] rec) {
        byte[] b = rec.clone();
        int eacc = indexOf(b, new byte[] {ESC, '$', '1'}, 0);
        int back = indexOf(b, new byte[] {ESC, '(', 'B'}, eacc);
        assertTrue(eacc >= 0 && back > eacc, "the record switches to EACC and back");
        b[back + 1] = 0x08;
        return b;
    }

    private static int indexOf(byte[] b, byte[] what, int from) {
        outer:
        for (int i = Math.max(0, from); i + what.length <= b.length; i++) {
            for (int j = 0; j < what.length; j++) if (b[i + j] != what[j]) continue outer;
            return i;
        }
        return -1;
    }

    private static MarcRecord decode(byte[] raw) throws MarcDecodeException {
        return MarcDecoder.decode(SourceRecord.fromFile("test", "IRMARC8.bin#1", RecordFormat.MARC21, raw));
    }

    @Test
    void flippedByteAfterEscapeIsRepairedNotAHang() throws Exception {
        byte[] good = firstCjkRecord();
        MarcRecord intact = decode(good);
        MarcRecord broken = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> decode(withFlippedEscape(good)));
        assertTrue(broken.repairs().contains(Repair.MARC8_ESCAPE), "repair counted: " + broken.repairs());
        assertFalse(intact.repairs().contains(Repair.MARC8_ESCAPE));
        // the repaired sequence is read as the designation it was: every field comes out as in the intact record
        assertEquals(intact.fields().toString(), broken.fields().toString());
        assertTrue(intact.fields()
                .toString()
                .codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }

    @Test
    void escapeFollowedByNothingValidIsDroppedAndTheTextAfterItKept() throws Exception {
        byte[] b = withFlippedEscape(firstCjkRecord());
        int esc = indexOf(b, new byte[] {ESC, 0x08}, 0);
        b[esc + 2] = 0x07; // no final byte either: nothing to guess from
        MarcRecord r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> decode(b));
        assertTrue(r.repairs().contains(Repair.MARC8_ESCAPE));
        assertFalse(r.fields().toString().contains("\u001b"));
    }

    @Test
    void everyEscapeTheRepairKeepsIsOneMarc4jFinishesOn() {
        // each sequence the repair lets through, and each byte after ESC, in the middle of real EACC text
        byte[] rec = assertDoesNotThrowRecord();
        int eacc = indexOf(rec, new byte[] {ESC, '$', '1'}, 0);
        byte[] text = Arrays.copyOfRange(rec, eacc, eacc + 12);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int x = 0; x < 256; x++) {
                for (int y = 0; y < 256; y += 7) {
                    byte[] v = new byte[text.length + 4];
                    System.arraycopy(text, 0, v, 0, text.length);
                    v[text.length] = ESC;
                    v[text.length + 1] = (byte) x;
                    v[text.length + 2] = (byte) y;
                    v[text.length + 3] = 'A';
                    String s = MarcText.decode(v, 0, v.length, MarcText.Charset.MARC8);
                    assertFalse(s.contains("\u001b"), s);
                }
            }
        });
    }

    private static byte[] assertDoesNotThrowRecord() {
        try {
            return firstCjkRecord();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
