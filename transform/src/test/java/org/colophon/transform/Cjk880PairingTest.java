package org.colophon.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.colophon.transform.marc.Field;
import org.colophon.transform.marc.MarcRecord;
import org.junit.jupiter.api.Test;

/** 880 alternate-graphic fields on LoC's CJK test record (marc2bibframe2 test data, CC0). */
class Cjk880PairingTest {
    static final String BF = "http://id.loc.gov/ontologies/bibframe/";
    static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    final Converter converter = Converter.builder()
            .base("http://example.org/")
            .lookup(VocabularyLookup.get())
            .build();

    Graph convert(MarcRecord r) {
        Graph g = GraphFactory.createDefaultGraph();
        converter.map("loc", r.controlNumber(), r).forEach(g::add);
        return g;
    }

    static Set<String> literals(Graph g, Node s, String p) {
        return g.find(s, NodeFactory.createURI(p), Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLexicalForm() + "@"
                        + t.getObject().getLiteralLanguage())
                .toSet();
    }

    static Node only(Graph g, Node s, String p) {
        List<Triple> ts = g.find(s, NodeFactory.createURI(p), Node.ANY).toList();
        assertEquals(1, ts.size(), "expected one " + p + " on " + s + ", got " + ts);
        return ts.get(0).getObject();
    }

    @Test
    void field245AndIts880GiveParallelTitlesOnOneTitleNode() {
        Graph g = convert(TestRecords.first("marc/marc2bibframe2-880-100-600-700-700t.xml"));
        Node instance = NodeFactory.createURI("http://example.org/loc/5287459#Instance");
        Node title = only(g, instance, BF + "title");
        assertEquals(Set.of("刘徽评传@zh-Hani", "Liu Hui ping zhuan@zh-Latn-pinyin"), literals(g, title, BF + "mainTitle"));
        assertEquals(
                Set.of(
                        "附秦九韶、李冶、杨辉、朱世杰评传@zh-Hani",
                        "fu Qin Jiushao, Li Ye, Yang Hui, Zhu Shijie ping zhuan@zh-Latn-pinyin"),
                literals(g, title, BF + "subtitle"));
    }

    @Test
    void field100AndIts880NameOneAgentInBothScripts() {
        Graph g = convert(TestRecords.first("marc/marc2bibframe2-880-100-600-700-700t.xml"));
        Node agent = NodeFactory.createURI("http://example.org/loc/5287459#Agent100-1");
        assertEquals(
                Set.of("周瀚光, 1950-@zh-Hani", "Zhou, Hanguang, 1950-@zh-Latn-pinyin"), literals(g, agent, RDFS_LABEL));
    }

    @Test
    void vernacularDateWithoutHanIsNotTaggedAsHan() {
        Graph g = convert(TestRecords.first("marc/marc2bibframe2-880-100-600-700-700t.xml"));
        Set<String> dates = g.find(
                        Node.ANY, NodeFactory.createURI("http://id.loc.gov/ontologies/bflc/simpleDate"), Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLexicalForm() + "@"
                        + t.getObject().getLiteralLanguage())
                .toSet();
        assertEquals(Set.of("1994@"), dates);
    }

    @Test
    void pairedEightEightiesAreNotMappedAgainOnTheirOwn() {
        Graph g = convert(TestRecords.first("marc/marc2bibframe2-880-100-600-700-700t.xml"));
        Set<String> minted = g.find()
                .mapWith(t -> t.getSubject())
                .filterKeep(Node::isURI)
                .mapWith(Node::getURI)
                .toSet();
        assertTrue(minted.stream().noneMatch(s -> s.contains("880")), "no entity minted from a paired 880: " + minted);
    }

    @Test
    void unlinkedEightEightyMapsAsTheFieldItNamesInTheVernacular() {
        // a record whose only title is in an unlinked 880 (occurrence 00): built here, labelled synthetic
        MarcRecord r = new MarcRecord(
                "00000nam a2200000 a 4500",
                List.of(
                        Field.control("001", "syn-880-00"),
                        Field.control("008", "960715s1994    cc a     b   f001 0cchi  "),
                        Field.data("880", '1', '0', new char[] {'6', 'a'}, new String[] {"245-00/$1", "红楼梦"})));
        Graph g = convert(r);
        Node instance = NodeFactory.createURI("http://example.org/loc/syn-880-00#Instance");
        Node title = only(g, instance, BF + "title");
        assertEquals(Set.of("红楼梦@zh-Hani"), literals(g, title, BF + "mainTitle"));
    }

    @Test
    void romanizedAndVernacularSubjectHeadingsShareTheMintedTopic() {
        Graph g = convert(TestRecords.first("marc/marc2bibframe2-880-100-600-700-700t.xml"));
        Node liuHui = NodeFactory.createURI("http://example.org/loc/5287459#Agent600-1");
        Set<String> labels = literals(g, liuHui, RDFS_LABEL);
        assertEquals(2, labels.size(), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("刘徽") && l.endsWith("@zh-Hani")), labels.toString());
        assertTrue(
                labels.stream().anyMatch(l -> l.startsWith("Liu, Hui") && l.endsWith("@zh-Latn-pinyin")),
                labels.toString());
        assertTrue(g.contains(Node.ANY, NodeFactory.createURI(BF + "subject"), liuHui));
        assertEquals(
                1,
                g.find(Node.ANY, NodeFactory.createURI(BF + "subject"), liuHui).toList().stream()
                        .map(Triple::getSubject)
                        .collect(Collectors.toSet())
                        .size());
    }
}
