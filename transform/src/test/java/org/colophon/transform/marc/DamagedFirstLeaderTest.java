package org.colophon.transform.marc;

import static org.colophon.transform.marc.CorpusReadingTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A damaged record length in the first leader of a file is repaired as anywhere else, not a reason to refuse the
 * file. The damage is made by the test in a copy of xbib's {@code IRMARC8.bin} (10 MARC-8 records).
 */
class DamagedFirstLeaderTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"0l626", "     ", "1626c", "x\u0000\u0000\u0000\u0000"})
    void firstRecordWithABadLengthIsReadAndTheRestToo(String length) throws Exception {
        byte[] b = Files.readAllBytes(resource("IRMARC8.bin"));
        List<MarcRecord> intact = CorpusFiles.read(resource("IRMARC8.bin")).records();
        for (int k = 0; k < 5; k++) b[k] = (byte) length.charAt(k);
        Path damaged = tmp.resolve("derived-bad-first-length-IRMARC8.bin");
        Files.write(damaged, b);
        CorpusFiles.Result r = CorpusFiles.read(damaged);
        assertEquals(10, r.good(), r.rejected() + " " + r.quarantine().count());
        for (int i = 0; i < 10; i++) {
            assertEquals(
                    intact.get(i).fields().toString(),
                    r.records().get(i).fields().toString(),
                    "record " + (i + 1));
        }
    }
}
