package org.colophon.config;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a YAML document with Jackson's streaming parser into {@link YamlNode}s carrying line numbers. */
final class YamlTreeReader {
    private static final YAMLFactory YAML = YAMLFactory.builder().build();

    private final String file;

    YamlTreeReader(String file) {
        this.file = file;
    }

    /** The document's root node, or an empty mapping for an empty document. */
    YamlNode read(Reader in) throws IOException {
        try (JsonParser p = YAML.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) return new YamlNode.Mapping(1, Map.of(), Map.of());
            return node(p);
        } catch (JsonParseException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new ConfigException(file, line, "not valid YAML: " + firstLine(e.getOriginalMessage()));
        }
    }

    private YamlNode node(JsonParser p) throws IOException {
        int line = line(p);
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, YamlNode> entries = new LinkedHashMap<>();
            Map<String, Integer> lines = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = line(p);
                if (entries.containsKey(key)) throw new ConfigException(file, keyLine, "key '" + key + "' given twice");
                p.nextToken();
                entries.put(key, node(p));
                lines.put(key, keyLine);
            }
            return new YamlNode.Mapping(line, entries, lines);
        }
        if (t == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) items.add(node(p));
            return new YamlNode.Sequence(line, items);
        }
        if (t == JsonToken.VALUE_NULL) return new YamlNode.Scalar(line, null);
        return new YamlNode.Scalar(line, p.getText());
    }

    private static int line(JsonParser p) {
        return Math.max(1, p.currentTokenLocation().getLineNr());
    }

    private static String firstLine(String s) {
        if (s == null) return "syntax error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
