package org.colophon.harvester.raw.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.colophon.harvester.raw.RawRecord;
import org.colophon.record.RecordFormat;

/**
 * The file layout of the raw store. A record lives at {@code {source}/{h[0..2]}/{h[2..4]}/{h}.gz}, {@code h} the
 * SHA-1 of its OAI identifier in hex; the file is gzip of one JSON header line
 * ({@code {"id":…,"datestamp":…,"deleted":…,"sets":[…],"format":…,"harvested":…}}) followed by the payload bytes.
 */
public final class RawFiles {
    private static final JsonFactory JSON = new JsonFactory();

    private RawFiles() {}

    public static Path path(Path sourceDir, String identifier) {
        String h = sha1(identifier);
        return sourceDir.resolve(h.substring(0, 2)).resolve(h.substring(2, 4)).resolve(h + ".gz");
    }

    public static byte[] encode(RawRecord r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(r.payload().length / 3 + 256);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            try (JsonGenerator g = JSON.createGenerator(head)) {
                g.writeStartObject();
                g.writeStringField("id", r.identifier());
                g.writeStringField(
                        "datestamp",
                        r.datestamp() == null ? null : r.datestamp().toString());
                g.writeBooleanField("deleted", r.deleted());
                g.writeArrayFieldStart("sets");
                for (String s : r.sets()) g.writeString(s);
                g.writeEndArray();
                g.writeStringField("format", r.format().name());
                g.writeStringField(
                        "harvested",
                        r.harvested() == null ? null : r.harvested().toString());
                g.writeEndObject();
            }
            gz.write(head.toByteArray());
            gz.write('\n');
            gz.write(r.payload());
        }
        return out.toByteArray();
    }

    public static RawRecord decode(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 8192)) {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) throw new IOException(file + ": no header line");
                head.write(b);
            }
            byte[] payload = in.readAllBytes();
            String id = null;
            String datestamp = null;
            String format = null;
            String harvested = null;
            boolean deleted = false;
            List<String> sets = new ArrayList<>();
            try (JsonParser p = JSON.createParser(head.toByteArray())) {
                if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException(file + ": bad header");
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String k = p.currentName();
                    JsonToken t = p.nextToken();
                    switch (k) {
                        case "id" -> id = p.getText();
                        case "datestamp" -> datestamp = t == JsonToken.VALUE_NULL ? null : p.getText();
                        case "deleted" -> deleted = t == JsonToken.VALUE_TRUE;
                        case "format" -> format = p.getText();
                        case "harvested" -> harvested = t == JsonToken.VALUE_NULL ? null : p.getText();
                        case "sets" -> {
                            while (p.nextToken() != JsonToken.END_ARRAY) sets.add(p.getText());
                        }
                        default -> p.skipChildren();
                    }
                }
            }
            if (id == null || format == null) throw new IOException(file + ": header without id or format");
            return new RawRecord(
                    id,
                    datestamp == null ? null : Instant.parse(datestamp),
                    deleted,
                    sets,
                    RecordFormat.valueOf(format),
                    payload,
                    harvested == null ? null : Instant.parse(harvested));
        }
    }

    static String sha1(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
