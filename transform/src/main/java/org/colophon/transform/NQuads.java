package org.colophon.transform;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * One record's triples as N-Triples or N-Quads bytes, so records can be serialised on the threads that convert them.
 * Blank node labels are the record's own (unique per record), so records written one after another never share one.
 *
 * <p>Bytes are written straight into a buffer of the calling thread's, with no string built first. Each IRI's bytes
 * (its escaping decided once) are kept in a small cache of the thread's: the predicates, classes and vocabulary IRIs
 * of the rules and a record's own subjects recur, so most IRIs are copied, not scanned. A literal is encoded to UTF-8
 * by the JDK (a copy for ASCII text) and only its quotes, backslashes and control characters are looked for, in the
 * bytes. The output is the same, byte for byte, as escaping the whole line as text and encoding it to UTF-8 (a test
 * holds it against such a writer over every test record).
 */
public final class NQuads {
    private NQuads() {}

    public static byte[] ntriples(List<Triple> triples) {
        return encode(triples, null);
    }

    public static byte[] nquads(List<Triple> triples, String graph) {
        return encode(triples, graph);
    }

    private static final ThreadLocal<Writer> WRITER = ThreadLocal.withInitial(Writer::new);

    private static byte[] encode(List<Triple> triples, String graph) {
        Writer w = WRITER.get();
        return w.encode(triples, graph);
    }

    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

    /** The writer of one thread: its buffer and its cache of encoded IRIs. */
    private static final class Writer {
        /** A buffer grown past this by one large record is not kept for the next. */
        private static final int KEEP = 1 << 20;

        private byte[] buf = new byte[1 << 14];
        private int pos;
        private final Slots iris = new Slots(2048);
        /** "@lang" and "^^<datatype>" suffixes: few distinct ones. */
        private final Map<String, byte[]> langs = new HashMap<>();

        private final Map<String, byte[]> datatypes = new HashMap<>();
        private String lastGraph;
        private byte[] lastGraphBytes;

        byte[] encode(List<Triple> triples, String graph) {
            pos = 0;
            byte[] g = graph == null ? null : graph(graph);
            for (int i = 0, n = triples.size(); i < n; i++) {
                Triple t = triples.get(i);
                term(t.getSubject());
                put((byte) ' ');
                term(t.getPredicate());
                put((byte) ' ');
                term(t.getObject());
                if (g != null) {
                    put((byte) ' ');
                    put(g);
                }
                ensure(3);
                buf[pos++] = ' ';
                buf[pos++] = '.';
                buf[pos++] = '\n';
            }
            byte[] out = Arrays.copyOf(buf, pos);
            if (buf.length > KEEP) buf = new byte[1 << 14];
            return out;
        }

        private byte[] graph(String graph) {
            if (!graph.equals(lastGraph)) {
                lastGraphBytes = NodeFmtLib.strNT(NodeFactory.createURI(graph)).getBytes(StandardCharsets.UTF_8);
                lastGraph = graph;
            }
            return lastGraphBytes;
        }

        private void term(Node n) {
            if (n.isURI()) put(iri(n.getURI()));
            else if (n.isLiteral()) literal(n);
            else if (n.isBlank()) blank(n);
            else put(NodeFmtLib.strNT(n).getBytes(StandardCharsets.UTF_8));
        }

        /**
         * A blank node's label, written as it is when Colophon minted it (letters and digits), else by Jena's
         * formatter. A node's triples follow one another, so the last few labels are remembered by identity, not in
         * a cache that would only ever be filled: a record's labels are its own.
         */
        private void blank(Node n) {
            String label = n.getBlankNodeLabel();
            for (int i = 0; i < RECENT; i++) {
                if (recentLabels[i] == label) {
                    put(recentBytes[i]);
                    return;
                }
            }
            byte[] b =
                    safeLabel(label) ? utf8("_:" + label) : NodeFmtLib.strNT(n).getBytes(StandardCharsets.UTF_8);
            recent = (recent + 1) & (RECENT - 1);
            recentLabels[recent] = label;
            recentBytes[recent] = b;
            put(b);
        }

        private static final int RECENT = 4;
        private final String[] recentLabels = new String[RECENT];
        private final byte[][] recentBytes = new byte[RECENT][];
        private int recent;

        /** An IRI's bytes, from the cache or made: {@code <iri>} when nothing needs escaping, else Jena's form. */
        private byte[] iri(String iri) {
            byte[] b = iris.get(iri);
            if (b == null) {
                b = plainBytes(iri);
                if (b == null) b = NodeFmtLib.strNT(NodeFactory.createURI(iri)).getBytes(StandardCharsets.UTF_8);
                iris.put(iri, b);
            }
            return b;
        }

