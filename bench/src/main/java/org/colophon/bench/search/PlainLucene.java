package org.colophon.bench.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.colophon.discovery.Facets;
import org.colophon.discovery.Hit;
import org.colophon.discovery.internal.Fields;
import org.colophon.discovery.internal.InstanceDoc;

/**
 * The baseline our index build is measured against: plain Lucene given the same documents with the same fields — the
 * same text fields (title, contributor, subject, all, each with its {@code _py} twin) holding the same values, the same
 * keyword, stored, sort and facet fields, one suggest key per title, name and subject — but Lucene's stock
 * {@code StandardAnalyzer} for every text field instead of our analysis (ICU, 繁→简, bigrams, pinyin), and the values
 * as they are instead of folded. What is left between the two is what our analysis and folding cost.
 */
final class PlainLucene {
    private static final FacetsConfig FACETS = facets();

    private PlainLucene() {}

    private static FacetsConfig facets() {
        FacetsConfig c = new FacetsConfig();
        for (String dim : Facets.DIMENSIONS) c.setMultiValued(dim, true);
        return c;
    }

    static Document of(InstanceDoc d) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, d.id(), Field.Store.YES));
        doc.add(new StringField(Fields.GRAPH, d.graph(), Field.Store.YES));
        doc.add(new StringField(Fields.RECORD, Fields.record(d.source(), d.recordId()), Field.Store.YES));
        doc.add(new StringField(Fields.CHECKSUM, d.checksum(), Field.Store.YES));
        text(doc, Fields.TITLE, d.titleTexts());
        text(doc, Fields.CONTRIBUTOR, d.contributorTexts());
        text(doc, Fields.SUBJECT, d.subjects());
        text(doc, Fields.ALL, d.titleTexts());
        text(doc, Fields.ALL, d.contributorTexts());
        text(doc, Fields.ALL, d.subjects());
        text(doc, Fields.ALL, d.other());
        for (String id : d.identifiers()) doc.add(new StringField(Fields.IDENT, id, Field.Store.NO));
        for (Hit.Text t : d.titles()) doc.add(new StoredField(Fields.S_TITLE, t.lang() + "\t" + t.value()));
        for (String c : d.contributors()) doc.add(new StoredField(Fields.S_CONTRIBUTOR, c));
        for (String p : d.publishers()) doc.add(new StoredField(Fields.S_PUBLISHER, p));
        for (String s : d.subjects()) doc.add(new StoredField(Fields.S_SUBJECT, s));
        if (d.date() != null) doc.add(new StoredField(Fields.S_DATE, d.date()));
        doc.add(new StoredField(Fields.S_LIBRARY, d.source()));
        for (Hit.Text t : d.titles()) suggest(doc, t.value());
        for (String c : d.contributors()) suggest(doc, c);
        for (String s : d.subjects()) suggest(doc, s);
        String title = d.titles().isEmpty() ? "" : d.titles().get(0).value().toLowerCase(Locale.ROOT);
        doc.add(new SortedDocValuesField(Fields.SORT_TITLE, new BytesRef(cut(title, 100))));
        doc.add(new NumericDocValuesField(Fields.SORT_YEAR, d.year() == null ? Integer.MIN_VALUE : d.year()));
        for (Map.Entry<String, List<String>> f : d.facets().entrySet()) {
            for (String v : f.getValue()) {
                String value = cut(v.strip(), 200);
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

    private static void text(Document doc, String field, List<String> values) {
        for (String v : values) {
            doc.add(new TextField(field, v, Field.Store.NO));
            doc.add(new TextField(field + "_py", v, Field.Store.NO));
        }
    }

    private static void suggest(Document doc, String value) {
        if (!value.isBlank() && value.length() <= 300)
            doc.add(new StringField(Fields.SUGGEST, cut(value, 80) + "\u0001" + value, Field.Store.NO));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
