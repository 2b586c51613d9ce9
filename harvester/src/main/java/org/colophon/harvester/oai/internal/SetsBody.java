package org.colophon.harvester.oai.internal;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.colophon.harvester.oai.SetInfo;

/** The content of one ListSets page. */
public final class SetsBody implements OaiResponseParser.VerbBody {
    private final List<SetInfo> sets = new ArrayList<>();
    private OaiResponseParser.TokenInfo token = OaiResponseParser.TokenInfo.NONE;

    @Override
    public void read(XMLStreamReader r) throws XMLStreamException {
        while (Xml.nextChild(r)) {
            switch (r.getLocalName()) {
                case "set" -> {
                    String spec = null;
                    String name = null;
                    while (Xml.nextChild(r)) {
                        switch (r.getLocalName()) {
                            case "setSpec" -> spec = Xml.text(r);
                            case "setName" -> name = Xml.text(r);
                            default -> Xml.skip(r);
                        }
                    }
                    if (spec != null) sets.add(new SetInfo(spec, name));
                }
                case "resumptionToken" -> token = OaiResponseParser.TokenInfo.read(r);
                default -> Xml.skip(r);
            }
        }
    }

    @Override
    public OaiResponseParser.TokenInfo token() {
        return token;
    }

    public List<SetInfo> sets() {
        return List.copyOf(sets);
    }
}
