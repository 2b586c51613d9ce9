package org.colophon.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.transform.ConversionRun;
import org.colophon.transform.Converter;
import org.junit.jupiter.api.Test;

/**
 * A value is analysed once per document and replayed into every field, and the pinyin twin of a value with no CJK
 * character is derived from its text terms: both must give exactly the terms and positions the analyzers give, on
 * every searched value of real Chinese, 880-paired and Latin-script records.
 */
class AnalysedOnceTest {
    private static final Analyzer INDEX = Analysis.indexAnalyzer();

    /** Every searched string of every Instance in the test records. */
    static Set<String> values() throws Exception {
        Set<String> out = new LinkedHashSet<>();
        Converter converter = Converter.builder().base("http://localhost:3030/").build();
        for (String file : List.of("bnu-chinese-sru.xml", "loc-cjk-880.xml", "bu-bibs.mrc")) {
            Path p = Path.of(AnalysedOnceTest.class.getResource("/" + file).toURI());
            try (RecordSource in = FileRecordReader.open(p, "t", null, Quarantine.counting())) {
                new ConversionRun(converter, Quarantine.counting(), 1, null).run(in, c -> {
                    for (InstanceDoc d : InstanceDocuments.of(c.graphIri(), "t", c.recordId(), "x", c.triples())) {
                        out.addAll(d.titleTexts());
                        out.addAll(d.contributorTexts());
                        out.addAll(d.subjects());
                        out.addAll(d.other());
                    }
                });
            }
        }
        return out;
    }

    static List<String> describe(Tokens t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) out.add(t.term(i) + "+" + t.positionIncrement(i));
        return out;
    }

    @Test
    void analysingOnceGivesWhatEachFieldsAnalyzerGives() throws Exception {
        Set<String> values = values();
        values.addAll(List.of(
                "Xi'an shi zhi", // apostrophe between syllables
                "Lǔ Xùn quan ji", // tone marks
                "LuXun, 1881-1936", // syllables run together, capitals, digits
                "“Changing China” — essays", // curly quotes, dash: not CJK, above U+1100
                "ひらがな カタカナ 한국어 ㄅㄆㄇ", // kana, hangul, bopomofo
                "魯迅 Lu Xun")); // mixed
        int derived = 0;
        for (String v : values) {
            Tokens[] once = Analysis.index(v);
            assertEquals(describe(Tokens.of(INDEX, Fields.TITLE, v)), describe(once[0]), "text of " + v);
            assertEquals(
                    describe(Tokens.of(INDEX, Fields.TITLE + Analysis.PINYIN, v)), describe(once[1]), "pinyin of " + v);
            if (!Analysis.hasCjk(v)) derived++;
        }
        // both paths are exercised: most values are Latin script, a good number are Chinese
        assertTrue(derived > 200, "values with a derived pinyin twin: " + derived);
        assertTrue(values.size() - derived > 30, "values with CJK: " + (values.size() - derived));
    }

    @Test
    void onlyCjkScriptsTakeTheFullPinyinChain() {
        assertTrue(Analysis.hasCjk("中国"));
        assertTrue(Analysis.hasCjk("ひらがな"));
        assertTrue(Analysis.hasCjk("한국어"));
        assertTrue(!Analysis.hasCjk("Dvořák — “Nový svět”"));
        assertTrue(!Analysis.hasCjk("Москва"));
    }
}
