package org.colophon.transform.marc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.colophon.record.RecordFormat;
import org.colophon.record.SourceRecord;
import org.colophon.transform.TestRecords;
import org.junit.jupiter.api.Test;

class Iso2709WriterTest {

    @Test
    void writtenRecordsReadBackFieldForFieldIncludingCjk880s() throws Exception {
        List<MarcRecord> records = TestRecords.read("marc/marc2bibframe2-880-100-600-700-700t.xml");
        records.addAll(TestRecords.read("marc/sample_marcxml_sru.xml"));
        records.addAll(TestRecords.read("marc/bu_bibs.mrc"));
        assertEquals(111, records.size());
        for (MarcRecord r : records) {
            byte[] bytes = Iso2709Writer.write(r);
            MarcRecord back = MarcDecoder.decode(SourceRecord.fromFile("t", "t#1@0", RecordFormat.MARC21, bytes));
            assertEquals(r.fields().toString(), back.fields().toString(), "record " + r.controlNumber());
        }
    }

    @Test
    void aNewControlNumberReplacesTheOld() {
        MarcRecord r = TestRecords.first("marc/marc2bibframe2-880-100-600-700-700t.xml");
        MarcRecord copy = Iso2709Writer.withControlNumber(r, "bench-42");
        assertEquals("bench-42", copy.controlNumber());
        assertEquals(r.fields().size(), copy.fields().size());
    }
}
