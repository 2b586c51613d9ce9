package org.colophon.transform.marc.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.colophon.transform.marc.Field;
import org.colophon.transform.marc.MarcRecord;

/**
 * A fast path for the one MARCXML shape the file splitter writes: {@code <record xmlns="…MARC21/slim">} with unprefixed
 * {@code leader}, {@code controlfield tag=}, {@code datafield tag= ind1= ind2=} and {@code subfield code=} children,
 * attributes in that order, and only the five predefined or numeric character references. It reads bytes directly;
 * at the first thing outside that shape it gives up ({@code null}) and the StAX decoder reads the record instead,
 * so every record still gets a full XML parser when it needs one. Values are cleaned exactly as the StAX path does.
 */
final class CanonicalMarcXml {
    private static final byte[] RECORD_START =
            "<record xmlns=\"http://www.loc.gov/MARC21/slim\"".getBytes(StandardCharsets.US_ASCII);

    private final byte[] b;
    private int p;

    private CanonicalMarcXml(byte[] b) {
        this.b = b;
    }

    /** The record, or null when the bytes are not in the canonical shape. */
    static MarcRecord decode(byte[] raw) {
        try {
            return new CanonicalMarcXml(raw).record();
        } catch (NotCanonical | ArrayIndexOutOfBoundsException e) {
            return null;
        }
    }

    private static final class NotCanonical extends Exception {
        private static final long serialVersionUID = 1L;

        NotCanonical() {
            super(null, null, false, false);
        }
    }

    private static final NotCanonical NO = new NotCanonical();

    private MarcRecord record() throws NotCanonical {
        skipSpace();
        expect(RECORD_START);
        while (b[p] != '>') {
            // attributes of the record element are kept by the splitter but carry nothing MARC needs
            skipSpace();
            if (b[p] == '>') break;
            name();
            expect('=');
            attribute();
        }
        p++;
        String leader = null;
        List<Field> fields = new ArrayList<>();
        FieldBuilder fb = new FieldBuilder();
        while (true) {
            skipSpace();
            expect('<');
            if (b[p] == '/') {
                expect("/record>");
                skipSpace();
                if (p != b.length) throw NO;
                return new MarcRecord(leader != null ? leader : MarcText.defaultLeader(), fields);
            }
            String name = name();
            switch (name) {
                case "leader" -> {
                    attributes();
                    leader = MarcText.leader(content("leader"));
                }
                case "controlfield" -> {
                    attributes();
                    fields.add(Field.control(tag(), MarcText.clean(content("controlfield"))));
                }
                case "datafield" -> fields.add(datafield(fb));
                default -> throw NO;
            }
        }
    }

    private Field datafield(FieldBuilder fb) throws NotCanonical {
        attributes();
        fb.start(tag(), indicator("ind1"), indicator("ind2"));
        if (b[p] == '/') {
            expect("/>");
            return fb.build();
        }
        expect('>');
        while (true) {
            skipSpace();
            expect('<');
            if (b[p] == '/') {
                expect("/datafield>");
                return fb.build();
            }
            if (!"subfield".equals(name())) throw NO;
            attributes();
            int code = find("code");
            if (code < 0) throw NO;
            fb.add(code(code), MarcText.clean(content("subfield")));
        }
    }

    /**
     * The attributes of the start tag just named, in any order; the reader stops at {@code >} or {@code />}. Values
     * are kept as where they are in the bytes, and made strings only when asked for: most are a tag, an indicator or
     * a subfield code, read straight from their bytes.
     */
    private void attributes() throws NotCanonical {
        attrCount = 0;
        while (true) {
            skipSpace();
            if (b[p] == '>' || b[p] == '/') return;
            String n = name();
            expect('=');
            if (attrCount == names.length) throw NO;
            expect('"');
            int start = p;
            plain[attrCount] = scan('"');
            names[attrCount] = n;
            starts[attrCount] = start;
            ends[attrCount++] = p;
            expect('"');
        }
    }

