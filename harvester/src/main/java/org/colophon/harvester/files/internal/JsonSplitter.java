package org.colophon.harvester.files.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordFormat;
import org.colophon.record.SourceRecord;

/**
 * Reads MARC-in-JSON files holding one object, an array of objects, or one object per line, and hands each
 * object on re-serialised compactly. Malformed JSON ends the file: the objects before it are returned, the rest is
 * quarantined with the position of the fault.
 */
public final class JsonSplitter extends LookaheadSource {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final String name;
    private final String sourceId;
    private final Quarantine quarantine;
    private final JsonParser parser;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    private int depth; // 1 inside a top-level array
    private int ordinal;

    public JsonSplitter(InputStream in, String name, String sourceId, Quarantine q) throws IOException {
        this.name = name;
        this.sourceId = sourceId;
        this.quarantine = q;
        this.parser = FACTORY.createParser(in);
    }

    /** Set once the input broke: the rest is in the quarantine, nothing more is read. */
    private boolean stopped;

    @Override
    protected SourceRecord read() {
        if (stopped) return null;
        try {
            return readRecord();
        } catch (JsonProcessingException e) {
            broken(e);
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": read failed", e);
        }
    }

    private SourceRecord readRecord() throws IOException {
        while (true) {
            JsonToken t = parser.nextToken();
            if (t == null) return null;
            if (t == JsonToken.START_ARRAY && depth == 0) {
                depth = 1;
                continue;
            }
            if (t == JsonToken.END_ARRAY && depth == 1) {
                depth = 0;
                continue;
            }
            long offset = parser.currentTokenLocation().getByteOffset();
            if (t != JsonToken.START_OBJECT) {
                parser.skipChildren();
                quarantine.put(
                        SourceRecord.fromFile(
                                sourceId, locator(++ordinal, offset), RecordFormat.MARC_JSON, new byte[0]),
                        "read",
                        locator(ordinal, offset) + ": a JSON " + t + " where a record object was expected");
                continue;
            }
            bytes.reset();
            try (JsonGenerator g = FACTORY.createGenerator(bytes)) {
                g.copyCurrentStructure(parser);
            }
            return SourceRecord.fromFile(
                    sourceId, locator(++ordinal, offset), RecordFormat.MARC_JSON, bytes.toByteArray());
        }
    }

    private String locator(int n, long offset) {
        return name + "#" + n + "@" + offset;
    }

    private void broken(JsonProcessingException e) {
        stopped = true;
        long offset = e.getLocation() != null ? e.getLocation().getByteOffset() : -1;
        String where = e.getLocation() != null
                ? "line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr()
                : "unknown position";
        quarantine.put(
                SourceRecord.fromFile(
                        sourceId, locator(ordinal + 1, offset), RecordFormat.MARC_JSON, bytes.toByteArray()),
                "read",
                name + ": JSON not well-formed at " + where + " (byte " + offset + "): " + e.getOriginalMessage()
                        + "; record " + (ordinal + 1) + " and everything after it is not read");
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": close failed", e);
        }
    }
}