        private void literal(Node n) {
            byte[] lex = n.getLiteralLexicalForm().getBytes(StandardCharsets.UTF_8);
            ensure(lex.length + 2);
            buf[pos++] = '"';
            int start = 0;
            for (int i = 0; i < lex.length; i++) {
                byte c = lex[i];
                // bytes of a multi-byte UTF-8 sequence are all negative: only ASCII needs a look
                if (c >= 0x20 && c != '"' && c != '\\' || c < 0) continue;
                copy(lex, start, i);
                start = i + 1;
                switch (c) {
                    case '"' -> escape('"');
                    case '\\' -> escape('\\');
                    case '\n' -> escape('n');
                    case '\r' -> escape('r');
                    case '\t' -> escape('t');
                    default -> control(c);
                }
            }
            copy(lex, start, lex.length);
            put((byte) '"');
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) put(suffix(langs, lang, "@", ""));
            else {
                String dt = n.getLiteralDatatypeURI();
                if (!dt.equals(XSD_STRING)) put(suffix(datatypes, dt, "^^<", ">"));
            }
        }

        /** A language tag's or datatype's bytes; the map is emptied should odd data ever fill it. */
        private static byte[] suffix(Map<String, byte[]> cache, String key, String before, String after) {
            byte[] b = cache.get(key);
            if (b == null) {
                if (cache.size() >= 4096) cache.clear();
                b = utf8(before + key + after);
                cache.put(key, b);
            }
            return b;
        }

        private void escape(char c) {
            ensure(2);
            buf[pos++] = '\\';
            buf[pos++] = (byte) c;
        }

        private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

        /** Backslash, u, 00 and two hex digits, as {@code String.format} with {@code %04X} writes it. */
        private void control(byte c) {
            ensure(6);
            buf[pos++] = '\\';
            buf[pos++] = 'u';
            buf[pos++] = '0';
            buf[pos++] = '0';
            buf[pos++] = HEX[(c >> 4) & 0xF];
            buf[pos++] = HEX[c & 0xF];
        }

        private void copy(byte[] b, int from, int to) {
            int len = to - from;
            if (len <= 0) return;
            ensure(len);
            System.arraycopy(b, from, buf, pos, len);
            pos += len;
        }

        private void put(byte b) {
            ensure(1);
            buf[pos++] = b;
        }

        private void put(byte[] b) {
            ensure(b.length);
            System.arraycopy(b, 0, buf, pos, b.length);
            pos += b.length;
        }

        private void ensure(int more) {
            if (pos + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + more));
        }

        private static byte[] utf8(String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * A small cache of strings' bytes in a power-of-two number of slots: a string whose slot is taken replaces what was
     * there, so it never grows.
     */
    private static final class Slots {
        private final String[] keys;
        private final int[] hashes;
        private final byte[][] values;

        Slots(int slots) {
            keys = new String[slots];
            hashes = new int[slots];
            values = new byte[slots][];
        }

        private int slot(int h) {
            return (h ^ (h >>> 11)) & (keys.length - 1);
        }

        /**
         * The bytes kept for {@code key}, or null. The hash is held beside the key, so a slot holding another string
         * is passed over without reading that string (long since out of the processor's cache).
         */
        byte[] get(String key) {
            int h = key.hashCode();
            int s = slot(h);
            String k = keys[s];
            return k == key || hashes[s] == h && key.equals(k) ? values[s] : null;
        }

        void put(String key, byte[] value) {
            int h = key.hashCode();
            int s = slot(h);
            keys[s] = key;
            hashes[s] = h;
            values[s] = value;
        }
    }

    /** Labels Colophon mints (hex digits, 'x', a counter) need no encoding; others go through Jena's formatter. */
    private static boolean safeLabel(String label) {
        if (label.isEmpty() || !Character.isLetterOrDigit(label.charAt(0))) return false;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) return false;
        }
        return true;
    }

    /** The ASCII characters an IRI may hold as they are: not controls, space, DEL, nor {@code <>"{}|^`\\}. */
    private static final boolean[] PLAIN = new boolean[0x80];

    static {
        for (char c = '!'; c < 0x7f; c++) PLAIN[c] = "<>\"{}|^`\\".indexOf(c) < 0;
    }

    /**
     * {@code <iri>} as bytes when the IRI has no character N-Triples would need to escape, else {@code null} (then
     * Jena's formatter writes it): one pass that checks and copies.
     */
    private static byte[] plainBytes(String iri) {
        int n = iri.length();
        byte[] b = new byte[n + 2];
        b[0] = '<';
        for (int i = 0; i < n; i++) {
            char c = iri.charAt(i);
            if (c >= 0x80 || !PLAIN[c]) return null;
            b[i + 1] = (byte) c;
        }
        b[n + 1] = '>';
        return b;
    }
}
