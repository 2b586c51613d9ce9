package org.colophon.authority;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.colophon.authority.internal.Naco;

/**
 * A cataloguer's decisions on headings the linker could not decide alone, kept in {@code DATA/review/decisions.tsv}
 * (one line per decision, the last one for a heading wins) and used by every later import: an accepted heading is
 * linked to its authority (method {@code review}); a rejected authority is never proposed for that heading again.
 * A heading is known by its kind and its NACO-normalised text, so a decision made once serves every record that
 * writes the heading the same way.
 */
public final class Decisions {
    private final Path file;
    private final Map<String, String> accepted = new HashMap<>();
    private final Map<String, Set<String>> rejected = new HashMap<>();

    private Decisions(Path file) {
        this.file = file;
    }

    /** The decisions kept in {@code dir/decisions.tsv} (none yet when it does not exist). */
    public static Decisions open(Path dir) {
        Decisions d = new Decisions(dir.resolve("decisions.tsv"));
        if (Files.isRegularFile(d.file)) {
            try {
                List<String> lines = Files.readAllLines(d.file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String l = lines.get(i);
                    if (l.isBlank() || l.startsWith("#")) continue;
                    String[] f = l.split("\t", -1);
                    if (f.length < 4) throw new IllegalStateException(d.file + ":" + (i + 1) + ": expected 4 columns");
                    d.apply(f[0], f[1], f[2]);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + d.file + ": " + e.getMessage(), e);
            }
        }
        return d;
    }

    /** The key a heading's decisions are kept under: its kind and normalised text. */
    public static String key(Kind kind, String heading) {
        return kind.label() + ":" + Naco.normalize(heading);
    }

    private synchronized void apply(String verdict, String key, String authority) {
        if (verdict.equals("accept")) {
            accepted.put(key, authority);
            Set<String> r = rejected.get(key);
            if (r != null) r.remove(authority);
        } else if (verdict.equals("reject")) {
            rejected.computeIfAbsent(key, k -> new HashSet<>()).add(authority);
            if (authority.equals(accepted.get(key))) accepted.remove(key);
        }
    }

    /** Links the heading to the authority from now on. */
    public void accept(Kind kind, String heading, String authority) {
        record("accept", key(kind, heading), authority);
    }

    /** Never proposes the authority for the heading again. */
    public void reject(Kind kind, String heading, String authority) {
        record("reject", key(kind, heading), authority);
    }

    private synchronized void record(String verdict, String key, String authority) {
        try {
            Files.createDirectories(file.getParent());
            try (BufferedWriter w = Files.newBufferedWriter(
                    file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                w.write(verdict + "\t" + key + "\t" + authority + "\t" + Instant.now() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        apply(verdict, key, authority);
    }

    public synchronized Optional<String> accepted(Kind kind, String heading) {
        return Optional.ofNullable(accepted.get(key(kind, heading)));
    }

    public synchronized boolean rejected(Kind kind, String heading, String authority) {
        return rejected.getOrDefault(key(kind, heading), Set.of()).contains(authority);
    }
}