    private final String[] names = new String[8];
    private final int[] starts = new int[8];
    private final int[] ends = new int[8];
    private final boolean[] plain = new boolean[8];
    private int attrCount;

    /** The first attribute of that name, or -1. */
    private int find(String name) {
        for (int i = 0; i < attrCount; i++) if (names[i].equals(name)) return i;
        return -1;
    }

    private String value(int i) throws NotCanonical {
        return plain[i] ? utf8(starts[i], ends[i]) : unescape(starts[i], ends[i]);
    }

    /**
     * The first character of attribute {@code i}, 0 when it has none. A plain value's first byte is its first
     * character when it is ASCII; a first byte of a multi-byte sequence stands for a character past ASCII, which is
     * all the callers need to know of it.
     */
    private char first(int i) throws NotCanonical {
        if (starts[i] == ends[i]) return 0;
        if (plain[i]) return (char) (b[starts[i]] & 0xFF);
        String v = value(i);
        return v.isEmpty() ? 0 : v.charAt(0);
    }

    /** An indicator attribute, blank when missing or empty, as {@link FieldBuilder#indicator(String)} reads it. */
    private char indicator(String name) throws NotCanonical {
        int i = find(name);
        char c = i < 0 ? 0 : first(i);
        return c == 0 ? ' ' : FieldBuilder.indicator(c);
    }

    /** A subfield code attribute: {@code ?} when empty, else its first character as {@link FieldBuilder#code}. */
    private char code(int i) throws NotCanonical {
        char c = first(i);
        return c == 0 ? '?' : FieldBuilder.code(c);
    }

    /** The numeric tags, made once: a record's tags are read without making a string for each. */
    private static final String[] TAGS = new String[1000];

    static {
        for (int i = 0; i < TAGS.length; i++) TAGS[i] = String.format("%03d", i);
    }

    /** The tag attribute; blank or missing read as {@code ???} like the StAX path. */
    private String tag() throws NotCanonical {
        int i = find("tag");
        if (i < 0) return "???";
        int s = starts[i];
        if (plain[i] && ends[i] - s == 3 && digit(b[s]) && digit(b[s + 1]) && digit(b[s + 2])) {
            return TAGS[(b[s] - '0') * 100 + (b[s + 1] - '0') * 10 + (b[s + 2] - '0')];
        }
        String t = value(i).strip();
        return t.isEmpty() ? "???" : t;
    }

    private static boolean digit(byte c) {
        return c >= '0' && c <= '9';
    }

    /** After the attributes: {@code >text</name>} or {@code />}. */
    private String content(String name) throws NotCanonical {
        if (b[p] == '/') {
            expect("/>");
            return "";
        }
        expect('>');
        String text = text('<');
        expect("</");
        expect(name);
        expect('>');
        return text;
    }

    private String attribute() throws NotCanonical {
        expect('"');
        String v = text('"');
        expect('"');
        return v;
    }

    /** Characters up to {@code end}, with character references resolved; gives up on markup or a bare CR. */
    private String text(char end) throws NotCanonical {
        int start = p;
        return scan(end) ? utf8(start, p) : unescape(start, p);
    }

    /**
     * Moves to {@code end} and says whether the bytes passed hold no character reference; gives up on markup, a bare
     * CR, or (in an attribute) a line end or tab.
     */
    private boolean scan(char end) throws NotCanonical {
        byte[] b = this.b;
        int p = this.p;
        boolean plain = true;
        if (end == '"') {
            for (byte c; (c = b[p]) != '"'; p++) {
                if (c > '<' || c < 0) continue; // letters and every byte of a character past ASCII
                if (c == '&') plain = false;
                else if (c == '<' || c == '\r' || c == '\n' || c == '\t') throw NO;
            }
        } else {
            for (byte c; (c = b[p]) != end; p++) {
                if (c > '<' || c < 0) continue;
                if (c == '&') plain = false;
                else if (c == '<' || c == '\r') throw NO;
            }
        }
        this.p = p;
        return plain;
    }

