package org.colophon.transform.marc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every copied test file gives exactly the records we expect, and never fewer than yaz-marcdump read from it (for XML
 * the reference is the number of leaders, see SOURCES.md).
 */
class CorpusReadingTest {

    static Stream<Arguments> files() {
        return Stream.of(
                // file, records we decode, yaz / reference count
                Arguments.of("bu_bibs.mrc", 100, 100),
                Arguments.of("double-encoded-utf8-twice.mrc", 1, 1),
                Arguments.of("stray-field-terminators.mrc", 1, 1),
                Arguments.of("bad_records.mrc", 8, 8),
                Arguments.of("marc8.dat", 1, 1),
                Arguments.of("utf8_with_leader_flag.dat", 1, 1),
                Arguments.of("utf8_without_leader_flag.dat", 1, 1),
                Arguments.of("bad_subfield_code.dat", 1, 1),
                Arguments.of("bad_eacc_encoding.marc8.marc", 1, 1),
                Arguments.of("marc8_accented_chars.marc", 1, 1),
                Arguments.of("utf8_multirecord.marc", 2, 2),
                Arguments.of("test_data.utf8.mrc", 30, 30),
                Arguments.of("test_data.utf8.mrc.gz", 30, 30),
                Arguments.of("test_data.utf8.marc.xml", 30, 30),
                Arguments.of("SWB1.marc21", 1, 0),
                Arguments.of("zdbtitutf8.mrc", 8, 7),
                Arguments.of("IRMARC8.bin", 10, 10),
                Arguments.of("zdb-sru-marcxmlplus.xml", 24, 24),
                Arguments.of("sru_dnb-e9396103-55d6-41c6-984a-bb656304764a.xml", 2, 2),
                Arguments.of("sample_marcxml_sru.xml", 10, 10),
                Arguments.of("marc2bibframe2-880-100-600-700-700t.xml", 1, 1),
                Arguments.of("greek-script-without-880.mrc", 1, 1),
                Arguments.of("natlibfi-out-custom-validators.json", 1, 1));
    }

    @ParameterizedTest(name = "{0} gives {1} records")
    @MethodSource("files")
    void fileGivesItsRecords(String file, int expected, int reference) throws IOException {
        CorpusFiles.Result r = CorpusFiles.read(resource(file));
        assertEquals(expected, r.good(), file + " rejected: " + r.rejected());
        assertTrue(r.good() >= reference, file + ": fewer records than the reference count " + reference);
        assertEquals(0, r.rejected().size(), file + " rejected: " + r.rejected());
        assertEquals(0, r.quarantine().count(), file + " quarantined records");
    }

    static Path resource(String name) {
        try {
            return Path.of(CorpusReadingTest.class.getResource("/marc/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource marc/" + name, e);
        }
    }
}
