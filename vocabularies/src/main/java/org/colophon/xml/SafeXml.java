package org.colophon.xml;

import javax.xml.stream.XMLInputFactory;

/**
 * StAX with DTDs and external entities off, so a record cannot make us read a file or a URL. The one XML input
 * factory every module parses with (records, OAI-PMH responses, Dublin Core).
 */
public final class SafeXml {
    private SafeXml() {}

    public static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
