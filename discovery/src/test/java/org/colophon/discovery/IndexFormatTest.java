package org.colophon.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index says in its commits which format it holds; an index whose commits carry no format (written before formats
 * were numbered) is outdated until it is emptied and filled again, on real records in a real Lucene index.
 */
class IndexFormatTest {
    @TempDir
    Path tmp;

    static Map<String, String> lastCommit(Path path) throws Exception {
        try (var dir = FSDirectory.open(path)) {
            var commits = DirectoryReader.listCommits(dir);
            return commits.get(commits.size() - 1).getUserData();
        }
    }

    /** Sets the index's last format back to before formats were numbered: a commit whose data has the marker only. */
    static void setBack(Path path) throws Exception {
        try (var dir = FSDirectory.open(path);
                IndexWriter w =
                        new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            w.setLiveCommitData(Map.of(DiscoveryIndex.MARKER, "").entrySet());
            w.commit();
        }
    }

    @Test
    void aNewIndexIsOfThisVersionsFormatFromItsFirstCommit() throws Exception {
        Path path = tmp.resolve("index");
        try (DiscoveryIndex ix = DiscoveryIndex.open(path)) {
            assertFalse(ix.outdated(), "an index never committed");
            Samples.load(ix, "bnu-chinese-sru.xml", "bnu");
            ix.commit(); // a commit on its own, without prepareCommit
            assertEquals(DiscoveryIndex.FORMAT, ix.format());
        }
        assertEquals(Integer.toString(DiscoveryIndex.FORMAT), lastCommit(path).get(DiscoveryIndex.FORMAT_KEY));
        try (DiscoveryIndex ix = DiscoveryIndex.openReadOnly(path)) {
            assertFalse(ix.outdated());
        }
    }

    @Test
    void anIndexOfAnOlderFormatStaysOutdatedWhenAppendedToAndIsCurrentOnceRebuilt() throws Exception {
        Path path = tmp.resolve("index");
        try (DiscoveryIndex ix = DiscoveryIndex.open(path)) {
            Samples.load(ix, "bnu-chinese-sru.xml", "bnu");
            ix.prepareCommit("m1");
            ix.commit();
        }
        setBack(path);
        assertFalse(lastCommit(path).containsKey(DiscoveryIndex.FORMAT_KEY));
        try (DiscoveryIndex ro = DiscoveryIndex.openReadOnly(path)) {
            assertTrue(ro.outdated());
            assertEquals(1, ro.format());
        }
        try (DiscoveryIndex ix = DiscoveryIndex.open(path)) {
            assertTrue(ix.outdated());
            long before = ix.count();
            // appending in this version's format does not make the older documents current
            Samples.load(ix, "loc-cjk-880.xml", "loc");
            ix.prepareCommit("m2");
            ix.commit();
            assertTrue(ix.count() > before);
            assertTrue(ix.outdated(), "appended to, still of the older format");
            assertEquals("m2", ix.marker());
            // emptied and filled again: what the rebuild from the store does
            ix.deleteAll();
            Samples.load(ix, "bnu-chinese-sru.xml", "bnu");
            ix.commit();
            assertFalse(ix.outdated());
            assertEquals(before, ix.count());
            assertEquals("m2", ix.marker(), "the marker is kept through the rebuild");
        }
        assertEquals(Integer.toString(DiscoveryIndex.FORMAT), lastCommit(path).get(DiscoveryIndex.FORMAT_KEY));
    }
}
