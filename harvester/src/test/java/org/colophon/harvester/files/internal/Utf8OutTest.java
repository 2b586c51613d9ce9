package org.colophon.harvester.files.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The record copier's UTF-8 buffer gives the bytes {@code String.getBytes(UTF_8)} gives, however text is cut. */
class Utf8OutTest {

    @Test
    void encodesAsStringGetBytesDoesWhereverTheTextIsCut() {
        // ASCII, Latin, CJK, an astral character (a surrogate pair), and surrogates without their pair
        String[] pieces = {"abc", "é", "中国发展报告", "\uD840\uDC0B", "\uD800", "\uDC00", "<&>", " "};
        Random random = new Random(11);
        Utf8Out out = new Utf8Out();
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) sb.append(pieces[random.nextInt(pieces.length)]);
            String s = sb.toString();
            out.reset();
            // the same text in random cuts, through all three ways in, as StAX events and attribute values come
            int at = 0;
            while (at < s.length()) {
                int n = 1 + random.nextInt(s.length() - at);
                switch (random.nextInt(3)) {
                    case 0 -> out.append(s.substring(at, at + n));
                    case 1 -> out.append(s.toCharArray(), at, n);
                    default -> {
                        for (int k = at; k < at + n; k++) out.append(s.charAt(k));
                    }
                }
                at += n;
            }
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), out.toByteArray(), s);
            assertEquals(s.length(), out.chars());
        }
    }

    /**
     * Text and attribute values are escaped as they are encoded: the bytes are those of the text with its references
     * written in ({@code <} as {@code &lt;} …) and then encoded, a lone surrogate beside a reference included, however
     * the text comes cut.
     */
    @Test
    void escapesTextAndAttributesAsTheEscapedStringEncodes() {
        String[] pieces = {
            "abc", "é", "中国", "\uD840\uDC0B", "\uD800", "\uDC00", "<", ">", "&", "\"", "\n", "\t", "\r", " "
        };
        Random random = new Random(7);
        Utf8Out out = new Utf8Out();
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) sb.append(pieces[random.nextInt(pieces.length)]);
            String s = sb.toString();
            boolean attribute = round % 2 == 1;
            String escaped = attribute
                    ? s.replace("&", "&amp;")
                            .replace("<", "&lt;")
                            .replace("\"", "&quot;")
                            .replace("\n", "&#10;")
                            .replace("\t", "&#9;")
                            .replace("\r", "&#13;")
                    : s.replace("&", "&amp;")
                            .replace("<", "&lt;")
                            .replace(">", "&gt;")
                            .replace("\r", "&#13;");
            out.reset();
            if (attribute) {
                out.appendAttribute(s);
            } else {
                int at = 0;
                while (at < s.length()) {
                    int n = 1 + random.nextInt(s.length() - at);
                    out.appendText(s.toCharArray(), at, n);
                    at += n;
                }
            }
            assertArrayEquals(escaped.getBytes(StandardCharsets.UTF_8), out.toByteArray(), s);
            assertEquals(escaped.length(), out.chars());
        }
    }

    @Test
    void growsPastItsFirstBuffer() {
        String big = "中".repeat(50_000);
        Utf8Out out = new Utf8Out();
        out.append(big.toCharArray(), 0, big.length());
        assertArrayEquals(big.getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }
}
