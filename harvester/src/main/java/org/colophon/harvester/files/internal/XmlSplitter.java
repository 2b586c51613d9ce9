package org.colophon.harvester.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordFormat;
import org.colophon.record.SourceRecord;

/**
 * Finds every MARC {@code record} element in an XML file, whatever wraps it (collection, SRU response, OAI-PMH,
 * any prefix), and copies each out as a standalone MARCXML record. A {@code record} element is a MARC record when
 * a {@code leader}, {@code controlfield} or {@code datafield} is among its children (children before that which are
 * not MARC, such as an OAI identifier, are left out); other {@code record} elements (SRU and OAI envelopes) are
 * looked into. MABxml's own form, {@code datensatz} elements of {@code feld} fields (hbz's and the DNB's MAB2
 * exchange format, neither MARC 21 nor UNIMARC), is handed on as its records too, copied as they are, so that the
 * decoder can tell them apart and a conversion quarantine them with a reason, not read the file as holding nothing.
 * XML breaks well-formedness for good: the records before the break are
 * returned, the rest of the file is quarantined with the position of the break.
 */
public final class XmlSplitter extends LookaheadSource {
    private static final XMLInputFactory FACTORY = factory();

    /** The safe factory, with Woodstox's text length held to what a record may hold. */
    private static XMLInputFactory factory() {
        XMLInputFactory f = org.colophon.xml.SafeXml.inputFactory();
        if (f.isPropertySupported(MAX_TEXT_LENGTH)) f.setProperty(MAX_TEXT_LENGTH, RecordCopier.MAX_CHARS);
        return f;
    }

    private static final String MAX_TEXT_LENGTH = "com.ctc.wstx.maxTextLength";

    private InputStream in;
    private final Path file;
    private final String name;
    private final String sourceId;
    private final RecordFormat format;
    private final Quarantine quarantine;
    private XMLStreamReader reader;
    private int ordinal;
    private int recordLine = 1;
    private int depth;
    private RecordCopier candidate; // the innermost open record element not yet known to be MARC
    private final Utf8Out buffer = new Utf8Out(); // one for every record copied out of this file
    private int candidateDepth = -1;
    private long candidateOffset;

    public XmlSplitter(InputStream in, Path file, String name, String sourceId, RecordFormat format, Quarantine q) {
        this(in, null, null, file, name, sourceId, format, q);
    }

    /**
     * The file's records, read from the bytes ({@link ByteXmlSplitter}) while the XML is in the common shape, and
     * with Woodstox from the start of the file again (the records already handed on skipped) at the first thing that
     * is not; XML in another encoding than UTF-8 is read with Woodstox throughout.
     *
     * @param in the file's bytes (gunzipped), which must support mark
     * @param invalidUtf8 counts the bytes of UTF-8 that were not well-formed, when not null
     */
    public static XmlSplitter open(
            InputStream in,
            java.util.concurrent.atomic.LongAdder invalidUtf8,
            Path file,
            String name,
            String sourceId,
            RecordFormat format,
            Quarantine q)
            throws IOException {
        java.util.concurrent.atomic.LongAdder own = new java.util.concurrent.atomic.LongAdder();
        InputStream repaired = Utf8Repair.ifUtf8(in, own);
        if (!(repaired instanceof Utf8Repair)) return new XmlSplitter(repaired, file, name, sourceId, format, q);
        return new XmlSplitter(repaired, own, invalidUtf8, file, name, sourceId, format, q);
    }

    private XmlSplitter(
            InputStream in,
            java.util.concurrent.atomic.LongAdder own,
            java.util.concurrent.atomic.LongAdder invalidUtf8,
            Path file,
            String name,
            String sourceId,
            RecordFormat format,
            Quarantine q) {
        this.in = in;
        this.file = file;
        this.name = name;
        this.sourceId = sourceId;
        this.format = format;
        this.quarantine = q;
        this.invalidUtf8 = invalidUtf8;
        this.fastInvalidUtf8 = own;
        // with no count of its own the input was not repaired as UTF-8: Woodstox reads it throughout
        if (own != null) this.fast = new ByteXmlSplitter(in, buffer);
        else woodstox();
    }

    /** The byte-level reading while it lasts, else null. */
    private ByteXmlSplitter fast;
    /** Where the bytes that were not well-formed UTF-8 are counted (null: nowhere). */
    private final java.util.concurrent.atomic.LongAdder invalidUtf8;
    /** The byte-level reading's own count of them, added to {@link #invalidUtf8} when it reads to the end. */
    private final java.util.concurrent.atomic.LongAdder fastInvalidUtf8;

