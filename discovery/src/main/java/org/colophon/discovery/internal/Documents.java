package org.colophon.discovery.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.colophon.discovery.Facets;
import org.colophon.discovery.Hit;

/** An {@link InstanceDoc} as a Lucene document: searched text (with pinyin twins), filters, facets, sort keys, hit fields. */
public final class Documents {
    /** Longest facet value kept; longer ones are cut (Lucene's limit is far above, but a facet is a label). */
    private static final int MAX_FACET = 200;

    static final FacetsConfig FACETS = facetsConfig();

    private Documents() {}

    private static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        for (String dim : Facets.DIMENSIONS) c.setMultiValued(dim, true);
        return c;
    }

    public static Document of(InstanceDoc d) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, d.id(), Field.Store.YES));
        doc.add(new StringField(Fields.GRAPH, d.graph(), Field.Store.YES));
        doc.add(new StringField(Fields.RECORD, Fields.record(d.source(), d.recordId()), Field.Store.YES));
        doc.add(new StringField(Fields.CHECKSUM, d.checksum(), Field.Store.YES));
        Map<String, Tokens[]> analysed = new HashMap<>();
        text(doc, Fields.TITLE, d.titleTexts(), analysed);
        text(doc, Fields.CONTRIBUTOR, d.contributorTexts(), analysed);
        text(doc, Fields.SUBJECT, d.subjects(), analysed);
        text(doc, Fields.ALL, d.titleTexts(), analysed);
        text(doc, Fields.ALL, d.contributorTexts(), analysed);
        text(doc, Fields.ALL, d.subjects(), analysed);
        text(doc, Fields.ALL, d.other(), analysed);
        for (String id : d.identifiers()) doc.add(new StringField(Fields.IDENT, id, Field.Store.NO));
        for (String a : d.authorities()) doc.add(new StringField(Fields.AUTHORITY, a, Field.Store.NO));

        for (Hit.Text t : d.titles()) doc.add(new StoredField(Fields.S_TITLE, t.lang() + "\t" + t.value()));
        for (String c : d.contributors()) doc.add(new StoredField(Fields.S_CONTRIBUTOR, c));
        for (String p : d.publishers()) doc.add(new StoredField(Fields.S_PUBLISHER, p));
        for (String s : d.subjects()) doc.add(new StoredField(Fields.S_SUBJECT, s));
        if (d.date() != null) doc.add(new StoredField(Fields.S_DATE, d.date()));
        doc.add(new StoredField(Fields.S_LIBRARY, d.source()));

        for (Hit.Text t : d.titles()) Suggest.add(doc, "title", t.value());
        for (String c : d.contributors()) Suggest.add(doc, "name", c);
        for (String s : d.subjects()) Suggest.add(doc, "subject", s);

        String sortTitle = d.titles().isEmpty() ? "" : Analysis.fold(display(d.titles()));
        doc.add(new SortedDocValuesField(Fields.SORT_TITLE, new BytesRef(cut(sortTitle, 100))));
        doc.add(new NumericDocValuesField(Fields.SORT_YEAR, d.year() == null ? Integer.MIN_VALUE : d.year()));

        for (Map.Entry<String, List<String>> f : d.facets().entrySet()) {
            for (String v : f.getValue()) {
                String value = cut(v.strip(), MAX_FACET);
                if (value.isEmpty()) continue;
                doc.add(new SortedSetDocValuesFacetField(f.getKey(), value));
                doc.add(new StringField(Fields.filter(f.getKey()), value, Field.Store.NO));
            }
        }
        try {
            return FACETS.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The title to show first: the vernacular one when there is one. */
    static String display(List<Hit.Text> titles) {
        for (Hit.Text t : titles) if (!t.lang().isEmpty() && !t.lang().contains("-Latn")) return t.value();
        return titles.get(0).value();
    }

    /** Each value analysed once per document (a title goes into {@code title} and {@code all}), replayed per field. */
    private static void text(Document doc, String field, List<String> values, Map<String, Tokens[]> analysed) {
        for (String v : values) {
            Tokens[] t = analysed.computeIfAbsent(v, Analysis::index);
            doc.add(t[0].field(field));
            doc.add(t[1].field(field + Analysis.PINYIN));
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
