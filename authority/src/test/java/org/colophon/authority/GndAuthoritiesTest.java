package org.colophon.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.colophon.data.DataDir;
import org.colophon.graph.GraphStore;
import org.colophon.ingest.Ingest;
import org.colophon.ingest.IngestSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GND authorities in RDF (lobid-gnd's Turtle and RDF/XML) load through the same write path as MARC authority
 * records and are found the same way: by their GND number as {@code $0} gives it, and by every variant name.
 */
class GndAuthoritiesTest {
    @TempDir
    Path tmp;

    @Test
    void gndTurtleAndRdfXmlBecomeAuthoritiesFoundByNumberAndByEveryVariant() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(ConcertoLinkingTest.resource("gnd"))) {
            files = s.filter(p -> !p.getFileName().toString().equals("SOURCES.md"))
                    .sorted()
                    .toList();
        }
        DataDir data = DataDir.of(tmp);
        try (GraphStore store = GraphStore.open(data.tdb2())) {
            try (Ingest ingest = Ingest.builder(data).store(store).build()) {
                IngestSummary s = ingest.importFiles(files, "gnd", null, null);
                String why = Files.readString(data.quarantine().resolve("quarantine.tsv"));
                // two entities come twice, in Turtle and in RDF/XML: the second replaces the first
                assertEquals(36, s.added(), s.line() + "\n" + why);
                assertEquals(2, s.replaced(), s.line() + "\n" + why);
                assertEquals(2, s.quarantined(), s.line() + "\n" + why);
                assertTrue(why.contains("GND.rdf: describes 4 authorities"), why);
                assertTrue(why.contains("1085995054.ttl: describes no authority"), why);
            }
            AuthorityIndex index = AuthorityIndex.load(store);
            assertEquals(36, index.size());
            Authority goethe = index.byIdentifier("gnd:118540238").get(0);
            assertEquals(Kind.PERSON, goethe.kind());
            assertEquals("Goethe, Johann Wolfgang von", goethe.label());
            assertEquals("1749-1832", goethe.dates());
            assertTrue(goethe.variants().size() > 50, goethe.variants().size() + " variants");

            Linker linker = new Linker(index, null);
            assertEquals(
                    "identifier",
                    linker.resolve(Kind.PERSON, "Goethe", Set.of(Identifiers.key("(DE-588)118540238")))
                            .method());
            assertEquals(
                    "identifier",
                    linker.resolve(Kind.PERSON, "x", Set.of(Identifiers.key("https://d-nb.info/gnd/118540238")))
                            .method());

            int asked = 0;
            int top1 = 0;
            int matches = 0;
            int right = 0;
            for (Authority a : index.all()) {
                for (Authority.Variant v : a.variants()) {
                    asked++;
                    List<Candidate> cs = index.candidates(new Query(v.label(), a.kind(), "", Set.of()), 5);
                    boolean ok = !cs.isEmpty() && cs.get(0).authority().iri().equals(a.iri());
                    if (ok) top1++;
                    if (!cs.isEmpty() && cs.get(0).match()) {
                        matches++;
                        if (ok) right++;
                    }
                }
            }
            double p1 = (double) top1 / asked;
            double mp = matches == 0 ? 1 : (double) right / matches;
            System.out.printf(
                    "GND variants: %d asked over %d authorities, precision@1 %.3f, %d match flags, %.3f of them right%n",
                    asked, index.size(), p1, matches, mp);
            assertTrue(p1 >= 0.95, "precision@1 " + p1);
            assertTrue(mp >= 0.99, "match precision " + mp);
        }
    }
}
