package org.colophon.harvester.files.internal;

import java.io.IOException;
import java.io.InputStream;
import org.colophon.record.RecordFormat;

/** Guesses a file's record format from its first non-blank bytes. */
public final class FormatSniffer {
    private FormatSniffer() {}

    public static RecordFormat sniff(InputStream in, String name) throws IOException {
        String n = name.toLowerCase(java.util.Locale.ROOT).replaceFirst("\\.gz$", "");
        if (n.endsWith(".ttl") || n.endsWith(".nt") || n.endsWith(".rdf") || n.endsWith(".owl")) {
            return RecordFormat.RDF;
        }
        byte[] head = in.readNBytes(64);
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < head.length && Character.isWhitespace(head[i])) i++;
        if (i >= head.length) throw new IOException(name + ": empty file, no records to read");
        byte c = head[i];
        if (c == '<') return RecordFormat.MARCXML;
        if (c == '{' || c == '[') return RecordFormat.MARC_JSON;
        int digits = 0;
        while (i + digits < head.length && digits < 5 && Character.isDigit(head[i + digits])) digits++;
        if (digits == 5) return RecordFormat.MARC21;
        throw new IOException(
                name + ": not ISO 2709, XML or JSON (starts with byte 0x" + Integer.toHexString(c & 0xFF) + ")");
    }
}
