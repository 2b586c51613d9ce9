package org.colophon.harvester.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@link XmlSplitter}'s reading of UTF-8 XML in the common shape, straight from the bytes: the same records, as the
 * same bytes, with the same locators, as Woodstox and {@link RecordCopier} give, without an XML parser. It reads only
 * a narrow, well-formed subset of XML (an XML declaration of version 1.0 in UTF-8, elements with ASCII names, prefixes
 * declared, unprefixed attributes without references or line ends, text with the five predefined and numeric
 * character references; no comment, processing instruction, CDATA section or DOCTYPE) and stops with {@link
 * Unusual} at the first thing outside it, before a record that a parser might read otherwise is handed on: the
 * caller then reads the file again from its start with Woodstox, skips the records already handed on, and goes on
 * from there, so that broken XML gets Woodstox's quarantine messages and positions exactly as before.
 *
 * <p>Woodstox stops at an invalid character (U+FFFE, U+FFFF) when it decodes the 4,000 bytes around it, before the
 * tags just ahead of it are read; so every byte is looked at for one when it is read, and a record is handed on only
 * once {@link #LOOKAHEAD} bytes after it (or the end of the file) have been read and found free of them.
 */
final class ByteXmlSplitter {
    /** Thrown at the first thing outside the subset read here; the caller reads the file with Woodstox instead. */
    static final class Unusual extends Exception {
        private static final long serialVersionUID = 1L;

        Unusual() {
            super(null, null, false, false);
        }
    }

    private static final Unusual UNUSUAL = new Unusual();

    /** Bytes read past a record's end, and found free of U+FFFE and U+FFFF, before it is handed on. */
    static final int LOOKAHEAD = 64 << 10;
    /** The largest token (a tag, or a text) read here; anything larger goes to Woodstox. */
    private static final int MAX_TOKEN = 8 << 20;
    /** The largest record copied here (bytes written); the copier's limit is 16 Mi characters. */
    private static final int MAX_RECORD = 8 << 20;

    /** The least room a read is made with (bytes are moved to the front, or the buffer grown, to have it). */
    private static final int MIN_READ = 32 << 10;

    private static final int MAX_DEPTH = 256;
    private static final int MAX_ATTRIBUTES = 32;

    private static final String RECORD_START = "<record xmlns=\"" + RecordCopier.MARC_NS + "\"";
    private static final byte[] MARC_NS_BYTES = RecordCopier.MARC_NS.getBytes(StandardCharsets.US_ASCII);

    private final InputStream in;
    private byte[] buf = new byte[1 << 18];
    private int pos;
    private int lim;
    private boolean eof;
    /** Bytes before {@code buf[0]} that were counted into {@link #chars}. */
    private int counted;
    /** Characters (UTF-16 units, as Woodstox counts them; a byte order mark not counted) before {@code counted}. */
    private long chars;
    /** How far the bytes were looked at for U+FFFE and U+FFFF. */
    private int scanned;

    private final Utf8Out out;

    // the open elements: qualified name, prefix, local name, and the namespace declarations of each
    private String[] qnames = new String[16];
    private byte[][] qbytes = new byte[16][];
    private String[] locals = new String[16];
    private int depth;
    /** Namespace declarations in scope, innermost last: prefix ("" for the default) and URI. */
    private String[] nsPrefix = new String[16];

    private String[] nsUri = new String[16];
    private int nsCount;
    /** The number of declarations in scope when each open element was opened. */
    private int[] nsMark = new int[16];

    private boolean started; // the root element was opened
    private boolean ended; // the root element was closed

    // the innermost open record element not yet known to be MARC
    private int candidateDepth = -1;
    private String candidateNs;
    private long candidateOffset;
    private final String[] candidateNames = new String[MAX_ATTRIBUTES];
    private final String[] candidateValues = new String[MAX_ATTRIBUTES];
    private int candidateCount;

    // the start tag just read
    private String tagPrefix;
    private String tagLocal;
    private String tagQname;
    private boolean tagEmpty;
    private final String[] attrNames = new String[MAX_ATTRIBUTES];
    private final int[] attrStart = new int[MAX_ATTRIBUTES];
    private final int[] attrEnd = new int[MAX_ATTRIBUTES];
    private final byte[] attrQuote = new byte[MAX_ATTRIBUTES];
    private int attrCount;

    ByteXmlSplitter(InputStream in, Utf8Out out) {
        this.in = in;
        this.out = out;
    }

    /** Where the record last returned started: Woodstox's character offset of its start tag. */
    long offset() {
        return candidateOffset;
    }

    /**
     * The next record's bytes, as {@link RecordCopier} writes them, or null at the end of a well-formed document.
     *
     * @throws Unusual at anything outside the subset read here (nothing was handed on from there)
     */
    byte[] next() throws Unusual {
        if (pos == 0 && lim == 0 && !eof && !started) prolog();
        while (true) {
            if (!more(1)) {
                if (!started || !ended) throw UNUSUAL; // no root, or elements left open: Woodstox says why
                return null;
            }
            if (buf[pos] != '<') {
                text(false);
                continue;
            }
            if (!more(2)) throw UNUSUAL;
            byte c = buf[pos + 1];
            if (c == '/') {
                endTag();
                int d = depth + 1; // the depth of the element just closed
                if (d == candidateDepth) candidateDepth = -1;
                if (depth == 0) ended = true;
                continue;
            }
            if (c == '!' || c == '?' || ended) throw UNUSUAL;
            long at = charsAt(pos);
            startTag();
            started = true;
            if (RecordCopier.MABXML_RECORD.equals(tagLocal)) throw UNUSUAL; // MABxml: Woodstox reads it
            if ("record".equals(tagLocal)) {
                candidate(at);
                if (tagEmpty) {
                    close();
                    candidateDepth = -1;
                } else {
                    pastTag();
                }
            } else if (candidateDepth >= 0 && depth == candidateDepth + 1 && RecordCopier.isMarcChild(tagLocal)) {
                byte[] raw = copyRecord();
                candidateDepth = -1;
                lookahead();
                return raw;
            } else if (tagEmpty) {
                close();
            } else {
                pastTag();
            }
        }
    }

    // ---- the buffer

    /** True when at least {@code n} bytes from {@code pos} are in the buffer, reading more if needed. */
    private boolean more(int n) throws Unusual {
        while (lim - pos < n) {
            if (eof) return false;
            fill();
        }
        return true;
    }

    /** Reads more bytes, moving what is left to the front first (the caller's positions move by {@code pos}). */
    private void fill() throws Unusual {
        // the bytes from pos are kept, and a sequence at the end not yet looked at for U+FFFE; moved to the front
        // only when little room is left behind them, so that what is read ahead is not moved after every record
        int keep = Math.min(pos, scanned);
        if (keep > 0 && buf.length - lim < MIN_READ) {
            count(keep);
            System.arraycopy(buf, keep, buf, 0, lim - keep);
            counted -= keep;
            scanned -= keep;
            lim -= keep;
            pos -= keep;
        }
        if (buf.length - lim < MIN_READ) {
            if (buf.length >= MAX_TOKEN + LOOKAHEAD * 2) throw UNUSUAL;
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n;
        try {
            n = in.read(buf, lim, buf.length - lim);
        } catch (IOException e) {
            throw UNUSUAL; // Woodstox meets the same error at the same place and says what it is
        }
        if (n < 0) {
            eof = true;
        } else {
            lim += n;
        }
        scanInvalid();
    }

    /**
     * Looks at the bytes read since the last look for U+FFFE and U+FFFF (EF BF BE, EF BF BF), eight bytes at a time
     * for a byte EF (a word with none passes at once: Chinese text has few, only full-width forms).
     */
    private void scanInvalid() throws Unusual {
        byte[] b = buf;
        int end = lim;
        int i = scanned;
        while (i < end) {
            if (i + 8 <= end) {
                long v = (long) LONGS.get(b, i) ^ (0xEFL * ONES);
                if (((v - ONES) & ~v & HIGH_BITS) == 0) {
                    i += 8; // no byte EF among the eight
                    continue;
                }
            }
            if (b[i] == (byte) 0xEF) {
                if (i + 2 >= end) {
                    if (!eof) break; // look again when the rest of the sequence is read
                } else if (b[i + 1] == (byte) 0xBF && (b[i + 2] == (byte) 0xBE || b[i + 2] == (byte) 0xBF)) {
                    throw UNUSUAL;
                }
            }
            i++;
        }
        scanned = i;
    }

    /** Reads until {@link #LOOKAHEAD} bytes past {@code pos} are in (and were looked at), or the file ended. */
    private void lookahead() throws Unusual {
        while (!eof && scanned - pos < LOOKAHEAD) fill();
    }

    /** The bytes read eight at a time, as a long (the order of the bytes in it does not matter to the counts). */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;
    private static final long SPACES = 0x20L * ONES;
    private static final long AMPS = '&' * ONES;
    private static final long GTS = '>' * ONES;

    /**
     * Counts the characters of the bytes up to {@code to}: every byte but a continuation byte ({@code 10xxxxxx})
     * starts one, and a four-byte one ({@code 11110xxx}) is two UTF-16 units. Eight bytes at a time: a byte's high
     * bit, with the next bits of the same byte shifted onto it, says what it is.
     */
    private void count(int to) {
        if (to <= counted) return;
        byte[] b = buf;
        int i = counted;
        long notStarts = 0;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(b, i);
            long high = w & HIGH_BITS;
            if (high == 0) continue; // ASCII
            long w1 = w << 1;
            notStarts += Long.bitCount(high & ~w1) - Long.bitCount(high & w1 & (w << 2) & (w << 3));
        }
        for (; i < to; i++) {
            int x = b[i];
            if ((x & 0xC0) == 0x80) notStarts++;
            else if ((x & 0xF8) == 0xF0) notStarts--;
        }
        chars += (to - counted) - notStarts;
        counted = to;
    }

    private long charsAt(int p) {
        count(p);
        return chars;
    }

    /** The index of the first {@code c} from {@code pos} on, reading more as needed; -1 at the end of the file. */
    private int find(byte c) throws Unusual {
        int from = pos;
        long pattern = (c & 0xFFL) * ONES;
        while (true) {
            byte[] b = buf;
            int end = lim;
            int i = from;
            for (; i + 8 <= end; i += 8) {
                long v = (long) LONGS.get(b, i) ^ pattern;
                if (((v - ONES) & ~v & HIGH_BITS) != 0) break; // c is among these eight
            }
            for (; i < end; i++) if (b[i] == c) return i;
            if (eof) return -1;
            int seen = lim - pos;
            if (seen > MAX_TOKEN) throw UNUSUAL;
            fill();
            from = pos + seen;
        }
    }

    // ---- the prolog

    /** A byte order mark and an XML declaration, each if there; the root follows. */
    private void prolog() throws Unusual {
        if (!more(3)) throw UNUSUAL;
        if (buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
            pos = 3;
            counted = 3; // Woodstox does not count the mark
        }
        if (!more(6) || !startsWith("<?xml") || !space(buf[pos + 5])) return;
        int end = find((byte) '>');
        if (end < 0 || buf[end - 1] != '?') throw UNUSUAL;
        String decl = new String(buf, pos + 5, end - 1 - (pos + 5), StandardCharsets.US_ASCII);
        if (!DECLARATION.matcher(decl).matches()) throw UNUSUAL;
        pos = end + 1;
    }

    /** version 1.0, an encoding of UTF-8 (the only one this reader is used for), standalone yes or no. */
    private static final java.util.regex.Pattern DECLARATION = java.util.regex.Pattern.compile("[ \\t\\r\\n]+version"
            + "[ \\t\\r\\n]*=[ \\t\\r\\n]*(\"1\\.0\"|'1\\.0')"
            + "([ \\t\\r\\n]+encoding[ \\t\\r\\n]*=[ \\t\\r\\n]*(\"(?i:utf-?8)\"|'(?i:utf-?8)'))?"
            + "([ \\t\\r\\n]+standalone[ \\t\\r\\n]*=[ \\t\\r\\n]*(\"(yes|no)\"|'(yes|no)'))?[ \\t\\r\\n]*");

    private boolean startsWith(String s) {
        for (int i = 0; i < s.length(); i++) if (buf[pos + i] != s.charAt(i)) return false;
        return true;
    }

    private static boolean space(byte c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    // ---- tags

    /** The index of the start tag's closing {@code >} (outside quotes), reading more as needed. */
    private int tagEnd() throws Unusual {
        int from = pos + 1;
        byte quote = 0;
        while (true) {
            byte[] b = buf;
            for (int i = from; i < lim; i++) {
                byte c = b[i];
                if (quote != 0) {
                    if (c == quote) quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    return i;
                } else if (c == '<') {
                    throw UNUSUAL;
                }
            }
            if (eof) throw UNUSUAL;
            int seen = lim - pos;
            if (seen > MAX_TOKEN) throw UNUSUAL;
            fill();
            from = pos + seen;
        }
    }

    /**
     * Reads the start tag at {@code pos}: its name and attributes (values left in the buffer), the namespace
     * declarations in it taken into scope, and the element opened.
     */
    private void startTag() throws Unusual {
        int end = tagEnd();
        byte[] b = buf;
        int p = pos + 1;
        int nameEnd = name(b, p, end);
        int colon = this.colon;
        String qname = known(b, p, nameEnd);
        String prefix;
        String local;
        if (colon < 0) {
            prefix = "";
            local = qname;
        } else {
            prefix = new String(b, p, colon - p, StandardCharsets.US_ASCII);
            local = new String(b, colon + 1, nameEnd - colon - 1, StandardCharsets.US_ASCII);
        }
        if (depth + 1 >= MAX_DEPTH) throw UNUSUAL;
        if (depth + 1 >= qnames.length) {
            qnames = Arrays.copyOf(qnames, qnames.length * 2);
            qbytes = Arrays.copyOf(qbytes, qbytes.length * 2);
            locals = Arrays.copyOf(locals, locals.length * 2);
            nsMark = Arrays.copyOf(nsMark, nsMark.length * 2);
        }
        nsMark[depth] = nsCount;
        p = nameEnd;
        attrCount = 0;
        boolean empty = false;
        while (true) {
            boolean spaced = false;
            while (p < end && space(b[p])) {
                p++;
                spaced = true;
            }
            if (p == end) break;
            if (b[p] == '/') {
                if (p + 1 != end) throw UNUSUAL;
                empty = true;
                break;
            }
            if (!spaced) throw UNUSUAL;
            int an = p;
            int anEnd = name(b, p, end);
            int aColon = this.colon;
            p = anEnd;
            while (p < end && space(b[p])) p++;
            if (p == end || b[p] != '=') throw UNUSUAL;
            p++;
            while (p < end && space(b[p])) p++;
            if (p == end || (b[p] != '"' && b[p] != '\'')) throw UNUSUAL;
            byte quote = b[p];
            int vs = ++p;
            while (b[p] != quote) {
                byte c = b[p];
                // references, '<', and line ends and tabs (which a parser turns into spaces) go to Woodstox
                if (c == '&' || c == '<' || (c >= 0 && c < 0x20)) throw UNUSUAL;
                p++;
            }
            int ve = p++;
            if (aColon < 0 && nameIs(b, an, anEnd, "xmlns")) {
                declare("", vs, ve);
            } else if (aColon >= 0 && nameIs(b, an, aColon, "xmlns")) {
                String pfx = new String(b, aColon + 1, anEnd - aColon - 1, StandardCharsets.US_ASCII);
                if (ve == vs || pfx.regionMatches(true, 0, "xml", 0, 3)) throw UNUSUAL;
                declare(pfx, vs, ve);
            } else if (aColon >= 0) {
                throw UNUSUAL; // a prefixed attribute
            } else {
                if (attrCount == MAX_ATTRIBUTES) throw UNUSUAL;
                String n = known(b, an, anEnd);
                for (int i = 0; i < attrCount; i++) if (attrNames[i].equals(n)) throw UNUSUAL;
                attrNames[attrCount] = n;
                attrStart[attrCount] = vs;
                attrEnd[attrCount] = ve;
                attrQuote[attrCount++] = quote;
            }
        }
        if (!prefix.isEmpty() && (prefix.regionMatches(true, 0, "xml", 0, 3) || uri(prefix) == null)) throw UNUSUAL;
        qnames[depth] = qname;
        qbytes[depth] = bytes(qname);
        locals[depth] = local;
        depth++;
        tagPrefix = prefix;
        tagLocal = local;
        tagQname = qname;
        tagEmpty = empty;
        tagEndAt = end;
    }

    private int tagEndAt;

    /** After {@link #startTag}: moves past it. */
    private void pastTag() {
        pos = tagEndAt + 1;
    }

    /** Closes the element just opened by an empty tag. */
    private void close() {
        pastTag();
        depth--;
        nsCount = nsMark[depth];
        if (depth == 0) ended = true;
    }

    /** Takes a namespace declaration into scope; a second declaration of a prefix in one tag goes to Woodstox. */
    private void declare(String prefix, int from, int to) throws Unusual {
        for (int i = nsMark[depth]; i < nsCount; i++) if (nsPrefix[i].equals(prefix)) throw UNUSUAL;
        if (nsCount == nsPrefix.length) {
            nsPrefix = Arrays.copyOf(nsPrefix, nsCount * 2);
            nsUri = Arrays.copyOf(nsUri, nsCount * 2);
        }
        nsPrefix[nsCount] = prefix;
        nsUri[nsCount++] =
                to - from == MARC_NS_BYTES.length && Arrays.equals(buf, from, to, MARC_NS_BYTES, 0, to - from)
                        ? RecordCopier.MARC_NS
                        : new String(buf, from, to - from, StandardCharsets.UTF_8);
    }

    /** The namespace a prefix ("" for the default) is bound to here; "" for no default, null for an unbound prefix. */
    private String uri(String prefix) {
        for (int i = nsCount - 1; i >= 0; i--) if (nsPrefix[i].equals(prefix)) return nsUri[i];
        return prefix.isEmpty() ? "" : null;
    }

    /** Set by {@link #name}: the index of the name's colon, or -1. */
    private int colon;

    /** An ASCII name from {@code p} (at most one colon, not first or last); returns its end. */
    private int name(byte[] b, int p, int end) throws Unusual {
        colon = -1;
        int start = p;
        if (p == end || !NAME_START[b[p] & 0xFF]) throw UNUSUAL;
        p++;
        while (p < end) {
            int c = b[p] & 0xFF;
            if (NAME[c]) {
                p++;
            } else if (c == ':' && colon < 0 && p + 1 < end && NAME_START[b[p + 1] & 0xFF]) {
                colon = p++;
            } else {
                break;
            }
        }
        if (p < end && !space(b[p]) && b[p] != '/' && b[p] != '=') throw UNUSUAL;
        if (p == start) throw UNUSUAL;
        return p;
    }

    private static final boolean[] NAME_START = new boolean[256];
    private static final boolean[] NAME = new boolean[256];

    static {
        for (int c = 0; c < 128; c++) {
            NAME_START[c] = Character.isLetter(c) || c == '_';
            NAME[c] = Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
        }
    }

    private static boolean nameIs(byte[] b, int from, int to, String s) {
        if (to - from != s.length()) return false;
        for (int i = 0; i < s.length(); i++) if (b[from + i] != s.charAt(i)) return false;
        return true;
    }

    /** The names of MARCXML, given back as these constants so that reading one allocates nothing. */
    private static final String[] KNOWN = {
        "subfield", "code", "datafield", "tag", "ind1", "ind2", "controlfield", "leader", "record", "collection", "type"
    };

    /** {@link #KNOWN} by length and first letter. */
    private static final String[][] KNOWN_BY = new String[16 * 128][];

    static {
        for (String k : KNOWN) {
            int key = k.length() * 128 + k.charAt(0);
            String[] was = KNOWN_BY[key];
            KNOWN_BY[key] = was == null ? new String[] {k} : append(was, k);
        }
    }

    /** The bytes of {@link #KNOWN_BY}'s names, in the same places. */
    private static final byte[][][] KNOWN_BY_BYTES = new byte[16 * 128][][];

    static {
        for (int i = 0; i < KNOWN_BY.length; i++) {
            if (KNOWN_BY[i] == null) continue;
            KNOWN_BY_BYTES[i] = new byte[KNOWN_BY[i].length][];
            for (int k = 0; k < KNOWN_BY[i].length; k++) {
                KNOWN_BY_BYTES[i][k] = KNOWN_BY[i][k].getBytes(StandardCharsets.US_ASCII);
            }
        }
    }

    private static String[] append(String[] a, String s) {
        String[] b = Arrays.copyOf(a, a.length + 1);
        b[a.length] = s;
        return b;
    }

    private static String known(byte[] b, int from, int to) {
        int n = to - from;
        if (n < 16) {
            String[] ks = KNOWN_BY[n * 128 + (b[from] & 0x7F)];
            if (ks != null) {
                byte[][] kbs = KNOWN_BY_BYTES[n * 128 + (b[from] & 0x7F)];
                for (int k = 0; k < ks.length; k++) if (Arrays.equals(b, from, to, kbs[k], 0, n)) return ks[k];
            }
        }
        return new String(b, from, n, StandardCharsets.US_ASCII);
    }

    private static final java.util.IdentityHashMap<String, byte[]> KNOWN_BYTES = new java.util.IdentityHashMap<>();

    static {
        for (String k : KNOWN) KNOWN_BYTES.put(k, k.getBytes(StandardCharsets.US_ASCII));
    }

    /** A name's bytes: a known one's made once. */
    private static byte[] bytes(String name) {
        byte[] k = KNOWN_BYTES.get(name);
        return k != null ? k : name.getBytes(StandardCharsets.US_ASCII);
    }

    /** An end tag at {@code pos}: it must close the innermost open element. */
    private void endTag() throws Unusual {
        int end = find((byte) '>');
        if (end < 0 || depth == 0) throw UNUSUAL;
        byte[] q = qbytes[depth - 1];
        int p = pos + 2;
        if (end - p < q.length || !Arrays.equals(buf, p, p + q.length, q, 0, q.length)) throw UNUSUAL;
        p += q.length;
        while (p < end && space(buf[p])) p++;
        if (p != end) throw UNUSUAL;
        pos = end + 1;
        depth--;
        nsCount = nsMark[depth];
    }

    // ---- records

    /** The record element just opened: remembered as the innermost candidate. */
    private void candidate(long at) throws Unusual {
        candidateDepth = depth;
        candidateNs = uri(tagPrefix);
        candidateOffset = (int) at; // Woodstox's Location gives an int
        candidateCount = attrCount;
        for (int i = 0; i < attrCount; i++) {
            candidateNames[i] = attrNames[i];
            candidateValues[i] = attrValue(i);
        }
    }

    private String attrValue(int i) {
        return new String(buf, attrStart[i], attrEnd[i] - attrStart[i], StandardCharsets.UTF_8);
    }

    /**
     * Copies the record whose first MARC child's start tag was just read, up to the record's end tag, as {@link
     * RecordCopier#copyRest} writes it; leaves the record closed.
     */
    private byte[] copyRecord() throws Unusual {
        Utf8Out o = out;
        o.reset();
        o.ascii(RECORD_START);
        for (int i = 0; i < candidateCount; i++) {
            o.append(' ')
                    .ascii(candidateNames[i])
                    .ascii("=\"")
                    .appendAttribute(candidateValues[i])
                    .append('"');
        }
        o.append('>');
        boolean startOpen = false;
        String[] written = this.written;
        while (true) {
            // the start tag read last is of an element inside the record (depth > candidateDepth)
            if (startOpen) o.append('>');
            written[depth] = writeStart(o);
            if (tagEmpty) {
                o.ascii("/>");
                close();
                startOpen = false;
            } else {
                pastTag();
                startOpen = true;
            }
            // text and end tags until the next start tag inside the record, or the record's end
            while (true) {
                if (!more(2)) throw UNUSUAL;
                if (buf[pos] != '<') {
                    if (startOpen) o.append('>');
                    startOpen = false;
                    text(true);
                    if (o.size() > MAX_RECORD) throw UNUSUAL;
                    continue;
                }
                byte c = buf[pos + 1];
                if (c == '/') {
                    endTag();
                    if (depth < candidateDepth) {
                        if (startOpen) o.append('>');
                        o.ascii("</record>");
                        if (depth == 0) ended = true;
                        return o.toByteArray();
                    }
                    if (startOpen) o.ascii("/>");
                    else o.ascii("</").ascii(written[depth + 1]).append('>');
                    startOpen = false;
                    continue;
                }
                if (c == '!' || c == '?') throw UNUSUAL;
                startTag();
                break;
            }
        }
    }

    /** The names the open elements inside the record were written with, by depth. */
    private final String[] written = new String[MAX_DEPTH + 1];

    /** Writes the start tag just read without its closing {@code >}; returns the name its end tag is written with. */
    private String writeStart(Utf8Out o) throws Unusual {
        String ns = uri(tagPrefix);
        String name;
        o.append('<');
        if (ns.isEmpty() || ns.equals(candidateNs) || ns.equals(RecordCopier.MARC_NS)) {
            name = tagLocal;
            o.ascii(name);
        } else {
            String prefix = tagPrefix.isEmpty() ? "x" : tagPrefix;
            name = prefix + ":" + tagLocal;
            o.ascii(name);
            o.ascii(" xmlns:").ascii(prefix).ascii("=\"").appendAttribute(ns).append('"');
        }
        for (int i = 0; i < attrCount; i++) {
            o.append(' ').ascii(attrNames[i]).ascii("=\"");
            int s = attrStart[i];
            int e = attrEnd[i];
            if (attrQuote[i] == '"') {
                o.appendBytes(buf, s, e - s);
            } else {
                // in single quotes a value may hold '"', written as a reference
                int from = s;
                for (int j = s; j < e; j++) {
                    if (buf[j] == '"') {
                        o.appendBytes(buf, from, j - from);
                        o.ascii("&quot;");
                        from = j + 1;
                    }
                }
                o.appendBytes(buf, from, e - from);
            }
            o.append('"');
        }
        return name;
    }

    /**
     * Text from {@code pos} to the next {@code <}, written (when {@code copy}) as the copier writes the parser's text:
     * {@code >} and the references to {@code <}, {@code >}, {@code &} and CR as references, other references as their
     * characters. Outside records, text must be spaces unless inside the root.
     */
    private void text(boolean copy) throws Unusual {
        int end = find((byte) '<');
        if (end < 0) {
            if (depth > 0) throw UNUSUAL;
            end = lim;
        }
        byte[] b = buf;
        Utf8Out o = out;
        int from = pos;
        boolean top = depth == 0;
        for (int i = pos; i < end; i++) {
            if (!top && i + 8 <= end) {
                // eight bytes at a time while none is a control character, '&' or '>'
                long w = (long) LONGS.get(b, i);
                long amp = w ^ AMPS;
                long gt = w ^ GTS;
                if (((((w - SPACES) & ~w) | ((amp - ONES) & ~amp) | ((gt - ONES) & ~gt)) & HIGH_BITS) == 0) {
                    i += 7;
                    continue;
                }
            }
            int c = b[i];
            if (c >= 0 && SPECIAL[c]) {
                if (top && !(c == '\n' || c == '\t' || c == '\r')) throw UNUSUAL;
                if (c == '\n' || c == '\t') continue;
                if (c == '\r') {
                    // a parser reads CR LF, and a CR alone, as one line feed
                    if (copy) {
                        o.appendBytes(b, from, i - from);
                        o.append('\n');
                    }
                    if (i + 1 < end && b[i + 1] == '\n') i++;
                    from = i + 1;
                } else if (c == '>') {
                    if (i - 2 >= pos && b[i - 1] == ']' && b[i - 2] == ']') throw UNUSUAL;
                    if (copy) {
                        o.appendBytes(b, from, i - from);
                        o.ascii("&gt;");
                    }
                    from = i + 1;
                } else if (c == '&') {
                    int semi = i + 1;
                    while (semi < end && semi - i < 12 && b[semi] != ';') semi++;
                    if (semi == end || b[semi] != ';') throw UNUSUAL;
                    if (copy) o.appendBytes(b, from, i - from);
                    reference(b, i + 1, semi, copy);
                    from = semi + 1;
                    i = semi;
                } else {
                    throw UNUSUAL; // a control character
                }
            } else if (top && c != ' ') {
                throw UNUSUAL; // text outside the root
            }
        }
        if (copy) o.appendBytes(b, from, end - from);
        pos = end;
    }

    /** '&', '>' and the control characters (tab and line feed only for text outside the root). */
    private static final boolean[] SPECIAL = new boolean[128];

    static {
        for (int c = 0; c < 0x20; c++) SPECIAL[c] = true;
        SPECIAL['&'] = true;
        SPECIAL['>'] = true;
        SPECIAL['\n'] = true; // only outside the root, where it is space
        SPECIAL['\t'] = true;
    }

    /** A character reference (between {@code &} and {@code ;}), written as the copier writes its character. */
    private void reference(byte[] b, int from, int to, boolean copy) throws Unusual {
        Utf8Out o = out;
        if (nameIs(b, from, to, "lt")) {
            if (copy) o.ascii("&lt;");
        } else if (nameIs(b, from, to, "gt")) {
            if (copy) o.ascii("&gt;");
        } else if (nameIs(b, from, to, "amp")) {
            if (copy) o.ascii("&amp;");
        } else if (nameIs(b, from, to, "quot")) {
            if (copy) o.append('"');
        } else if (nameIs(b, from, to, "apos")) {
            if (copy) o.append('\'');
        } else {
            if (to - from < 2 || b[from] != '#') throw UNUSUAL;
            int cp = 0;
            int p = from + 1;
            boolean hex = b[p] == 'x';
            if (hex) p++;
            if (p == to || to - p > 7) throw UNUSUAL;
            for (; p < to; p++) {
                int d = Character.digit(b[p], hex ? 16 : 10);
                if (d < 0 || b[p] < 0) throw UNUSUAL;
                cp = cp * (hex ? 16 : 10) + d;
            }
            boolean valid = cp == 0x9
                    || cp == 0xA
                    || cp >= 0x20 && cp <= 0xD7FF
                    || cp >= 0xE000 && cp <= 0xFFFD
                    || cp >= 0x10000 && cp <= 0x10FFFF;
            if (!valid) throw UNUSUAL;
            if (!copy) return;
            if (cp == '\r') o.ascii("&#13;");
            else if (cp == '<') o.ascii("&lt;");
            else if (cp == '>') o.ascii("&gt;");
            else if (cp == '&') o.ascii("&amp;");
            else o.append(Character.toString(cp));
        }
    }
}
