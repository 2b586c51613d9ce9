package org.colophon.transform;

/** The code tables the rules look codes up in (backed by the vocabularies module's tables). */
public interface CodeLookup {

    /** The IRI for {@code code} in {@code table}, or {@code null} when the table has no such code. */
    String iri(String table, String code);

    /** The IRI for a term (a label or its abbreviation, e.g. a relator term "ed."), or {@code null}. */
    String iriByLabel(String table, String label);

    /** The BCP 47 language subtag for a MARC language code ({@code chi} → {@code zh}), or {@code null}. */
    String bcp47(String marcLanguage);

    /**
     * The IRI of the entry whose {@code column} holds {@code value} (case-insensitive), e.g. the language whose BCP 47
     * subtag is {@code en}; {@code null} when none does. Lookups that cannot search columns give {@code null}.
     */
    default String iriByAttribute(String table, String column, String value) {
        return null;
    }

    /** The English label of {@code code} in {@code table} ({@code @table:label} in a rule), or {@code null}. */
    default String label(String table, String code) {
        return null;
    }
}
