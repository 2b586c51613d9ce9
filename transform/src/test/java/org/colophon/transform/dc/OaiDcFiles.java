package org.colophon.transform.dc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.colophon.record.RecordFormat;
import org.colophon.record.SourceRecord;
import org.colophon.transform.TestRecords;

/**
 * Splits a saved OAI-PMH response into the SourceRecords the harvester delivers: each live record's
 * {@code oai_dc:dc} element copied out as a standalone document (every namespace in scope declared on it), the OAI
 * identifier as record id, deleted records marked deleted.
 */
public final class OaiDcFiles {
    private static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    private static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";

    private OaiDcFiles() {}

    public static List<SourceRecord> read(String resource, String sourceId) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<SourceRecord> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(TestRecords.resource(resource))) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            Deque<Map<String, String>> scopes = new ArrayDeque<>();
            String id = null;
            boolean deleted = false;
            int ordinal = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.END_ELEMENT) {
                    scopes.pop();
                    if (OAI.equals(r.getNamespaceURI()) && r.getLocalName().equals("record") && deleted) {
                        out.add(new SourceRecord(
                                sourceId,
                                id,
                                resource + "#" + (++ordinal),
                                null,
                                true,
                                RecordFormat.DUBLIN_CORE,
                                new byte[0]));
                    }
                    continue;
                }
                if (ev != XMLStreamConstants.START_ELEMENT) continue;
                Map<String, String> scope = new LinkedHashMap<>();
                for (int i = 0; i < r.getNamespaceCount(); i++)
                    scope.put(nz(r.getNamespacePrefix(i)), nz(r.getNamespaceURI(i)));
                scopes.push(scope);
                if (OAI.equals(r.getNamespaceURI()) && r.getLocalName().equals("header")) {
                    deleted = "deleted".equals(r.getAttributeValue(null, "status"));
                } else if (OAI.equals(r.getNamespaceURI()) && r.getLocalName().equals("identifier")) {
                    id = r.getElementText().strip();
                    scopes.pop();
                } else if (OAI_DC.equals(r.getNamespaceURI())
                        && r.getLocalName().equals("dc")) {
                    Map<String, String> inScope = new LinkedHashMap<>();
                    scopes.descendingIterator().forEachRemaining(inScope::putAll);
                    byte[] raw = copy(r, inScope);
                    scopes.pop();
                    out.add(new SourceRecord(
                            sourceId, id, resource + "#" + (++ordinal), null, false, RecordFormat.DUBLIN_CORE, raw));
                }
            }
        } catch (IOException | XMLStreamException e) {
            throw new IllegalStateException(resource, e);
        }
        return out;
    }

    /** The live records only. */
    public static List<SourceRecord> live(String resource) {
        return read(resource, "lib").stream().filter(s -> !s.deleted()).toList();
    }

    private static byte[] copy(XMLStreamReader r, Map<String, String> inScope) throws XMLStreamException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        int depth = 0;
        boolean root = true;
        int ev = r.getEventType();
        do {
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    w.writeStartElement(nz(r.getPrefix()), r.getLocalName(), nz(r.getNamespaceURI()));
                    if (root) {
                        for (var e : inScope.entrySet()) {
                            if (e.getKey().isEmpty()) w.writeDefaultNamespace(e.getValue());
                            else w.writeNamespace(e.getKey(), e.getValue());
                        }
                        root = false;
                    } else {
                        for (int i = 0; i < r.getNamespaceCount(); i++) {
                            if (nz(r.getNamespacePrefix(i)).isEmpty()) w.writeDefaultNamespace(r.getNamespaceURI(i));
                            else w.writeNamespace(r.getNamespacePrefix(i), r.getNamespaceURI(i));
                        }
                    }
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        w.writeAttribute(
                                nz(r.getAttributePrefix(i)),
                                nz(r.getAttributeNamespace(i)),
                                r.getAttributeLocalName(i),
                                r.getAttributeValue(i));
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    w.writeEndElement();
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    w.writeCharacters(r.getText());
                default -> {}
            }
            if (depth > 0) ev = r.next();
        } while (depth > 0);
        w.writeEndDocument();
        w.close();
        return bytes.toByteArray();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
