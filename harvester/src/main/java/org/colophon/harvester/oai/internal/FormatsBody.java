package org.colophon.harvester.oai.internal;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.colophon.harvester.oai.MetadataFormatInfo;

/** The content of ListMetadataFormats. */
public final class FormatsBody implements OaiResponseParser.VerbBody {
    private final List<MetadataFormatInfo> formats = new ArrayList<>();

    @Override
    public void read(XMLStreamReader r) throws XMLStreamException {
        while (Xml.nextChild(r)) {
            if (!"metadataFormat".equals(r.getLocalName())) {
                Xml.skip(r);
                continue;
            }
            String prefix = null;
            String schema = null;
            String ns = null;
            while (Xml.nextChild(r)) {
                switch (r.getLocalName()) {
                    case "metadataPrefix" -> prefix = Xml.text(r);
                    case "schema" -> schema = Xml.text(r);
                    case "metadataNamespace" -> ns = Xml.text(r);
                    default -> Xml.skip(r);
                }
            }
            if (prefix != null) formats.add(new MetadataFormatInfo(prefix, schema, ns));
        }
    }

    public List<MetadataFormatInfo> formats() {
        return List.copyOf(formats);
    }

    /**
     * The prefix to harvest: MARC 21 first (marc21, marcxml, MARC21, … or the MARC21 slim namespace), then oai_dc;
     * {@code null} when the source offers neither.
     */
    public static String choose(List<MetadataFormatInfo> formats) {
        for (MetadataFormatInfo f : formats) {
            String p = f.prefix().toLowerCase(java.util.Locale.ROOT);
            if (p.equals("marc21") || p.equals("marcxml") || p.equals("marc21xml") || p.equals("usmarc")) {
                return f.prefix();
            }
        }
        for (MetadataFormatInfo f : formats) {
            if (Xml.MARC_NS.equals(f.namespace() == null ? null : f.namespace().trim())) return f.prefix();
        }
        for (MetadataFormatInfo f : formats) {
            if (f.prefix().equals("oai_dc")) return f.prefix();
        }
        for (MetadataFormatInfo f : formats) {
            if (Xml.OAI_DC_NS.equals(
                    f.namespace() == null ? null : f.namespace().trim())) return f.prefix();
        }
        return null;
    }
}
