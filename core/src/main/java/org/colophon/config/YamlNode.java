package org.colophon.config;

import java.util.List;
import java.util.Map;

/** A parsed YAML node that remembers the line it started on, so every config error can name it. */
sealed interface YamlNode {
    int line();

    /** What the node is, for "expected a list, found a mapping". */
    String kind();

    record Scalar(int line, String text) implements YamlNode {
        @Override
        public String kind() {
            return text == null ? "an empty value" : "a single value";
        }
    }

    record Sequence(int line, List<YamlNode> items) implements YamlNode {
        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A mapping; {@code keyLines} holds the line of each key. */
    record Mapping(int line, Map<String, YamlNode> entries, Map<String, Integer> keyLines) implements YamlNode {
        @Override
        public String kind() {
            return "a mapping";
        }
    }
}
