package org.colophon.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BrokenCodeTableTest {

    private static CodeTableException failure(String file) {
        String resource = "codes/" + file;
        InputStream in = BrokenCodeTableTest.class.getResourceAsStream(resource);
        return assertThrows(CodeTableException.class, () -> CodeTables.read(resource, file, in));
    }

    @Test
    void rowWithMissingColumnIsReportedWithFileAndLine() {
        CodeTableException e = failure("missing-column.tsv");
        assertEquals("codes/missing-column.tsv:4", e.location());
        assertTrue(
                e.getMessage().startsWith("codes/missing-column.tsv:4: expected 3 tab-separated columns, found 2"),
                e.getMessage());
    }

    @Test
    void duplicateCodeIgnoringCaseNamesBothLines() {
        CodeTableException e = failure("duplicate-code.tsv");
        assertEquals("codes/duplicate-code.tsv:5: duplicate code 'AUT' (first on line 2)", e.getMessage());
    }

    @Test
    void relativeIriIsRejected() {
        assertEquals(
                "codes/relative-iri.tsv:2: not an absolute IRI: 'relators/aut'",
                failure("relative-iri.tsv").getMessage());
    }

    @Test
    void fileWithoutHeaderIsRejected() {
        assertEquals(
                "codes/no-header.tsv:2: no header row", failure("no-header.tsv").getMessage());
    }

    @Test
    void headerMustStartWithCode() {
        assertTrue(failure("header-not-code-first.tsv").getMessage().startsWith("codes/header-not-code-first.tsv:1:"));
    }

    @Test
    void emptyCodeIsRejected() {
        assertEquals(
                "codes/empty-code.tsv:2: empty code", failure("empty-code.tsv").getMessage());
    }

    @Test
    void invalidUtf8IsReportedWithTheFile() {
        byte[] latin1 = "code\tlabel@en\nfre\tfran\u00e7ais\n".getBytes(StandardCharsets.ISO_8859_1);
        CodeTableException e = assertThrows(
                CodeTableException.class,
                () -> CodeTables.read("codes/latin1.tsv", "latin1", new ByteArrayInputStream(latin1)));
        assertTrue(e.getMessage().startsWith("codes/latin1.tsv: cannot be read"), e.getMessage());
    }

    @Test
    void wellFormedTableFromAStreamLoads() {
        byte[] tsv =
                "# comment\ncode\tiri\tlabel@en\tvariants\nedt\thttp://id.loc.gov/vocabulary/relators/edt\teditor\ted.|eds.\n"
                        .getBytes(StandardCharsets.UTF_8);
        CodeTable table = CodeTables.read("codes/tiny.tsv", "tiny", new ByteArrayInputStream(tsv));
        assertEquals("edt", table.lookupByLabel("Eds.").orElseThrow().code());
        assertEquals(1, table.size());
    }
}
