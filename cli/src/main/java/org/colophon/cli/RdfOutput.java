package org.colophon.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.colophon.transform.ConversionRun.Converted;
import org.colophon.vocab.Prefixes;

/**
 * Writes converted records as they come: N-Triples, N-Quads (each record in its own named graph) and Turtle stream
 * through Jena's {@link StreamRDF}; JSON-LD is written as a JSON array with one document per record, so memory stays
 * flat for any input.
 */
final class RdfOutput implements AutoCloseable {
    enum Format {
        turtle,
        ntriples,
        nquads,
        jsonld
    }

    private final OutputStream out;
    private final Format format;
    private final StreamRDF stream;
    private final boolean ownsStream;
    private boolean first = true;

    RdfOutput(Path file, Format format) throws IOException {
        this.out = file == null
                ? new BufferedOutputStream(new PrintStream(System.out, false, StandardCharsets.UTF_8), 1 << 16)
                : new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        this.ownsStream = file != null;
        this.format = format;
        this.stream = switch (format) {
            case turtle -> StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
            case ntriples, nquads, jsonld -> null;
        };
        if (stream != null) {
            stream.start();
            if (format == Format.turtle) {
                for (Map.Entry<String, String> e :
                        Prefixes.STANDARD.getNsPrefixMap().entrySet()) {
                    stream.prefix(e.getKey(), e.getValue());
                }
            }
        } else if (format == Format.jsonld) out.write('[');
    }

    /** The serialisation to make on the converting thread, or null when this format writes through a stream. */
    java.util.function.Function<Converted, byte[]> encoder() {
        return switch (format) {
            case ntriples -> c -> org.colophon.transform.NQuads.ntriples(c.triples());
            case nquads -> c -> org.colophon.transform.NQuads.nquads(c.triples(), c.graphIri());
            default -> null;
        };
    }

    void write(Converted c) {
        if (c.encoded() != null) {
            try {
                out.write(c.encoded());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } else if (format == Format.nquads) {
            Node g = NodeFactory.createURI(c.graphIri());
            for (Triple t : c.triples()) stream.quad(Quad.create(g, t));
        } else if (stream != null) {
            for (Triple t : c.triples()) stream.triple(t);
        } else writeJsonLd(c);
    }

    private void writeJsonLd(Converted c) {
        DatasetGraph ds = DatasetGraphFactory.create();
        Node g = NodeFactory.createURI(c.graphIri());
        for (Triple t : c.triples()) ds.add(Quad.create(g, t));
        ds.prefixes().putAll(Prefixes.STANDARD);
        try {
            if (!first) out.write(",\n".getBytes(StandardCharsets.UTF_8));
            first = false;
            String doc = RDFWriter.source(ds).format(RDFFormat.JSONLD11_PRETTY).asString();
            out.write(restoreLanguageTagCase(doc, c.triples()).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final Pattern LANGUAGE = Pattern.compile("(\"@language\"\\s*:\\s*\")([A-Za-z0-9-]+)\"");

    /**
     * Jena's JSON-LD 1.1 writer (Titanium's compaction) lower-cases language tags ({@code zh-hani}), where Turtle,
     * N-Triples and the server keep the case the converter gave them ({@code zh-Hani}, {@code zh-Latn-pinyin}). BCP
     * 47 tags compare without regard to case, but clients that compare strings do not: each {@code "@language"} value
     * is given back the case of the record's own tag.
     */
    static String restoreLanguageTagCase(String doc, List<Triple> triples) {
        Map<String, String> tags = new HashMap<>();
        for (Triple t : triples) {
            Node o = t.getObject();
            if (!o.isLiteral() || o.getLiteralLanguage().isEmpty()) continue;
            String tag = o.getLiteralLanguage();
            tags.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
        }
        if (tags.isEmpty()) return doc;
        Matcher m = LANGUAGE.matcher(doc);
        StringBuilder sb = new StringBuilder(doc.length());
        while (m.find()) {
            String tag = tags.getOrDefault(m.group(2).toLowerCase(Locale.ROOT), m.group(2));
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + tag + "\""));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        if (stream != null) stream.finish();
        else if (format == Format.jsonld) out.write("]\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        if (ownsStream) out.close();
    }
}
