package org.colophon.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Triple;
import org.colophon.transform.marc.Field;
import org.colophon.transform.marc.MarcRecord;
import org.junit.jupiter.api.Test;

/**
 * {@code $$a} reads the whole field in a rule read group by group, where {@code $a} reads only the group: a 650 with
 * two {@code $z} gives, per {@code $z}, a note labelled with the field's {@code $a} (the source of a 344's terms is
 * read so, {@code bf:code $$2}). The expected counts are worked out from the record itself.
 */
class FieldWideSubfieldsTest {
    private static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";

    private final MarcRecord record = TestRecords.first("rules/6XX/loc_general-16965926.xml");

    private List<String> labels(String rules) {
        List<String> out = new ArrayList<>();
        for (Triple t : TestRecords.mapWith("fieldwide.rules", rules, record))
            if (t.getPredicate().getURI().equals(RDFS_LABEL))
                out.add(t.getObject().getLiteralLexicalForm());
        return out;
    }

    @Test
    void aDoubleDollarReadsTheWholeFieldInEveryGroup() {
        Field first = record.first("650");
        String heading = first.first('a').strip();
        long zs = 0;
        for (int i = 0; i < first.size(); i++) if (first.code(i) == 'z') zs++;
        assertEquals(2, zs, "the record's first 650 has two $z");
        String rule = "650 $z -> Work bf:note [bf:Note]   if first\n    rdfs:label   %s | strip\n";
        // one label per group from the whole field; only the first group (from the field's start) holds the $a
        assertEquals(List.of(heading, heading), labels(rule.formatted("$$a")));
        assertEquals(List.of(heading), labels(rule.formatted("$a")));
    }
}
