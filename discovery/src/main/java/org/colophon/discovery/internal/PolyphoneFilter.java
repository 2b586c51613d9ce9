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
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * At index time, adds the other readings of a character with several ({@code 行}: {@code xing}, {@code hang}) at the
 * character's own position, so a pinyin query finds the record whichever reading the reader typed. The table is
 * {@code pinyin-polyphones.txt}; the character's own token goes on to be read by ICU.
 */
final class PolyphoneFilter extends TokenFilter {
    static final Map<String, List<String>> READINGS = load();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final ArrayDeque<String> pending = new ArrayDeque<>();
    private State state;

    PolyphoneFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(state);
            term.setEmpty().append(pending.poll());
            posInc.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) return false;
        List<String> readings = READINGS.get(term.toString());
        if (readings != null) {
            pending.addAll(readings);
            state = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        state = null;
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