    private String utf8(int from, int to) {
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }

    private String unescape(int from, int to) throws NotCanonical {
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int amp = i;
            while (amp < to && b[amp] != '&') amp++;
            sb.append(new String(b, i, amp - i, StandardCharsets.UTF_8));
            if (amp == to) break;
            int semi = amp + 1;
            while (semi < to && b[semi] != ';') semi++;
            if (semi == to) throw NO;
            String ref = new String(b, amp + 1, semi - amp - 1, StandardCharsets.US_ASCII);
            switch (ref) {
                case "lt" -> sb.append('<');
                case "gt" -> sb.append('>');
                case "amp" -> sb.append('&');
                case "quot" -> sb.append('"');
                case "apos" -> sb.append('\'');
                default -> {
                    if (ref.length() < 2 || ref.charAt(0) != '#') throw NO;
                    try {
                        int cp = ref.charAt(1) == 'x'
                                ? Integer.parseInt(ref.substring(2), 16)
                                : Integer.parseInt(ref.substring(1));
                        sb.appendCodePoint(cp);
                    } catch (IllegalArgumentException e) {
                        throw NO;
                    }
                }
            }
            i = semi + 1;
        }
        return sb.toString();
    }

    /** The names of the canonical shape, given back as these constants so that reading one allocates nothing. */
    private static final String[] KNOWN = {
        "subfield", "code", "datafield", "tag", "ind1", "ind2", "controlfield", "leader", "record", "xmlns"
    };

    /** ASCII letters and digits, the characters of the names read here. */
    private static final boolean[] NAME = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) NAME[c] = Character.isLetterOrDigit(c);
    }

    /** {@link #KNOWN}'s bytes, by length and first letter: a name is compared with the one or two it can be. */
    private static final byte[][][] KNOWN_BYTES = new byte[16 * 128][][];

    private static final String[][] KNOWN_NAMES = new String[16 * 128][];

    static {
        for (String k : KNOWN) {
            int key = k.length() * 128 + k.charAt(0);
            int n = KNOWN_NAMES[key] == null ? 0 : KNOWN_NAMES[key].length;
            KNOWN_NAMES[key] =
                    java.util.Arrays.copyOf(KNOWN_NAMES[key] == null ? new String[0] : KNOWN_NAMES[key], n + 1);
            KNOWN_BYTES[key] =
                    java.util.Arrays.copyOf(KNOWN_BYTES[key] == null ? new byte[0][] : KNOWN_BYTES[key], n + 1);
            KNOWN_NAMES[key][n] = k;
            KNOWN_BYTES[key][n] = k.getBytes(StandardCharsets.US_ASCII);
        }
    }

    private String name() throws NotCanonical {
        int start = p;
        while (b[p] >= 0 && NAME[b[p]]) p++;
        if (p == start || b[p] == ':') throw NO;
        int length = p - start;
        if (length < 16) {
            int key = length * 128 + b[start];
            byte[][] known = KNOWN_BYTES[key];
            if (known != null) {
                for (int k = 0; k < known.length; k++) {
                    if (java.util.Arrays.equals(b, start, p, known[k], 0, length)) return KNOWN_NAMES[key][k];
                }
            }
        }
        return new String(b, start, length, StandardCharsets.US_ASCII);
    }

    private void skipSpace() {
        while (p < b.length && (b[p] == ' ' || b[p] == '\n' || b[p] == '\t')) p++;
    }

    private void expect(char c) throws NotCanonical {
        if (b[p] != c) throw NO;
        p++;
    }

    private void expect(String s) throws NotCanonical {
        for (int i = 0; i < s.length(); i++) expect(s.charAt(i));
    }

    private void expect(byte[] s) throws NotCanonical {
        for (byte x : s) {
            if (b[p] != x) throw NO;
            p++;
        }
    }
}
