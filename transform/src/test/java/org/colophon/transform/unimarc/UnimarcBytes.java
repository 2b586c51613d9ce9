package org.colophon.transform.unimarc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.colophon.record.RecordFormat;
import org.colophon.record.SourceRecord;

/**
 * Builds synthetic ISO 2709 UNIMARC records byte by byte, in any character set, for the charset tests: what the
 * real records lack (ISO 5426, KOI8-R, GB 18030, wrong declarations) made from the UNIMARC manual's rules.
 */
final class UnimarcBytes {
    private final List<String> tags = new ArrayList<>();
    private final List<byte[]> data = new ArrayList<>();
    private final Charset charset;

    UnimarcBytes(Charset charset) {
        this.charset = charset;
    }

    UnimarcBytes control(String tag, String value) {
        tags.add(tag);
        data.add(value.getBytes(charset));
        return this;
    }

    /** A data field: indicators, then code/value pairs ({@code "a", "text", "e", "more"}). */
    UnimarcBytes field(String tag, String indicators, String... codesAndValues) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(indicators.getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i + 1 < codesAndValues.length; i += 2) {
            b.write(0x1F);
            b.writeBytes(codesAndValues[i].getBytes(StandardCharsets.US_ASCII));
            b.writeBytes(codesAndValues[i + 1].getBytes(charset));
        }
        tags.add(tag);
        data.add(b.toByteArray());
        return this;
    }

    /** A data field whose value is given as raw bytes (ISO 5426 has no JDK charset). */
    UnimarcBytes rawField(String tag, String indicators, char code, byte[] value) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(indicators.getBytes(StandardCharsets.US_ASCII));
        b.write(0x1F);
        b.write(code);
        b.writeBytes(value);
        tags.add(tag);
        data.add(b.toByteArray());
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        StringBuilder dir = new StringBuilder();
        for (int i = 0; i < tags.size(); i++) {
            byte[] d = data.get(i);
            dir.append(tags.get(i)).append(String.format("%04d%05d", d.length + 1, body.size()));
            body.writeBytes(d);
            body.write(0x1E);
        }
        int base = 24 + dir.length() + 1;
        int length = base + body.size() + 1;
        String leader = String.format("%05dnam0 22%05d   450 ", length, base);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(leader.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(dir.toString().getBytes(StandardCharsets.US_ASCII));
        out.write(0x1E);
        out.writeBytes(body.toByteArray());
        out.write(0x1D);
        return out.toByteArray();
    }

    SourceRecord record(RecordFormat format) {
        return SourceRecord.fromFile("test", "synthetic.mrc#1@0", format, bytes());
    }

    /** 100 $a with this character set code at 26-29 (e.g. {@code "0103"}: ISO 646 and ISO 5426). */
    static String coded100(String charsets) {
        return "20240101d2024    u  y0rusy" + charsets + "    ba";
    }
}
