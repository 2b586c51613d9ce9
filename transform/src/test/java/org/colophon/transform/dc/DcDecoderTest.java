package org.colophon.transform.dc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.colophon.transform.marc.Field;
import org.colophon.transform.marc.MarcRecord;
import org.junit.jupiter.api.Test;

/** Reading real oai_dc elements into fields named after the elements. */
class DcDecoderTest {

    private static MarcRecord decode(String file, int index) throws DcDecodeException {
        return DcDecoder.decode(OaiDcFiles.live(file).get(index));
    }

    @Test
    void eachDcElementBecomesAFieldNamedAfterIt() throws DcDecodeException {
        MarcRecord r = decode("dc/http-oai-perl-getrecord.xml", 0);
        assertEquals(
                List.of("identifier", "creator", "date", "date", "type", "title", "description", "description"),
                r.fields().stream().map(Field::tag).toList());
        assertEquals("Aspinwall, Paul S.", r.first("creator").first('a'));
    }

    @Test
    void elementsOfOtherNamespacesAreLeftOut() throws DcDecodeException {
        MarcRecord r = decode("dc/traject-sample-oai-pmh.xml", 1);
        assertEquals(
                0,
                r.fields().stream()
                        .filter(f -> f.tag().equals("originalRecord") || f.tag().equals("preview"))
                        .count());
    }

    @Test
    void whiteSpaceOfPrettyPrintedXmlIsCollapsed() throws DcDecodeException {
        MarcRecord r = decode("dc/sickle-ListRecords.xml", 0);
        assertEquals("Sample Publisher", r.first("publisher").first('a'));
    }

    @Test
    void xmlLangIsKeptAsTheFieldLanguage() throws DcDecodeException {
        MarcRecord r = decode("dc/sickle-ListRecords.xml", 0);
        assertEquals("eng", r.first("description").language());
        assertNull(r.first("title").language());
    }

    @Test
    void theLeaderTypeComesFromDcType() throws DcDecodeException {
        assertEquals('k', decode("dc/traject-sample-oai-pmh.xml", 1).leaderAt(6), "Image");
        assertEquals('a', decode("dc/sickle-ListRecords.xml", 0).leaderAt(6), "text");
        assertEquals('a', decode("dc/pyoai-eur-ListRecords.xml", 0).leaderAt(6), "Other: text by default");
        assertEquals('m', decode("dc/pyoai-eur-ListRecords.xml", 0).leaderAt(7));
        assertEquals(24, decode("dc/pyoai-eur-ListRecords.xml", 0).leader().length());
    }
}
