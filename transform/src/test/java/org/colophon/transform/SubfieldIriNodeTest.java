package org.colophon.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Triple;
import org.colophon.transform.internal.RuleSyntaxException;
import org.colophon.transform.marc.MarcRecord;
import org.junit.jupiter.api.Test;

/**
 * A node named by a subfield ({@code <$0>}): a {@code $0} written {@code (uri)http…}, as LoC's converter reads it, names
 * it as a bare http IRI does; {@code <$2@table>} names it by the IRI a code table gives the subfield's code.
 */
class SubfieldIriNodeTest {
    private static final String BF = "http://id.loc.gov/ontologies/bibframe/";

    /** The IRIs the rules give as objects of {@code property}. */
    private static Set<String> objects(String rules, MarcRecord record, String property) {
        Set<String> out = new TreeSet<>();
        for (Triple t : TestRecords.mapWith("iri.rules", rules, record))
            if (t.getPredicate().getURI().equals(BF + property) && t.getObject().isURI())
                out.add(t.getObject().getURI());
        return out;
    }

    @Test
    void aUriPrefixedZeroNamesTheNode() {
        // LoC's 753 test record: "$c DOS 1.1 $0 (uri)http://example.org/platform/obsolete $0 (uri)http://example.com/…"
        MarcRecord record = TestRecords.first("rules/70X-75X/convspec-720-755-1.xml");
        assertEquals(
                Set.of("http://example.org/platform/obsolete"),
                objects(
                        "753 $c -> Instance bf:systemRequirement [bflc:OperatingSystem]<$0>\n"
                                + "    rdfs:label!   $c | trim\n",
                        record,
                        "systemRequirement"));
    }

    @Test
    void aCodeTableNamesTheNode() {
        // DNB's 100 "$2 gnd": nameTitleSchemes/gnd
        MarcRecord record = TestRecords.first("rules/1XX/dnb-1284328724.xml");
        assertEquals(
                Set.of("http://id.loc.gov/vocabulary/nameTitleSchemes/gnd"),
                objects(
                        "100 -> Work bf:source [bf:Source]<$2@nameTitleSchemes>\n" + "    bf:code!   $2 | strip\n",
                        record,
                        "source"));
        // a code the table does not hold leaves the node blank
        assertEquals(
                Set.of(),
                objects(
                        "100 -> Work bf:source [bf:Source]<$2@carriers>\n" + "    bf:code!   $2 | strip\n",
                        record,
                        "source"));
    }

    @Test
    void aTableWithoutCodesIsAnError() {
        String message = assertThrows(
                        RuleSyntaxException.class,
                        () -> RuleSet.fromText("iri.rules", "100 -> Work bf:source [bf:Source]<$@nameTitleSchemes>\n"))
                .getMessage();
        assertEquals("iri.rules:1: <$codes@table> needs both subfield codes and a table", message);
    }
}
