package org.colophon.harvester.oai.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.colophon.harvester.oai.Checkpoint;
import org.colophon.harvester.oai.LastRun;

/**
 * Keeps one {@link Checkpoint} per source + set + prefix as a small JSON file,
 * {@code {data}/harvest/{source}/{set}.{prefix}.json} ({@code all} for no set; other characters than letters,
 * digits, '-' and '_' percent-encoded), replaced atomically after every page; and the outcome of each source's last
 * run, {@code {data}/harvest/{source}/last-run.json}.
 */
public final class CheckpointStore {
    private static final JsonFactory JSON = new JsonFactory();

    private final Path dir;

    public CheckpointStore(Path harvestDir) {
        this.dir = harvestDir;
    }

    public Path file(String sourceId, String set, String prefix) {
        return dir.resolve(safe(sourceId)).resolve(stem(set, prefix) + ".json");
    }

    /** The file listing the live identifiers a full run saw. */
    public Path seenFile(String sourceId, String set, String prefix) {
        return dir.resolve(safe(sourceId)).resolve(stem(set, prefix) + ".seen");
    }

    private static String stem(String set, String prefix) {
        return (set == null ? "all" : "set-" + safe(set)) + "." + safe(prefix);
    }

    public Checkpoint load(String sourceId, String set, String prefix) throws IOException {
        Path f = file(sourceId, set, prefix);
        if (!Files.exists(f)) return Checkpoint.empty(sourceId, set, prefix);
        Map<String, String> v = new HashMap<>();
        try (JsonParser p = JSON.createParser(Files.readAllBytes(f))) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException(f + ": not a checkpoint");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String k = p.currentName();
                p.nextToken();
                v.put(k, p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText());
            }
        }
        return new Checkpoint(
                sourceId,
                set,
                prefix,
                Boolean.parseBoolean(v.get("inProgress")),
                Boolean.parseBoolean(v.get("full")),
                v.get("token"),
                instant(v.get("tokenExpires")),
                instant(v.get("runFrom")),
                instant(v.get("runUntil")),
                instant(v.get("runStarted")),
                instant(v.get("lastDatestamp")),
                instant(v.get("lastSuccess")),
                number(v.get("pages")),
                number(v.get("records")),
                number(v.get("deleted")));
    }

    public void save(Checkpoint c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("source", c.sourceId());
            g.writeStringField("set", c.setSpec());
            g.writeStringField("prefix", c.prefix());
            g.writeBooleanField("inProgress", c.inProgress());
            g.writeBooleanField("full", c.full());
            g.writeStringField("token", c.token());
            g.writeStringField("tokenExpires", str(c.tokenExpires()));
            g.writeStringField("runFrom", str(c.runFrom()));
            g.writeStringField("runUntil", str(c.runUntil()));
            g.writeStringField("runStarted", str(c.runStarted()));
            g.writeStringField("lastDatestamp", str(c.lastDatestamp()));
            g.writeStringField("lastSuccess", str(c.lastSuccess()));
            g.writeNumberField("pages", c.pages());
            g.writeNumberField("records", c.records());
            g.writeNumberField("deleted", c.deleted());
            g.writeEndObject();
        }
        out.write('\n');
        AtomicFiles.write(file(c.sourceId(), c.setSpec(), c.prefix()), out.toByteArray());
    }

    /** The file holding the outcome of a source's last run. */
    public Path lastRunFile(String sourceId) {
        return dir.resolve(safe(sourceId)).resolve("last-run.json");
    }

    /** Keeps the outcome of a source's run, replacing the one before. */
    public void saveLastRun(LastRun r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("source", r.sourceId());
            g.writeStringField("outcome", r.ok() ? "ok" : "failed");
            g.writeStringField("started", str(r.started()));
            g.writeStringField("finished", str(r.finished()));
            g.writeStringField("prefix", r.prefix());
            g.writeNumberField("records", r.records());
            g.writeNumberField("deleted", r.deleted());
            g.writeNumberField("errors", r.errors());
            g.writeNumberField("pages", r.pages());
            g.writeStringField("error", r.error());
            g.writeEndObject();
        }
        out.write('\n');
        AtomicFiles.write(lastRunFile(r.sourceId()), out.toByteArray());
    }

    /** The outcome of a source's last run, if it ever ran (with this version). */
    public Optional<LastRun> loadLastRun(String sourceId) throws IOException {
        Path f = lastRunFile(sourceId);
        if (!Files.exists(f)) return Optional.empty();
        Map<String, String> v = new HashMap<>();
        try (JsonParser p = JSON.createParser(Files.readAllBytes(f))) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException(f + ": not a run outcome");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String k = p.currentName();
                p.nextToken();
                v.put(k, p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText());
            }
        }
        return Optional.of(new LastRun(
                sourceId,
                "ok".equals(v.get("outcome")),
                instant(v.get("started")),
                instant(v.get("finished")),
                v.get("prefix"),
                number(v.get("records")),
                number(v.get("deleted")),
                number(v.get("errors")),
                number(v.get("pages")),
                v.get("error")));
    }

    private static String str(Instant i) {
        return i == null ? null : i.toString();
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }

    private static long number(String s) {
        return s == null ? 0 : Long.parseLong(s);
    }

    /** Letters, digits, '-' and '_' as they are, everything else as %XX of its UTF-8 bytes. */
    static String safe(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return sb.toString();
    }
}