    private void woodstox() {
        try {
            this.reader = FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            broken(e);
        }
    }

    /**
     * Leaves the byte-level reading: reads the file again from its start with Woodstox, the records handed on so far
     * skipped (Woodstox reads them as the same records), so that from here on everything is as Woodstox reads it.
     */
    private void toWoodstox() {
        int handedOn = ordinal;
        fast = null;
        try {
            in.close();
            in = Utf8Repair.ifUtf8(Inputs.open(file), invalidUtf8);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read the file again", e);
        }
        ordinal = 0;
        woodstox();
        for (int i = 0; i < handedOn && !stopped; i++) {
            if (readWithWoodstox() == null) break;
        }
        if (!stopped && ordinal != handedOn) {
            throw new IllegalStateException(name + ": Woodstox read " + ordinal + " records where the byte-level"
                    + " reading had handed on " + handedOn);
        }
    }

    private void fastDone() {
        if (fast != null && invalidUtf8 != null) invalidUtf8.add(fastInvalidUtf8.sum());
        fast = null;
    }

    /** Set once the input broke: the rest is in the quarantine, nothing more is read. */
    private boolean stopped;

    @Override
    protected SourceRecord read() {
        if (stopped) return null;
        if (fast != null) {
            try {
                byte[] raw = fast.next();
                if (raw == null) {
                    fastDone();
                    stopped = true;
                    return null;
                }
                String locator = name + "#" + (++ordinal) + "@" + fast.offset();
                return SourceRecord.fromFile(sourceId, locator, format, raw);
            } catch (ByteXmlSplitter.Unusual e) {
                toWoodstox();
                if (stopped) return null;
            }
        }
        return readWithWoodstox();
    }

    private SourceRecord readWithWoodstox() {
        if (stopped) return null;
        try {
            return readRecord();
        } catch (XMLStreamException e) {
            broken(e);
            return null;
        } catch (RuntimeException e) {
            // Woodstox reports some errors late, unchecked (WstxLazyException: invalid bytes, bad entities)
            broken(e.getCause() instanceof XMLStreamException x ? x : new XMLStreamException(String.valueOf(e), e));
            return null;
        }
    }

    private SourceRecord readRecord() throws XMLStreamException {
        while (reader.hasNext()) {
            int ev = reader.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                if (depth == candidateDepth) {
                    candidate = null;
                    candidateDepth = -1;
                }
                depth--;
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) continue;
            depth++;
            String local = reader.getLocalName();
            if ("record".equals(local) || RecordCopier.MABXML_RECORD.equals(local)) {
                candidate = new RecordCopier(reader);
                candidateDepth = depth;
                candidateOffset = reader.getLocation().getCharacterOffset();
                recordLine = reader.getLocation().getLineNumber();
            } else if (candidate != null && depth == candidateDepth + 1 && candidate.isRecordChild(local)) {
                byte[] raw = candidate.copyRest(reader, buffer);
                candidate = null;
                depth = candidateDepth - 1;
                candidateDepth = -1;
                String locator = name + "#" + (++ordinal) + "@" + candidateOffset;
                return SourceRecord.fromFile(sourceId, locator, format, raw);
            }
        }
        return null;
    }

    private void broken(XMLStreamException e) {
        stopped = true;
        int line = e.getLocation() != null ? e.getLocation().getLineNumber() : -1;
        int column = e.getLocation() != null ? e.getLocation().getColumnNumber() : -1;
        int from = Math.max(1, Math.min(recordLine, line > 0 ? line : recordLine));
        String locator = name + "#" + (ordinal + 1) + "@line" + from;
        byte[] rest = RestOfFile.fromLine(file, from);
        quarantine.put(
                SourceRecord.fromFile(sourceId, locator, format, rest),
                "read",
                name + ": XML not well-formed at line " + line + ", column " + column + " (" + message(e)
                        + "); record " + (ordinal + 1) + " and everything after it, from line " + from
                        + ", is not read");
    }

    private static String message(XMLStreamException e) {
        String m = e.getMessage();
        int i = m == null ? -1 : m.indexOf("Message: ");
        return i >= 0 ? m.substring(i + 9).strip() : String.valueOf(m).strip();
    }

    @Override
    public void close() {
        fastDone();
        try {
            if (reader != null) reader.close();
            in.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(name + ": close failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": close failed", e);
        }
    }
}
