package org.colophon.transform.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.colophon.transform.marc.MarcRecord;
import org.colophon.vocab.Ontologies;
import org.junit.jupiter.api.Test;

/** Every BIBFRAME and BFLC class or property the rules name, or the output uses, is defined by the ontologies. */
class RuleVocabularyTest {
    private static final String BF = "http://id.loc.gov/ontologies/bibframe/";
    private static final String BFLC = "http://id.loc.gov/ontologies/bflc/";
    private static final Pattern CURIE = Pattern.compile("(?<![\\w:/])(bf|bflc):([A-Za-z][A-Za-z0-9]*)");
    private static final Pattern IRI = Pattern.compile("<(http://id\\.loc\\.gov/ontologies/(?:bibframe|bflc)/[^>]+)>");
    private static final String RULES = "/org/colophon/transform/rules/marc21/";
    private static final String DC_RULES = "/org/colophon/transform/rules/dc/";

    private static boolean defined(Graph bf, Graph bflc, String iri) {
        Node n = NodeFactory.createURI(iri);
        return bf.contains(n, Node.ANY, Node.ANY) || bflc.contains(n, Node.ANY, Node.ANY);
    }

    @Test
    void everyBibframeTermInTheRuleFilesIsDefinedInTheOntology() throws IOException {
        Set<String> used = termsOf(RULES);
        assertTrue(used.contains(BF + "mainTitle") && used.contains(BFLC + "simplePlace"), used::toString);
        assertDefined(used);
    }

    @Test
    void everyBibframeTermInTheDublinCoreRulesIsDefinedInTheOntology() throws IOException {
        Set<String> used = termsOf(DC_RULES);
        assertTrue(used.contains(BF + "mainTitle") && used.contains(BFLC + "simpleAgent"), used::toString);
        assertDefined(used);
    }

    @Test
    void everyBibframeTermInTheDublinCoreOutputIsDefinedInTheOntology() {
        Graph bf = Ontologies.bibframe();
        Graph bflc = Ontologies.bflc();
        Set<String> undefined = new TreeSet<>();
        var converter = org.colophon.transform.Converter.builder()
                .lookup(org.colophon.transform.VocabularyLookup.get())
                .build();
        for (String file : List.of("dc/traject-sample-oai-pmh.xml", "dc/pyoai-eur-ListRecords.xml")) {
            List<org.colophon.record.SourceRecord> records = org.colophon.transform.dc.OaiDcFiles.live(file);
            assertTrue(records.size() >= 10, file);
            new org.colophon.transform.ConversionRun(converter, org.colophon.record.Quarantine.counting(), 1, null)
                    .run(records.iterator(), c -> {
                        for (Triple t : c.triples()) {
                            List<Node> terms = new ArrayList<>(List.of(t.getPredicate()));
                            if (t.getPredicate().getURI().endsWith("#type")) terms.add(t.getObject());
                            for (Node n : terms) {
                                String iri = n.getURI();
                                if ((iri.startsWith(BF) || iri.startsWith(BFLC)) && !defined(bf, bflc, iri))
                                    undefined.add(iri);
                            }
                        }
                    });
        }
        assertEquals(Set.of(), undefined, "terms the Dublin Core output uses that BIBFRAME/BFLC do not define");
    }

    private static void assertDefined(Set<String> used) {
        Graph bf = Ontologies.bibframe();
        Graph bflc = Ontologies.bflc();
        List<String> undefined = new ArrayList<>();
        for (String iri : used) if (!defined(bf, bflc, iri)) undefined.add(iri);
        assertEquals(List.of(), undefined, "terms the rule files use that BIBFRAME/BFLC do not define");
    }

    private static Set<String> termsOf(String rules) throws IOException {
        Set<String> used = new TreeSet<>();
        for (String file : ruleFiles(rules)) {
            String text = read(rules + file);
            for (String line : text.split("\n")) {
                String code = line.contains("#")
                        ? line.substring(0, line.indexOf(" #") < 0 ? line.length() : line.indexOf(" #"))
                        : line;
                if (line.strip().startsWith("#")) continue;
                Matcher m = CURIE.matcher(code);
                while (m.find()) used.add((m.group(1).equals("bf") ? BF : BFLC) + m.group(2));
                Matcher i = IRI.matcher(code);
                while (i.find()) used.add(i.group(1));
            }
        }
        return used;
    }

    @Test
    void everyBibframeTermInTheOutputIsDefinedInTheOntology() {
        Graph bf = Ontologies.bibframe();
        Graph bflc = Ontologies.bflc();
        Set<String> undefined = new TreeSet<>();
        var converter = ReferenceRun.converter();
        for (String d : ReferenceRun.DATASETS) {
            for (MarcRecord r : ReferenceRun.records(d)) {
                for (Triple t : converter.map("t", r.control("001").strip(), r)) {
                    List<Node> terms = new ArrayList<>(List.of(t.getPredicate()));
                    if (t.getPredicate().getURI().endsWith("#type")) terms.add(t.getObject());
                    for (Node n : terms) {
                        String iri = n.getURI();
                        if ((iri.startsWith(BF) || iri.startsWith(BFLC)) && !defined(bf, bflc, iri)) undefined.add(iri);
                    }
                }
            }
        }
        assertEquals(Set.of(), undefined, "terms the output uses that BIBFRAME/BFLC do not define");
    }

    private static List<String> ruleFiles(String rules) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : read(rules + "profile").split("\n")) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#") && !s.startsWith("schema:")) out.add(s);
        }
        return out;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = RuleVocabularyTest.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("missing " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
