package org.colophon.discovery.internal;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What a reader types, as a Lucene query: in each searched field (and its pinyin twin) every term of the query must
 * match; a record scores as its best-matching field (titles above names above subjects above the rest), the others
 * adding nothing, which lets Lucene skip records that cannot make the page. A query that looks like an ISBN or ISSN
 * also matches the identifier in any of its forms.
 */
final class QueryParser {
    private static final float[] BOOSTS = {4f, 2.5f, 1.5f, 1f};

    private QueryParser() {}

    static Query parse(Analyzer analyzer, String q) {
        if (q.isBlank()) return new MatchAllDocsQuery();
        // every searched field reads the query alike (the text chain; the pinyin chain for the twins): analysed once
        List<String> text = Analysis.terms(analyzer, Fields.ALL, q);
        List<String> pinyin = pinyin(analyzer, q);
        List<Query> alternatives = new java.util.ArrayList<>();
        for (int i = 0; i < Fields.TEXT.size(); i++) {
            String field = Fields.TEXT.get(i);
            addAll(alternatives, field, text, BOOSTS[i]);
            addPhrase(alternatives, field + Analysis.PINYIN, pinyin, BOOSTS[i] * 0.8f);
        }
        String ident = Identifiers.asQuery(q);
        if (ident != null) alternatives.add(new BoostQuery(new TermQuery(new Term(Fields.IDENT, ident)), 10f));
        return alternatives.isEmpty() ? new BooleanQuery.Builder().build() : new DisjunctionMaxQuery(alternatives, 0f);
    }

    /**
     * The same documents as {@link #parse}, found more cheaply, for counting them and their facets: {@code all} holds
     * every title, name and subject value (and {@code all_py} their pinyin twins, in the same order), so a document
     * matching the query in {@code title}, {@code contributor} or {@code subject} matches it in {@code all} too and
     * the narrower fields only rank.
     */
    static Query match(Analyzer analyzer, String q) {
        if (q.isBlank()) return new MatchAllDocsQuery();
        List<Query> alternatives = new java.util.ArrayList<>();
        List<String> text = Analysis.terms(analyzer, Fields.ALL, q);
        addAll(alternatives, Fields.ALL, text, 1f);
        addPhrase(alternatives, Fields.ALL + Analysis.PINYIN, pinyin(analyzer, q), 1f);
        String ident = Identifiers.asQuery(q);
        if (ident != null) alternatives.add(new TermQuery(new Term(Fields.IDENT, ident)));
        if (alternatives.isEmpty()) return new BooleanQuery.Builder().build();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query a : alternatives) b.add(a, Occur.SHOULD);
        return b.build();
    }

    /**
     * The query's terms in the pinyin fields, or none when the pinyin alternative can find nothing the text fields do
     * not: a query with no CJK character and no word that reads as pinyin ({@code american history}). Its pinyin
     * phrase would be its own words, which the pinyin fields hold only where the text fields hold them too (a Han
     * character's reading is a pinyin syllable, and a Latin word that is not pinyin is indexed there as it is), and a
     * phrase asks for more than every term: skipping it saves a phrase query per field.
     */
    static List<String> pinyin(Analyzer analyzer, String q) {
        List<String> terms = Analysis.sequence(analyzer, Fields.ALL + Analysis.PINYIN, q);
        if (Analysis.hasCjk(q)) return terms;
        for (String t : terms) if (PinyinSegmentFilter.readsAsPinyin(t)) return terms;
        return List.of();
    }

    /** Pinyin syllables must come in the order typed, next to each other: {@code lu xun} is not {@code xun ... lu}. */
    private static void addPhrase(List<Query> out, String field, List<String> terms, float boost) {
        if (terms.isEmpty()) return;
        Query query = terms.size() == 1
                ? new TermQuery(new Term(field, terms.get(0)))
                : new PhraseQuery(field, terms.toArray(String[]::new));
        out.add(new BoostQuery(query, boost));
    }

    private static void addAll(List<Query> out, String field, List<String> terms, float boost) {
        if (terms.isEmpty()) return;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) b.add(new TermQuery(new Term(field, t)), Occur.MUST);
        out.add(new BoostQuery(b.build(), boost));
    }
}
