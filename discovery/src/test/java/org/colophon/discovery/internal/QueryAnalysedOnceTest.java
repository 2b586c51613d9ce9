package org.colophon.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/**
 * The ranked query reads what was typed once with the text chain and once with the pinyin chain, not once per field:
 * for every searched value of the real test records taken as a query (and two-term queries made of their words), the
 * query is the one analysing per field gave, so the same records rank the same.
 */
class QueryAnalysedOnceTest {
    private static final float[] BOOSTS = {4f, 2.5f, 1.5f, 1f};

    /** The ranked query as it was built before: every field analysing the query itself. */
    static Query perField(Analyzer analyzer, String q) {
        List<Query> alternatives = new ArrayList<>();
        for (int i = 0; i < Fields.TEXT.size(); i++) {
            String field = Fields.TEXT.get(i);
            List<String> terms = Analysis.terms(analyzer, field, q);
            if (!terms.isEmpty()) {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                for (String t : terms) b.add(new TermQuery(new Term(field, t)), Occur.MUST);
                alternatives.add(new BoostQuery(b.build(), BOOSTS[i]));
            }
            String py = field + Analysis.PINYIN;
            List<String> seq = Analysis.sequence(analyzer, py, q);
            // the pinyin alternative only for a query with CJK or a word that reads as pinyin (see PinyinWordsTest)
            boolean wanted = Analysis.hasCjk(q) || seq.stream().anyMatch(PinyinSegmentFilter::readsAsPinyin);
            if (!seq.isEmpty() && wanted)
                alternatives.add(new BoostQuery(
                        seq.size() == 1
                                ? new TermQuery(new Term(py, seq.get(0)))
                                : new PhraseQuery(py, seq.toArray(String[]::new)),
                        BOOSTS[i] * 0.8f));
        }
        String ident = Identifiers.asQuery(q);
        if (ident != null) alternatives.add(new BoostQuery(new TermQuery(new Term(Fields.IDENT, ident)), 10f));
        return alternatives.isEmpty() ? new BooleanQuery.Builder().build() : new DisjunctionMaxQuery(alternatives, 0f);
    }

    @Test
    void theQueryIsTheOneEachFieldAnalysingItGave() throws Exception {
        Analyzer analyzer = Analysis.queryAnalyzer();
        Set<String> values = AnalysedOnceTest.values();
        List<String> queries = new ArrayList<>(values);
        for (String v : values) {
            String[] words = v.split("\\s+");
            if (words.length >= 2) queries.add(words[0] + " " + words[1]);
        }
        queries.addAll(List.of("lu xun", "luxun", "Lǔ Xùn", "歷史研究", "978-7-101-00001-5", "american history"));
        for (String q : queries) assertEquals(perField(analyzer, q), QueryParser.parse(analyzer, q), q);
    }
}
