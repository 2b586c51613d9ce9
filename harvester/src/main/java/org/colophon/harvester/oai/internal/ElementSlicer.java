package org.colophon.harvester.oai.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Takes the element a reader is on out of the response as it was written: the characters from its start tag to the
 * end of its end tag, kept by the {@link CleaningReader}, so a record is stored exactly as the source sent it
 * (cleaned of forbidden characters) and is not re-serialised. Namespaces the element uses but that were declared
 * outside it (on the envelope, say) are declared on its start tag, so the copy stands alone as an XML document.
 * Elements the parser cannot place (an empty root element) fall back to {@link ElementCopier}.
 */
final class ElementSlicer {
    private final CleaningReader chars;

    ElementSlicer(CleaningReader chars) {
        this.chars = chars;
    }

    /** Copies the element the reader is on; leaves the reader on its end tag. */
    byte[] copy(XMLStreamReader r) throws XMLStreamException {
        if (r instanceof XMLStreamReader2 r2 && r2.isEmptyElement()) return ElementCopier.copy(r);
        long start = r.getLocation().getCharacterOffset();
        if (start < 0) return ElementCopier.copy(r);
        chars.release(start);
        String rootName = qname(r);
        Map<String, String> outside = new LinkedHashMap<>();
        List<List<String>> declared = new ArrayList<>();
        int depth = 0;
        int ev = XMLStreamConstants.START_ELEMENT;
        while (true) {
            if (ev == XMLStreamConstants.START_ELEMENT) {
                List<String> here = List.of();
                if (r.getNamespaceCount() > 0) {
                    here = new ArrayList<>(r.getNamespaceCount());
                    for (int i = 0; i < r.getNamespaceCount(); i++) here.add(nz(r.getNamespacePrefix(i)));
                }
                declared.add(here);
                depth++;
                String uri = nz(r.getNamespaceURI());
                used(r, declared, outside, nz(r.getPrefix()), uri);
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    String ap = nz(r.getAttributePrefix(i));
                    if (!ap.isEmpty()) used(r, declared, outside, ap, nz(r.getAttributeNamespace(i)));
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                declared.remove(declared.size() - 1);
                if (--depth == 0) break;
            }
            ev = r.next();
        }
        long endTag = r.getLocation().getCharacterOffset();
        long gt = endTag < start ? -1 : chars.indexOf('>', endTag);
        if (gt < 0) throw new XMLStreamException("cannot find the end of <" + rootName + "> in the response");
        String text = chars.slice(start, gt + 1);
        if (!outside.isEmpty()) {
            StringBuilder decl = new StringBuilder();
            outside.forEach((prefix, uri) -> decl.append(prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix)
                    .append("=\"")
                    .append(attr(uri))
                    .append('"'));
            int at = 1 + rootName.length();
            text = text.substring(0, at) + decl + text.substring(at);
        }
        chars.release(gt + 1);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Notes a prefix the copy uses that no element inside it declares: its declaration comes from outside. */
    private static void used(
            XMLStreamReader r, List<List<String>> declared, Map<String, String> outside, String prefix, String uri) {
        if (prefix.equals("xml") || outside.containsKey(prefix)) return;
        for (int i = declared.size() - 1; i >= 0; i--) {
            if (declared.get(i).contains(prefix)) return;
        }
        if (prefix.isEmpty() && uri.isEmpty()) return;
        outside.put(prefix, uri);
    }

    private static String qname(XMLStreamReader r) {
        String p = nz(r.getPrefix());
        return p.isEmpty() ? r.getLocalName() : p + ":" + r.getLocalName();
    }

    private static String attr(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
