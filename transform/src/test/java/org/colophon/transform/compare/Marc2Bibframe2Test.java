package org.colophon.transform.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.colophon.transform.TestRecords;
import org.colophon.transform.marc.Field;
import org.colophon.transform.marc.MarcRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs xsltproc for real over real records; skipped where xsltproc is not installed. */
class Marc2Bibframe2Test {
    @BeforeAll
    static void xsltprocIsInstalled() {
        assumeTrue(Marc2Bibframe2.xsltprocInstalled(), "xsltproc is not installed");
    }

    @Test
    void theRecordsTheStylesheetFailsOnAreFoundAndLeftOutTheRestConverted() {
        List<MarcRecord> records =
                new ArrayList<>(ReferenceRun.records("loc_general").subList(0, 9));
        MarcRecord first = records.get(0);
        List<Field> fields = new ArrayList<>();
        for (Field f : first.fields()) fields.add(f.tag().equals("001") ? Field.control("001", "bad") : f);
        records.add(4, new MarcRecord(first.leader(), fields));

        Marc2Bibframe2.Result r = new Marc2Bibframe2(
                        TestRecords.resource("compare/synthetic/fails-on-bad.xsl"), "http://example.org/")
                .convert(records);

        assertEquals(List.of("bad"), r.failed());
        for (MarcRecord m : ReferenceRun.records("loc_general").subList(0, 9)) {
            Node work = NodeFactory.createURI(
                    "http://example.org/" + m.control("001").strip() + "#Work");
            assertTrue(r.graph().contains(work, Node.ANY, Node.ANY), "no Work for " + m.control("001"));
        }
    }
}
