package org.colophon.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.colophon.data.DataDir;
import org.colophon.graph.GraphStore;
import org.colophon.graph.QueryResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heading forms beyond plain names, through the real bibliographic rules and the real write path: an LC number
 * in $0 that is no IRI, a subject heading with subdivisions held whole, one held only by its main heading (linked as a
 * component), name/title headings as subject and added entry (the work and its name each linked), and a MeSH heading
 * with a subdivision. The record is synthetic ({@code synthetic/heading-forms-bib.xml}); the authorities are the real
 * concerto and MeSH records.
 */
class HeadingFormsTest {
    @TempDir
    Path tmp;

    static final String AUTH = "http://localhost:3030/auth/";

    @Test
    void numbersSubdivisionsAndNameTitlesAreLinked() throws Exception {
        DataDir data = DataDir.of(tmp);
        try (GraphStore store = GraphStore.open(data.tdb2())) {
            ConcertoLinkingTest.authoritiesThenBibs(
                    data,
                    store,
                    List.of("concerto/auth_concerto.marcxml", "concerto/auth_mesh.marcxml"),
                    "synthetic/heading-forms-bib.xml");
            // label of each linked heading → how, and to which authority record
            QueryResult.Select rows = (QueryResult.Select) store.query(
                    "PREFIX c: <https://w3id.org/colophon/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
                            + " SELECT ?label ?a ?m ?part WHERE { ?l a c:AuthorityLink ; c:heading ?h ; c:authority ?a ;"
                            + " c:method ?m OPTIONAL { ?l c:component ?part } ?h rdfs:label ?label }",
                    Duration.ofMinutes(1));
            Map<String, String> got = new TreeMap<>();
            for (Binding b : rows.rows()) {
                String a = b.get(Var.alloc("a")).getURI();
                Var part = Var.alloc("part");
                got.put(
                        b.get(Var.alloc("label")).getLiteralLexicalForm(),
                        b.get(Var.alloc("m")).getLiteralLexicalForm()
                                + (b.contains(part) ? " component" : "")
                                + " "
                                + a.substring(AUTH.length(), a.length() - "#Authority".length()));
            }
            Map<String, String> want = new TreeMap<>(Map.of(
                    // 100 "Händel, G. F." with $0 (DLC)n  79129204: the number, not the name, finds Handel
                    "Händel, G. F.", "identifier 943013",
                    // 600 $x held whole (4874 "Handel, George Frideric, 1685-1759. $xOperas")
                    "Handel, George Frideric, 1685-1759--Operas", "exact 4874",
                    // 600 $v not held whole: its main heading, the person, as a component
                    "Handel, George Frideric, 1685-1759--Thematic catalogs", "exact component 943013",
                    // 600 $t: the name/title authority, and the name on its own
                    "Finzi, Gerald, 1901-1956. Let us garlands bring", "exact 1125403",
                    "Finzi, Gerald, 1901-1956", "exact 1079351",
                    // 700 $t likewise
                    "Handel, George Frideric, 1685-1759. Messiah", "exact 1122007",
                    "Handel, George Frideric, 1685-1759", "exact 943013",
                    // MeSH with a subdivision, held whole
                    "Acidosis--diagnosis", "exact D000138Q000175"));
            assertEquals(want, got);
        }
    }
}
