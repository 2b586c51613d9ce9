package org.colophon.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.transform.marc.CorpusFiles;
import org.junit.jupiter.api.Test;

/**
 * {@link NQuads} writes bytes directly and caches each IRI's bytes; its output must be, byte for byte, what the plain
 * writer it replaced ({@link NQuadsReference}: escape the line as text, then encode it) gives: over every record of
 * this module's test resources and of the shared corpus when it is there, and over made-up terms with every kind of
 * character the escaping and the encoding treat apart.
 */
class NQuadsBytesTest {

    @Test
    void everyTestRecordIsWrittenAsTheReferenceWriterWritesIt() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(TestRecords.resource("marc").getParent())) {
            s.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        Path corpus = CorpusFiles.sharedCorpus();
        if (corpus != null) {
            for (String dir : List.of("unimarc", "marc21")) {
                if (!Files.isDirectory(corpus.resolve(dir))) continue;
                try (Stream<Path> s = Files.walk(corpus.resolve(dir))) {
                    s.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            }
        }
        Converter c = Converter.builder()
                .base("http://example.org/")
                .lookup(VocabularyLookup.get())
                .build();
        AtomicLong records = new AtomicLong();
        AtomicLong triples = new AtomicLong();
        List<String> differ = new java.util.concurrent.CopyOnWriteArrayList<>();
        int read = 0;
        for (Path f : files) {
            RecordSource src;
            try {
                src = FileRecordReader.open(f, "lib", null, Quarantine.counting());
            } catch (IOException | RuntimeException notRecords) {
                continue; // rules, Turtle, SOURCES.md: not record files
            }
            read++;
            try (src) {
                // two workers, so that each thread's cache and buffer are used by turns of records
                new ConversionRun(c, Quarantine.counting(), 2, null)
                        .encoder(r -> NQuads.nquads(r.triples(), r.graphIri()))
                        .run(src, r -> {
                            records.incrementAndGet();
                            triples.addAndGet(r.triples().size());
                            byte[] expected = NQuadsReference.nquads(r.triples(), r.graphIri());
                            if (!java.util.Arrays.equals(expected, r.encoded())) differ.add(f + " " + r.graphIri());
                            if (!java.util.Arrays.equals(
                                    NQuadsReference.ntriples(r.triples()), NQuads.ntriples(r.triples())))
                                differ.add(f + " " + r.graphIri() + " (N-Triples)");
                        });
            }
        }
        System.out.println("NQuadsBytesTest: " + read + " files, " + records + " records, " + triples + " triples");
        assertTrue(read >= 30 && records.get() > 1000, read + " files, " + records + " records");
        assertTrue(differ.isEmpty(), () -> differ.size() + " records differ, first: " + differ.get(0));
    }

    @Test
    void madeUpTermsWithEveryKindOfCharacterAreWrittenAsTheReferenceWritesThem() {
        Random random = new Random(11);
        String[] pieces = {
            "a", "Z", "0", " ", "\"", "\\", "\n", "\r", "\t", "\u0001", "\u001f", "\u007f", "\u0080", "é", "\u00ff",
            "\u0100", "红楼梦", "\uD840\uDC0B", "\uD840", "\uDC0B", "<", ">", "{", "}", "|", "^", "`", "%20", "#", "/",
            "\uFEFF", "\u2028"
        };
        List<Triple> ts = new ArrayList<>();
        Node p = NodeFactory.createURI("http://id.loc.gov/ontologies/bibframe/mainTitle");
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) sb.append(pieces[random.nextInt(pieces.length)]);
            String text = sb.toString();
            Node s = NodeFactory.createURI("http://example.org/" + (i % 7 == 0 ? text : "w" + (i % 13)));
            Node o =
                    switch (i % 6) {
                        case 0 -> NodeFactory.createLiteralString(text);
                        case 1 -> NodeFactory.createLiteralLang(text, i % 12 == 1 ? "zh-Latn-pinyin" : "zh");
                        case 2 ->
                            NodeFactory.createLiteralDT(
                                    text,
                                    TypeMapper.getInstance().getSafeTypeByName("http://example.org/dt#" + (i % 3)));
                        case 3 -> NodeFactory.createURI("http://example.org/" + text);
                        case 4 -> NodeFactory.createBlankNode(i % 8 == 4 ? "b" + i : "x-" + text);
                        default -> NodeFactory.createURI("http://example.org/" + (i % 5));
                    };
            ts.add(Triple.create(s, p, o));
        }
        // once whole, then in small pieces, so that a cache filled by one call serves the next
        assertArrayEquals(NQuadsReference.ntriples(ts), NQuads.ntriples(ts));
        for (int i = 0; i < ts.size(); i += 17) {
            List<Triple> part = ts.subList(i, Math.min(ts.size(), i + 17));
            assertArrayEquals(NQuadsReference.ntriples(part), NQuads.ntriples(part), "triples from " + i);
            assertArrayEquals(
                    NQuadsReference.nquads(part, "http://example.org/g/" + i % 3),
                    NQuads.nquads(part, "http://example.org/g/" + i % 3),
                    "quads from " + i);
        }
        assertEquals(0, NQuads.ntriples(List.of()).length);
    }
}
