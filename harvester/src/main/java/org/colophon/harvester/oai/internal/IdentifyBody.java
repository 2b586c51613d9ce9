package org.colophon.harvester.oai.internal;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.colophon.harvester.oai.RepositoryInfo;

/** The content of Identify. */
public final class IdentifyBody implements OaiResponseParser.VerbBody {
    private String name;
    private String baseUrl;
    private String earliest;
    private String deleted;
    private String granularity;

    @Override
    public void read(XMLStreamReader r) throws XMLStreamException {
        while (Xml.nextChild(r)) {
            switch (r.getLocalName()) {
                case "repositoryName" -> name = Xml.text(r);
                case "baseURL" -> baseUrl = Xml.text(r);
                case "earliestDatestamp" -> earliest = Xml.text(r);
                case "deletedRecord" -> deleted = Xml.text(r);
                case "granularity" -> granularity = Xml.text(r);
                default -> Xml.skip(r);
            }
        }
    }

    public RepositoryInfo info() {
        boolean seconds = granularity != null && granularity.contains("hh");
        return new RepositoryInfo(name, baseUrl, OaiDates.parse(earliest), deleted == null ? "no" : deleted, seconds);
    }
}
