package org.colophon.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.colophon.transform.marc.MarcRecord;
import org.junit.jupiter.api.Test;

/**
 * Literals in a script other than Latin that no 880 pairs with are tagged with a language of the record written in
 * that script and the script ({@code zh-Hani}); Latin-script text without a partner stays untagged.
 */
class ScriptTagsTest {
    private static final String BF = "http://id.loc.gov/ontologies/bibframe/";
    private static final String BFLC = "http://id.loc.gov/ontologies/bflc/";
    private static final Converter CONVERTER = Converter.builder().build();

    /** The query the README shows, over the sample catalogue (the test copies of samples/ are byte for byte the same). */
    @Test
    void readmesZhHaniQueryFindsAllElevenChineseTitles() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String file : List.of(
                "marc/bu_bibs.mrc", "marc/sample_marcxml_sru.xml", "marc/marc2bibframe2-880-100-600-700-700t.xml")) {
            for (MarcRecord r : TestRecords.read(file))
                CONVERTER.map("sample", r.controlNumber(), r).forEach(g::add);
        }
        String query = "PREFIX bf: <http://id.loc.gov/ontologies/bibframe/>\n"
                + "SELECT ?t WHERE { ?i a bf:Instance ; bf:title/bf:mainTitle ?t FILTER(lang(?t) = \"zh-Hani\") }";
        Set<String> titles = new TreeSet<>();
        try (QueryExecution qe = QueryExecution.create(query, ModelFactory.createModelForGraph(g))) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                titles.add(s.getLiteral("t").getString());
            }
        }
        assertEquals(
                Set.of(
                        "\u5218\u5fbd\u8bc4\u4f20",
                        "\u00b7\u9644\u5f55\u00b7 \u201c\u4e2d\u56fd\u8fd1\u4ee3\u53f2\u4e0a\u7684\u6c11\u65cf\u4e3b\u4e49\u201d"
                                + "\u56fd\u9645\u5b66\u672f\u7814\u8ba8\u4f1a\u7efc\u8ff0",
                        "'08\u4e2d\u56fd\u6539\u9769\u8ddf\u8e2a\u62a5\u544a",
                        "'2005\u4e2d\u56fd\u5c0f\u8bf4\u6392\u884c\u699c",
                        "'2006\u4e2d\u56fd\u6563\u6587\u6392\u884c\u699c",
                        "'2006\u4e2d\u56fd\u968f\u7b14\u6392\u884c\u699c",
                        "'2006\u4e2d\u56fd\u5c0f\u8bf4\u6392\u884c\u699c",
                        "'2006\u4e2d\u56fd\u6742\u6587\u6392\u884c\u699c",
                        "'90\u4e2d\u56fd\u72b9\u592a\u5b66\u7814\u7a76\u603b\u6c47",
                        "'92\u4e2d\u56fd\u5907\u5fd8"),
                titles);
        // 11 Chinese titles: '92中国备忘 is the title of two records (9 and 10)
        assertEquals(11, count(query, g));
    }

    @Test
    void hanTextInAChineseRecordIsTaggedZhHani() {
        MarcRecord r = TestRecords.read("marc/sample_marcxml_sru.xml").get(1);
        Graph g = graph(r);
        assertEquals(
                Set.of(NodeFactory.createLiteralLang(
                        "\u56fd\u5bb6\u53d1\u5c55\u548c\u6539\u9769\u59d4\u5458\u4f1a\u7ecf\u6d4e\u4f53\u5236\u4e0e\u7ba1\u7406"
                                + "\u7814\u7a76\u6240\u8bfe\u9898\u7ec4\u7f16",
                        "zh-Hani")),
                objects(g, "responsibilityStatement"));
        assertEquals(
                Set.of(NodeFactory.createLiteralLang("\u5317\u4eac", "zh-Hani")), objects(g, BFLC + "simplePlace"));
        // text with no Han characters in it stays untagged
        assertEquals(Set.of(NodeFactory.createLiteralString("2008")), objects(g, BFLC + "simpleDate"));
        assertEquals(Set.of(NodeFactory.createLiteralString("23cm")), objects(g, "dimensions"));
    }

    @Test
    void greekTextInAGreekRecordIsTaggedElGrek() {
        MarcRecord r = TestRecords.first("marc/greek-script-without-880.mrc");
        Graph g = graph(r);
        assertTrue(
                objects(g, "mainTitle")
                        .contains(NodeFactory.createLiteralLang(
                                "\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03cc\u03bd \u03ba\u03c1\u03c5\u03c0\u03c4"
                                        + "\u03bf\u03b3\u03c1\u03b1\u03c6\u03b9\u03ba\u03cc\u03bd \u03bb\u03b5\u03be\u03b9"
                                        + "\u03ba\u03cc\u03bd",
                                "el-Grek")),
                objects(g, "mainTitle")::toString);
        Set<Node> labels = objects(g, "http://www.w3.org/2000/01/rdf-schema#label");
        assertTrue(
                labels.contains(NodeFactory.createLiteralLang(
                        "\u039c\u03b1\u03c1\u03bf\u03cd\u03b4\u03b7\u03c2, \u039a\u03c9\u03bd\u03c3\u03c4\u03b1\u03bd\u03c4"
                                + "\u03af\u03bd\u03bf\u03c2 \u0399\u03c9",
                        "el-Grek")),
                labels::toString);
        // the English subject headings of the same record stay untagged
        assertTrue(labels.contains(NodeFactory.createLiteralString("Cryptography")), labels::toString);
    }

    @Test
    void latinScriptTextWithoutAPartnerStaysUntagged() {
        MarcRecord r = TestRecords.first("marc/bu_bibs.mrc");
        Set<Node> titles = objects(graph(r), "mainTitle");
        assertEquals(Set.of(NodeFactory.createLiteralString("America without the death penalty")), titles);
    }

    private static long count(String query, Graph g) {
        try (QueryExecution qe = QueryExecution.create(query, ModelFactory.createModelForGraph(g))) {
            ResultSet rs = qe.execSelect();
            long n = 0;
            while (rs.hasNext()) {
                rs.next();
                n++;
            }
            return n;
        }
    }

    private static Graph graph(MarcRecord r) {
        Graph g = GraphFactory.createDefaultGraph();
        CONVERTER.map("t", r.controlNumber(), r).forEach(g::add);
        return g;
    }

    private static Set<Node> objects(Graph g, String property) {
        Node p = NodeFactory.createURI(property.startsWith("http") ? property : BF + property);
        Set<Node> out = new java.util.HashSet<>();
        for (Triple t : g.find(Node.ANY, p, Node.ANY).toList()) out.add(t.getObject());
        return out;
    }
}
