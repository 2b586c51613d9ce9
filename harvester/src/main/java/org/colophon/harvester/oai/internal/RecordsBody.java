package org.colophon.harvester.oai.internal;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.colophon.record.RecordFormat;

/** The content of ListRecords or GetRecord: every record handed on as it is read, then the resumption token. */
public final class RecordsBody implements OaiResponseParser.VerbBody {

    /** Receives each record as soon as it has been read. */
    public interface Receiver {
        /** A (new) attempt at reading the page starts: forget what an earlier, broken attempt delivered. */
        default void begin() {}

        void record(HarvestedRecord record) throws XMLStreamException;
    }

    private final Receiver receiver;
    private OaiResponseParser.TokenInfo token = OaiResponseParser.TokenInfo.NONE;
    private ElementSlicer slicer;

    public RecordsBody(Receiver receiver) {
        this.receiver = receiver;
    }

    @Override
    public void input(CleaningReader in) {
        in.record();
        slicer = new ElementSlicer(in);
    }

    @Override
    public void begin() {
        token = OaiResponseParser.TokenInfo.NONE;
        receiver.begin();
    }

    @Override
    public void read(XMLStreamReader r) throws XMLStreamException {
        while (Xml.nextChild(r)) {
            switch (r.getLocalName()) {
                case "record" -> receiver.record(record(r));
                case "resumptionToken" -> token = OaiResponseParser.TokenInfo.read(r);
                default -> Xml.skip(r);
            }
        }
    }

    @Override
    public OaiResponseParser.TokenInfo token() {
        return token;
    }

    private HarvestedRecord record(XMLStreamReader r) throws XMLStreamException {
        String id = null;
        String datestamp = null;
        boolean deleted = false;
        List<String> sets = new ArrayList<>();
        RecordFormat format = null;
        byte[] payload = new byte[0];
        String element = null;
        while (Xml.nextChild(r)) {
            switch (r.getLocalName()) {
                case "header" -> {
                    deleted = "deleted".equals(r.getAttributeValue(null, "status"));
                    while (Xml.nextChild(r)) {
                        switch (r.getLocalName()) {
                            case "identifier" -> id = Xml.text(r);
                            case "datestamp" -> datestamp = Xml.text(r);
                            case "setSpec" -> sets.add(Xml.text(r));
                            default -> Xml.skip(r);
                        }
                    }
                }
                case "metadata" -> {
                    if (Xml.nextChild(r)) {
                        element = "{" + r.getNamespaceURI() + "}" + r.getLocalName();
                        format = formatOf(r);
                        if (format == RecordFormat.MARCXML && "collection".equals(r.getLocalName())) {
                            format = null;
                            while (Xml.nextChild(r)) {
                                if (format == null && "record".equals(r.getLocalName())) {
                                    format = RecordFormat.MARCXML;
                                    payload = slicer.copy(r);
                                } else {
                                    Xml.skip(r);
                                }
                            }
                        } else {
                            payload = slicer.copy(r);
                        }
                        while (Xml.nextChild(r)) Xml.skip(r);
                    }
                }
                default -> Xml.skip(r);
            }
        }
        return new HarvestedRecord(id, OaiDates.parse(datestamp), deleted, List.copyOf(sets), format, payload, element);
    }

    private static RecordFormat formatOf(XMLStreamReader r) {
        String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
        String local = r.getLocalName();
        if (Xml.MARC_NS.equals(ns) && ("record".equals(local) || "collection".equals(local))) {
            return RecordFormat.MARCXML;
        }
        if (Xml.OAI_DC_NS.equals(ns) && "dc".equals(local)) return RecordFormat.DUBLIN_CORE;
        return null;
    }
}
