package org.colophon.vocab;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.colophon.vocab.internal.LabelKey;

/**
 * One code table: code to IRI and labels, loaded from {@code codes/NAME.tsv}. Codes match case-insensitively after
 * trimming; labels match after {@link #lookupByLabel normalising} case, spacing and trailing punctuation.
 * Instances are immutable and safe to share between threads. Get them from {@link CodeTables#get(String)}.
 */
public final class CodeTable {

    /**
     * One row.
     *
     * @param code the code as the table spells it
     * @param iri the IRI, or the empty string when the table has none (e.g. {@code scripts}, {@code clc})
     * @param labels label by language tag ({@code en}, {@code zh}); only non-empty labels
     * @param attributes the table's other columns by header name ({@code bcp47}, {@code status}, {@code workClass}
     *     ...); only non-empty values
     */
    public record Entry(String code, String iri, Map<String, String> labels, Map<String, String> attributes) {

        public Entry {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(iri, "iri");
            labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }

        /** The IRI as a Jena node, if the entry has one. */
        public Optional<Node> node() {
            return iri.isEmpty() ? Optional.empty() : Optional.of(NodeFactory.createURI(iri));
        }

        /** The label in one language ({@code "en"}, {@code "zh"}). */
        public Optional<String> label(String language) {
            return Optional.ofNullable(labels.get(language));
        }

        /** A value of one of the table's extra columns. */
        public Optional<String> attribute(String column) {
            return Optional.ofNullable(attributes.get(column));
        }

        /** True when the {@code status} column says the code is obsolete or discontinued. */
        public boolean obsolete() {
            return attributes.containsKey("status");
        }
    }

    private final String name;
    private final List<Entry> entries;
    private final Map<String, Entry> byCode;
    private final Map<String, Entry> byLabel;

    /** Builds a table; the maps are copied. Use {@link CodeTables#get(String)} rather than this. */
    public CodeTable(String name, List<Entry> entries, Map<String, Entry> byCode, Map<String, Entry> byLabel) {
        this.name = Objects.requireNonNull(name, "name");
        this.entries = List.copyOf(entries);
        this.byCode = Map.copyOf(byCode);
        this.byLabel = Map.copyOf(byLabel);
    }

    /** The table's name, e.g. {@code languages}. */
    public String name() {
        return name;
    }

    /** The entry for a code, ignoring case and surrounding blanks. */
    public Optional<Entry> lookup(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(LabelKey.ofCode(code)));
    }

    /**
     * The entry whose label (any language) or listed variant matches the text, ignoring case, inner spacing and
     * trailing punctuation: {@code "Editor."}, {@code "ed."} and {@code " editor "} all find {@code edt}. Where two
     * entries share a label, the current one wins over an obsolete one, and otherwise the first in the file.
     */
    public Optional<Entry> lookupByLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byLabel.get(LabelKey.ofLabel(text)));
    }

    /** All entries in file order. */
    public Collection<Entry> entries() {
        return entries;
    }

    /** Number of entries. */
    public int size() {
        return entries.size();
    }

    @Override
    public String toString() {
        return "CodeTable[" + name + ", " + entries.size() + " entries]";
    }
}
