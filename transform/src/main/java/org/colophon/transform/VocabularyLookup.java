package org.colophon.transform;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.colophon.vocab.CodeTable;
import org.colophon.vocab.CodeTables;

/**
 * Looks codes up in the vocabularies module's code tables. A table name may name a column:
 * {@code issuance.workClass} gives that column's IRI instead of the entry's own.
 */
public final class VocabularyLookup implements CodeLookup {
    private static final VocabularyLookup INSTANCE = new VocabularyLookup();

    public static VocabularyLookup get() {
        return INSTANCE;
    }

    @Override
    public String iri(String table, String code) {
        Column c = column(table);
        return pick(entry(c.table(), code), c.column());
    }

    /**
     * The entry for a code; a source code with its edition after a slash ({@code jlabsh/4}, MARC's {@code
     * code/edition} form) that the table does not hold as it is is looked up without the edition, as LoC's converter
     * reads it.
     */
    private static Optional<CodeTable.Entry> entry(CodeTable table, String code) {
        Optional<CodeTable.Entry> e = table.lookup(code);
        if (e.isPresent() || code == null) return e;
        int slash = code.indexOf('/');
        return slash > 0 ? table.lookup(code.substring(0, slash).strip()) : e;
    }

    @Override
    public String iriByLabel(String table, String label) {
        Column c = column(table);
        return pick(c.table().lookupByLabel(label), c.column());
    }

    /** A table name as rules write it, split once: the table and the column it names ({@code issuance.workClass}). */
    private record Column(CodeTable table, String column) {}

    private final Map<String, Column> columns = new ConcurrentHashMap<>();

    /** {@code issuance.workClass} → the issuance table and {@code workClass}; worked out on first use, not per value. */
    private Column column(String table) {
        Column c = columns.get(table);
        if (c != null) return c;
        int dot = table.indexOf('.');
        String name = dot < 0 ? table : table.substring(0, dot);
        c = new Column(CodeTables.get(name), dot < 0 ? null : table.substring(dot + 1));
        columns.put(table, c);
        return c;
    }

    /** The entry's English label, or with a column ({@code musicPerformance048.voiceType}) the text in that column. */
    @Override
    public String label(String table, String code) {
        Column c = column(table);
        Optional<CodeTable.Entry> entry = entry(c.table(), code);
        if (c.column() == null) return entry.flatMap(e -> e.label("en")).orElse(null);
        return entry.flatMap(e -> e.attribute(c.column()))
                .filter(s -> !s.isBlank())
                .orElse(null);
    }

    @Override
    public String bcp47(String marcLanguage) {
        return CodeTables.get("languages")
                .lookup(marcLanguage)
                .flatMap(e -> e.attribute("bcp47"))
                .filter(s -> !s.isBlank())
                .orElse(null);
    }

    @Override
    public String iriByAttribute(String table, String column, String value) {
        Map<String, String> index = byAttribute.computeIfAbsent(table + "\t" + column, k -> {
            Map<String, String> m = new HashMap<>();
            for (CodeTable.Entry e : CodeTables.get(table).entries()) {
                if (e.obsolete()) continue;
                e.attribute(column)
                        .filter(v -> !v.isBlank())
                        .ifPresent(v -> m.putIfAbsent(v.strip().toLowerCase(Locale.ROOT), e.iri()));
            }
            return Map.copyOf(m);
        });
        return index.get(value.strip().toLowerCase(Locale.ROOT));
    }

    private final Map<String, Map<String, String>> byAttribute = new ConcurrentHashMap<>();

    private static String pick(Optional<CodeTable.Entry> entry, String column) {
        if (entry.isEmpty()) return null;
        if (column == null) return entry.get().iri();
        return entry.get().attribute(column).filter(s -> s.startsWith("http")).orElse(null);
    }
}
