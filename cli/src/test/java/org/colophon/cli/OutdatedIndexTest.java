package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.colophon.discovery.DiscoveryIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search index of an older format (its commits carry no format number, as before formats were numbered) is rebuilt
 * from the store by the commands that write, saying so, and the read-only {@code search} says to run
 * {@code colophon reindex}: real records from Beijing Normal University and the Library of Congress, a real TDB2 store
 * and a real Lucene index whose format is set back.
 */
class OutdatedIndexTest {
    @TempDir
    Path tmp;

    Path resource(String name) throws Exception {
        Path p = tmp.resolve(name);
        Files.copy(Path.of(getClass().getResource("/" + name).toURI()), p);
        return p;
    }

    /** Sets the index's format back: a last commit whose data has the marker only. */
    static void setBack(Path data) throws Exception {
        try (var dir = FSDirectory.open(data.resolve("index"));
                IndexWriter w =
                        new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            w.setLiveCommitData(Map.of(DiscoveryIndex.MARKER, "").entrySet());
            w.commit();
        }
        try (DiscoveryIndex ix = DiscoveryIndex.openReadOnly(data.resolve("index"))) {
            assertTrue(ix.outdated());
        }
    }

    static boolean outdated(Path data) {
        try (DiscoveryIndex ix = DiscoveryIndex.openReadOnly(data.resolve("index"))) {
            return ix.outdated();
        }
    }

    @Test
    void importAndDeleteRebuildAnOutdatedIndexAndSearchSaysToReindex() throws Exception {
        Path data = tmp.resolve("data");
        String d = data.toString();
        assertEquals(
                0,
                CliRun.of("import", resource("bnu-chinese-sru.xml").toString(), "--source", "bnu", "--data", d)
                        .code());
        assertFalse(outdated(data));
        setBack(data);

        CliRun search = CliRun.of("search", "--data", d, "zhongguo");
        assertEquals(2, search.code(), search.out());
        assertEquals(1, search.err().strip().lines().count(), search.err());
        assertTrue(
                search.err().contains("older format (1; this version reads " + DiscoveryIndex.FORMAT + ")"),
                search.err());
        assertTrue(search.err().contains("run `colophon reindex`"), search.err());

        // a command that writes rebuilds it from the store first, then does its own work
        CliRun imp = CliRun.of(
                "import",
                resource("marc2bibframe2-880-100-600-700-700t.xml").toString(),
                "--source",
                "loc",
                "--data",
                d);
        assertEquals(0, imp.code(), imp.err());
        assertTrue(
                imp.err()
                        .contains("the search index is of an older format (1; this version's is "
                                + DiscoveryIndex.FORMAT + "): rebuilding it from the store"),
                imp.err());
        assertTrue(imp.err().contains("search index rebuilt: 10 records"), imp.err());
        assertFalse(outdated(data));
        CliRun check = CliRun.of("check", "--data", d);
        assertEquals(0, check.code(), check.out() + check.err());
        assertTrue(check.out().contains("store 11 records, index 11 records"), check.out());
        assertTrue(CliRun.of("search", "--data", d, "Liu Hui").out().startsWith("1 found"));
        assertTrue(CliRun.of("search", "--data", d, "猶太學").out().startsWith("1 found"));

        setBack(data);
        CliRun del = CliRun.of("delete", "--source", "loc", "--data", d, "5287459");
        assertEquals(0, del.code(), del.err());
        assertTrue(del.err().contains("search index rebuilt: 11 records"), del.err());
        assertFalse(outdated(data));
        assertTrue(CliRun.of("search", "--data", d, "Liu Hui").out().startsWith("0 found"));

        // reindex rebuilds once, whatever the format, and says nothing of formats
        setBack(data);
        CliRun reindex = CliRun.of("reindex", "--data", d);
        assertEquals(0, reindex.code(), reindex.err());
        assertFalse(reindex.err().contains("older format"), reindex.err());
        assertTrue(reindex.err().contains("indexed 10 records"), reindex.err());
        assertFalse(outdated(data));
    }
}
