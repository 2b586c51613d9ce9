package org.colophon.harvester.oai.internal;

import java.time.Instant;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks an OAI-PMH response as a stream: the envelope (responseDate, error) here, the verb element's content in a
 * {@link VerbBody}. Nothing of the response is held beyond the element being read.
 */
public final class OaiResponseParser {

    /** Reads the verb element's content; the reader is on its start tag and must be left on its end tag. */
    public interface VerbBody {
        /** A (new) attempt at reading a response starts. */
        default void begin() {}

        /** The characters the response is parsed from, before parsing starts (to keep what it needs). */
        default void input(CleaningReader in) {}

        void read(XMLStreamReader r) throws XMLStreamException;

        /** The resumption token seen, if the verb is a list. */
        default TokenInfo token() {
            return TokenInfo.NONE;
        }
    }

    /** A resumption token element. */
    public record TokenInfo(String value, Instant expires, long completeListSize) {
        static final TokenInfo NONE = new TokenInfo(null, null, -1);

        static TokenInfo read(XMLStreamReader r) throws XMLStreamException {
            Instant exp = OaiDates.parse(r.getAttributeValue(null, "expirationDate"));
            long size = -1;
            String s = r.getAttributeValue(null, "completeListSize");
            if (s != null) {
                try {
                    size = Long.parseLong(s.trim());
                } catch (NumberFormatException e) {
                    size = -1;
                }
            }
            return new TokenInfo(Xml.text(r), exp, size);
        }
    }

    private OaiResponseParser() {}

    /**
     * Parses a whole response.
     *
     * @throws XMLStreamException when the response is not well-formed XML or not OAI-PMH
     */
    public static OaiPage parse(CleaningReader in, VerbBody body) throws XMLStreamException {
        body.begin();
        body.input(in);
        XMLStreamReader r = Xml.reader(in);
        try {
            while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
                // prolog
            }
            if (!r.isStartElement() || !"OAI-PMH".equals(r.getLocalName())) {
                String found = r.isStartElement() ? "<" + r.getLocalName() + ">" : "no element";
                throw new XMLStreamException("not an OAI-PMH response: the document starts with " + found);
            }
            Instant responseDate = null;
            String code = null;
            StringBuilder message = new StringBuilder();
            while (Xml.nextChild(r)) {
                switch (r.getLocalName()) {
                    case "responseDate" -> responseDate = OaiDates.parse(Xml.text(r));
                    case "request" -> Xml.skip(r);
                    case "error" -> {
                        String c = r.getAttributeValue(null, "code");
                        if (code == null) code = c == null ? "unknown" : c;
                        if (message.length() > 0) message.append("; ");
                        message.append(Xml.text(r).replaceAll("\\s+", " "));
                    }
                    default -> body.read(r);
                }
            }
            while (r.hasNext()) r.next();
            TokenInfo t = body.token();
            return new OaiPage(responseDate, code, message.toString(), t.value(), t.expires(), t.completeListSize(), 0);
        } finally {
            r.close();
        }
    }
}
