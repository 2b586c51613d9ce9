package org.colophon.harvester.oai.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CleaningReaderTest {

    private static String clean(String s, int chunk, long[] count) throws IOException {
        CleaningReader r = new CleaningReader(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
        StringBuilder out = new StringBuilder();
        char[] buf = new char[chunk];
        for (int n = r.read(buf, 0, chunk); n >= 0; n = r.read(buf, 0, chunk)) out.append(buf, 0, n);
        count[0] = r.cleaned();
        return out.toString();
    }

    @Test
    void marcControlBytesLeakedIntoTextAreRemovedAndCounted() throws IOException {
        long[] n = new long[1];
        assertEquals("<a>LiuHui</a>", clean("<a>Liu\u001BHui\u001F</a>", 64, n));
        assertEquals(2, n[0]);
    }

    @Test
    void referencesToForbiddenCharactersAreRemovedOthersKept() throws IOException {
        long[] n = new long[1];
        assertEquals("<a>x&amp;y&#x41;&#233;z</a>", clean("<a>x&amp;y&#x41;&#27;&#233;&#x1F;z</a>", 64, n));
        assertEquals(2, n[0]);
    }

    @Test
    void tabNewlineAndCarriageReturnStay() throws IOException {
        long[] n = new long[1];
        assertEquals("a\tb\nc\rd", clean("a\tb\nc\rd", 64, n));
        assertEquals(0, n[0]);
    }

    @Test
    void supplementaryCjkCharactersSurviveEvenOneCharAtATime() throws IOException {
        long[] n = new long[1];
        String s = "<t>\uD840\uDC0B\u5218\u5FBD</t>";
        assertEquals(s, clean(s, 1, n));
        assertEquals(0, n[0]);
    }

    @Test
    void nonCharactersAreRemovedAndMalformedUtf8BecomesTheReplacementCharacter() throws IOException {
        long[] n = new long[1];
        assertEquals("ab", clean("a\uFFFEb\uFFFF", 3, n));
        assertEquals(2, n[0]);
        // an encoded surrogate (ED A0 80), a stray continuation byte, a truncated sequence at the end
        byte[] bad = {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b', (byte) 0x80, 'c', (byte) 0xE5, (byte) 0x88};
        CleaningReader r = new CleaningReader(new ByteArrayInputStream(bad));
        StringBuilder out = new StringBuilder();
        char[] buf = new char[4];
        for (int k = r.read(buf, 0, 4); k >= 0; k = r.read(buf, 0, 4)) out.append(buf, 0, k);
        assertEquals("a", out.substring(0, 1));
        assertEquals("b\uFFFDc\uFFFD", out.substring(out.indexOf("b")));
        assertTrue(out.substring(1, out.indexOf("b")).chars().allMatch(c -> c == 0xFFFD), out.toString());
    }

    @Test
    void keepsWhatItHandsOutForSlicingUntilReleased() throws IOException {
        String xml = "<a>\u5218\uD840\uDC0B</a><b>x</b>".repeat(2000);
        CleaningReader r = new CleaningReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        r.record();
        char[] buf = new char[700];
        long total = 0;
        StringBuilder all = new StringBuilder();
        for (int k = r.read(buf, 0, buf.length); k >= 0; k = r.read(buf, 0, buf.length)) {
            all.append(buf, 0, k);
            total += k;
            r.release(total - 50);
            assertEquals(all.substring((int) total - 20, (int) total - 5), r.slice(total - 20, total - 5));
        }
        assertEquals(xml, all.toString());
        assertEquals(total - 50 + all.substring((int) total - 50).indexOf('<'), r.indexOf('<', total - 50));
    }

    @Test
    void theSameCleaningWhenTheInputTricklesInAFewCharactersAtATime() throws IOException {
        // references, surrogate pairs and control characters straddle the underlying reads here
        String dirty = "<r>\u5218&#27;x&amp;&#x1F;\uD840\uDC0B\u0001y&#233;\uFFFE</r>".repeat(500);
        String clean = "<r>\u5218x&amp;\uD840\uDC0By&#233;</r>".repeat(500);
        for (int piece : new int[] {1, 2, 3, 7, 4096}) {
            for (int chunk : new int[] {1, 5, 8192}) {
                CleaningReader r = new CleaningReader(trickle(dirty.getBytes(StandardCharsets.UTF_8), piece));
                StringBuilder out = new StringBuilder();
                char[] buf = new char[chunk];
                for (int n = r.read(buf, 0, chunk); n >= 0; n = r.read(buf, 0, chunk)) out.append(buf, 0, n);
                assertEquals(clean, out.toString(), "pieces of " + piece + ", reads of " + chunk);
                assertEquals(4 * 500, r.cleaned());
            }
        }
    }

    /** A stream that hands out at most {@code piece} bytes per read, like a slow network. */
    private static InputStream trickle(byte[] s, int piece) {
        return new InputStream() {
            private int at;

            @Override
            public int read() {
                return at < s.length ? s[at++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (at >= s.length) return -1;
                int n = Math.min(Math.min(len, piece), s.length - at);
                System.arraycopy(s, at, b, off, n);
                at += n;
                return n;
            }
        };
    }

    @Test
    void anAmpersandAtTheEndIsKept() throws IOException {
        long[] n = new long[1];
        Reader r = new CleaningReader(new ByteArrayInputStream("a&".getBytes(StandardCharsets.UTF_8)));
        char[] buf = new char[8];
        assertEquals(2, r.read(buf, 0, 8));
        assertEquals("a&", new String(buf, 0, 2));
        assertEquals(-1, r.read(buf, 0, 8));
        assertEquals(0, n[0]);
    }
}
