package org.colophon.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.colophon.graph.GraphStore;
import org.colophon.graph.Outcome;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.harvester.oai.Checkpoint;
import org.colophon.ingest.Recorder;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.record.SourceRecord;
import org.colophon.transform.Converter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages of several sources arrive interleaved; a broken page of one source must not lose another's records. */
class HarvestLoaderTest {
    @TempDir
    Path tmp;

    /** Beijing Normal University records, as a harvester would hand them over for {@code source}. */
    List<SourceRecord> records(String source) throws Exception {
        List<SourceRecord> out = new ArrayList<>();
        Path file = Path.of(getClass().getResource("/bnu-chinese-sru.xml").toURI());
        try (RecordSource src = FileRecordReader.open(file, source, null, Quarantine.counting())) {
            int n = 0;
            while (src.hasNext()) {
                SourceRecord r = src.next();
                String id = "oai:" + source + ":" + (++n);
                out.add(new SourceRecord(source, id, id, null, false, r.format(), r.raw()));
            }
        }
        return out;
    }

    @Test
    void aBrokenPageOfOneSourceLeavesTheOtherSourcesPageToBeCommitted() throws Exception {
        Converter converter = Converter.builder().build();
        Quarantine q = Quarantine.counting();
        Recorder rec = new Recorder();
        try (GraphStore store = GraphStore.open(tmp.resolve("tdb2"))) {
            Tally tally = new Tally(q);
            try (PageWriter writer =
                    new PageWriter(new BatchWriter(store, converter, List.of(rec), q, tally), 1000, 50, 4)) {
                HarvestLoader loader = new HarvestLoader(converter, q, 1, writer);
                List<SourceRecord> a = records("a");
                List<SourceRecord> b = records("b");
                for (int i = 0; i < a.size(); i++) {
                    loader.accept(a.get(i));
                    loader.accept(b.get(i));
                }
                loader.pageAborted("a"); // source a's connection broke mid-page; it will be asked again
                loader.pageDone(Checkpoint.empty("b", null, "marc21"));
                loader.pageDone(Checkpoint.empty("a", null, "marc21"));
            }
            assertEquals(b(), tally.count(Outcome.ADDED));
            assertEquals(b(), store.stats().sources().get("b").records());
            assertEquals(null, store.stats().sources().get("a"));
            assertEquals(Recorder.storeKeys(store, "a", "b"), rec.committedKeys);
        }
    }

    /**
     * A long harvest commits in doubling batches (5, 5, 10, 20, then the rest at the end) rather than every 5 records,
     * so TDB2's copy-on-write leaves few generations of index blocks behind.
     */
    @Test
    void batchesGrowWithTheRecordsAlreadyCommitted() throws Exception {
        Converter converter = Converter.builder().build();
        Quarantine q = Quarantine.counting();
        Recorder rec = new Recorder();
        List<SourceRecord> all = new ArrayList<>();
        for (String s : List.of("a", "b", "c", "d", "e", "f")) all.addAll(records(s));
        try (GraphStore store = GraphStore.open(tmp.resolve("tdb2"))) {
            Tally tally = new Tally(q);
            try (PageWriter writer =
                    new PageWriter(new BatchWriter(store, converter, List.of(rec), q, tally), 5, 60_000, 4)) {
                HarvestLoader loader = new HarvestLoader(converter, q, 1, writer);
                for (SourceRecord r : all) {
                    loader.accept(r);
                    loader.pageDone(Checkpoint.empty(r.sourceId(), null, "marc21"));
                }
            }
            assertEquals(all.size(), store.stats().records());
            assertEquals(60, all.size());
            assertEquals(5, rec.commits, "commits at 5, 10, 20, 40 records and the last 20 at the end");
        }
    }

    private static long b() {
        return 10;
    }
}
