package org.colophon.harvester.oai.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CleaningReaderTest {

    private static String clean(String s, int chunk, long[] count) throws IOException {
        CleaningReader r = new CleaningReader(new StringReader(s));
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
    void unpairedSurrogatesAndNonCharactersAreRemoved() throws IOException {
        long[] n = new long[1];
        assertEquals("ab", clean("a\uD800b\uFFFE", 3, n));
        assertEquals(2, n[0]);
    }

    @Test
    void theSameCleaningWhenTheInputTricklesInAFewCharactersAtATime() throws IOException {
        // references, surrogate pairs and control characters straddle the underlying reads here
        String dirty = "<r>\u5218&#27;x&amp;&#x1F;\uD840\uDC0B\u0001y&#233;\uDC00</r>".repeat(500);
        String clean = "<r>\u5218x&amp;\uD840\uDC0By&#233;</r>".repeat(500);
        for (int piece : new int[] {1, 2, 3, 7, 4096}) {
            for (int chunk : new int[] {1, 5, 8192}) {
                CleaningReader r = new CleaningReader(trickle(dirty, piece));
                StringBuilder out = new StringBuilder();
                char[] buf = new char[chunk];
                for (int n = r.read(buf, 0, chunk); n >= 0; n = r.read(buf, 0, chunk)) out.append(buf, 0, n);
                assertEquals(clean, out.toString(), "pieces of " + piece + ", reads of " + chunk);
                assertEquals(4 * 500, r.cleaned());
            }
        }
    }

    /** A reader that hands out at most {@code piece} characters per read, like a slow network. */
    private static Reader trickle(String s, int piece) {
        return new Reader() {
            private int at;

            @Override
            public int read(char[] cbuf, int off, int len) {
                if (at >= s.length()) return -1;
                int n = Math.min(Math.min(len, piece), s.length() - at);
                s.getChars(at, at + n, cbuf, off);
                at += n;
                return n;
            }

            @Override
            public void close() {}
        };
    }

    @Test
    void anAmpersandAtTheEndIsKept() throws IOException {
        long[] n = new long[1];
        Reader r = new CleaningReader(new StringReader("a&"));
        char[] buf = new char[8];
        assertEquals(2, r.read(buf, 0, 8));
        assertEquals("a&", new String(buf, 0, 2));
        assertEquals(-1, r.read(buf, 0, 8));
        assertEquals(0, n[0]);
    }
}
