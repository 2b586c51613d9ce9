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
        int dot = table.indexOf('.');
        String name = dot < 0 ? table : table.substring(0, dot);
        return pick(CodeTables.get(name).lookup(code), dot < 0 ? null : table.substring(dot + 1));
    }

    @Override
    public String iriByLabel(String table, String label) {
        int dot = table.indexOf('.');
        String name = dot < 0 ? table : table.substring(0, dot);
        return pick(CodeTables.get(name).lookupByLabel(label), dot < 0 ? null : table.substring(dot + 1));
    }

    @Override
    public String label(String table, String code) {
        return CodeTables.get(table).lookup(code).flatMap(e -> e.label("en")).orElse(null);
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
