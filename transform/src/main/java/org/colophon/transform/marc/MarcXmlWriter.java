package org.colophon.transform.marc;

import java.io.IOException;
import java.io.Writer;

/** Writes {@link MarcRecord}s as MARCXML (MARC21 slim). Used for benchmark inputs and the peer comparison. */
public final class MarcXmlWriter implements AutoCloseable {
    private final Writer out;

    public MarcXmlWriter(Writer out) throws IOException {
        this.out = out;
        out.write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\n");
    }

    public void write(MarcRecord r) throws IOException {
        out.write("<record><leader>");
        escape(r.leader());
        out.write("</leader>");
        for (Field f : r.fields()) {
            if (f.isControl()) {
                out.write("<controlfield tag=\"");
                escape(f.tag());
                out.write("\">");
                escape(f.data());
                out.write("</controlfield>");
                continue;
            }
            out.write("<datafield tag=\"");
            escape(f.tag());
            out.write("\" ind1=\"");
            escape(String.valueOf(f.ind1()));
            out.write("\" ind2=\"");
            escape(String.valueOf(f.ind2()));
            out.write("\">");
            for (int i = 0; i < f.size(); i++) {
                out.write("<subfield code=\"");
                escape(String.valueOf(f.code(i)));
                out.write("\">");
                escape(f.value(i));
                out.write("</subfield>");
            }
            out.write("</datafield>");
        }
        out.write("</record>\n");
    }

    private void escape(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '&' -> out.write("&amp;");
                case '"' -> out.write("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') out.write(c);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        out.write("</collection>\n");
        out.close();
    }
}
