package org.colophon.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.transform.ConversionRun;
import org.colophon.transform.Converter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ?i colophon:search "…"} joins search hits with the graph, in a real ARQ query over real records. */
class SearchPropertyFunctionTest {
    @TempDir
    Path tmp;

    @Test
    void aSparqlQueryJoinsHitsWithTheGraph() throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (DiscoveryIndex index = DiscoveryIndex.open(tmp)) {
            Converter converter = Converter.builder().base(Samples.BASE).build();
            for (String[] f : new String[][] {{"bnu-chinese-sru.xml", "bnu"}, {"loc-cjk-880.xml", "loc"}}) {
                try (RecordSource in =
                        FileRecordReader.open(Samples.resource(f[0]), f[1], null, Quarantine.counting())) {
                    new ConversionRun(converter, Quarantine.counting(), 1, null).run(in, c -> {
                        index.put(f[1], c.recordId(), c.graphIri(), "x", c.triples());
                        var g = NodeFactory.createURI(c.graphIri());
                        c.triples().forEach(t -> {
                            dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
                            dsg.getDefaultGraph().add(t); // the store's union default graph, in memory
                        });
                    });
                }
            }
            index.commit();
            SearchPropertyFunction.register(dsg.getContext(), index);

            assertEquals(
                    List.of("1994"),
                    column(
                            dsg,
                            "SELECT ?date WHERE { ?i colophon:search \"劉徽評傳\" . ?i bf:provisionActivity/bf:date ?date }"));
            assertEquals(
                    List.of("周瀚光, 1950-"),
                    column(
                            dsg,
                            "SELECT ?name WHERE { ?i colophon:search \"liu hui\" ; bf:instanceOf/bf:contribution/bf:agent/rdfs:label ?name FILTER(lang(?name) = 'zh-Hani') } ORDER BY ?name LIMIT 1"));
            assertEquals(
                    List.of("yes"),
                    column(
                            dsg,
                            "SELECT ?a WHERE { BIND(\"yes\" AS ?a) <" + Samples.BASE
                                    + "loc/5287459#Instance> colophon:search \"Liu Hui\" }"));
            assertEquals(List.of(), column(dsg, "SELECT ?i WHERE { ?i colophon:search \"qqqqzzzz\" }"));
        }
    }

    static List<String> column(DatasetGraph dsg, String body) {
        Query q = QueryFactory.create("PREFIX colophon: <https://w3id.org/colophon/ns#> PREFIX bf:"
                + " <http://id.loc.gov/ontologies/bibframe/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + body);
        List<String> out = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(q).build()) {
            RowSet rows = exec.select();
            var v = rows.getResultVars().get(0);
            rows.forEachRemaining(b -> out.add(
                    b.get(v).isLiteral()
                            ? b.get(v).getLiteralLexicalForm()
                            : b.get(v).toString()));
        }
        return out;
    }
}
