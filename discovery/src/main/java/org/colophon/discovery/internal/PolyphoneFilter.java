package org.colophon.discovery.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;

/**
 * At index time, adds the other readings of a character with several ({@code 行}: {@code xing}, {@code hang}) at the
 * character's own position, so a pinyin query finds the record whichever reading the reader typed. The table is
 * {@code pinyin-polyphones.txt}; the character's own token goes on to be read by ICU.
 */
final class PolyphoneFilter extends ExpandingFilter {
    static final Map<String, List<String>> READINGS = load();

    PolyphoneFilter(TokenStream in) {
        super(in, 0);
    }

    @Override
    void expand(ArrayDeque<String> following) {
        List<String> readings = READINGS.get(term.toString());
        if (readings != null) following.addAll(readings);
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> out = new HashMap<>();
        try (InputStream in =
                        PolyphoneFilter.class.getResourceAsStream("/org/colophon/discovery/pinyin-polyphones.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] parts = line.strip().split("\\s+");
                out.put(parts[0], List.of(parts).subList(1, parts.length));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
