package org.colophon.discovery.internal;

import java.util.List;

/** The index's field names, in one place. */
public final class Fields {
    private Fields() {}

    /** The Instance IRI; one document per Instance. */
    public static final String ID = "id";
    /** The record graph the Instance came from. */
    public static final String GRAPH = "graph";
    /** The record's key, {@code source<NUL>record id}: its documents are replaced and deleted by it. */
    public static final String RECORD = "record";
    /** SHA-256 of the raw record, to check the index against the store. */
    public static final String CHECKSUM = "checksum";

    public static final String TITLE = "title";
    public static final String CONTRIBUTOR = "contributor";
    public static final String SUBJECT = "subject";
    /** Everything searchable: titles, names, subjects, publisher, place, series, notes. */
    public static final String ALL = "all";
    /** Searched text fields, each with a pinyin twin {@code FIELD_py}. */
    public static final List<String> TEXT = List.of(TITLE, CONTRIBUTOR, SUBJECT, ALL);

    /** ISBN (both forms), ISSN (with and without hyphen), LCCN, normalised. */
    public static final String IDENT = "ident";

    /**
     * The IRIs of the authorities the Instance's names and subjects are linked to ({@code
     * madsrdf:isIdentifiedByAuthority}, {@code colophon:componentAuthority}), filtered by {@code authority:IRI}.
     */
    public static final String AUTHORITY = "authority";

    public static final List<String> KEYWORD = List.of(ID, GRAPH, RECORD, CHECKSUM, IDENT, AUTHORITY);

    /** Stored, for hits: the display titles as {@code lang<TAB>value}, the display names, and so on. */
    public static final String S_TITLE = "s_title";

    public static final String S_CONTRIBUTOR = "s_contributor";
    public static final String S_DATE = "s_date";
    public static final String S_LIBRARY = "s_library";
    public static final String S_PUBLISHER = "s_publisher";
    public static final String S_SUBJECT = "s_subject";

    /** Type-ahead keys, see {@link Suggest}. */
    public static final String SUGGEST = "suggest";

    /** Sort keys. */
    public static final String SORT_TITLE = "sort_title";

    public static final String SORT_YEAR = "sort_year";

    /** The key of a record. */
    public static String record(String sourceId, String recordId) {
        return sourceId + "\u0000" + recordId;
    }

    /** A filterable facet dimension is indexed as the keyword field {@code f_DIM}. */
    public static String filter(String dim) {
        return "f_" + dim;
    }
}
