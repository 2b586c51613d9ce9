package org.colophon.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.colophon.discovery.Facets;
import org.colophon.vocab.CodeTables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /search} and {@code /suggest} over real HTTP, on a real index and store built from real records (Beijing
 * Normal University, the Library of Congress, traject's test file) through the one write path.
 */
class SearchApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PREFIXES = "PREFIX bf: <http://id.loc.gov/ontologies/bibframe/>\n"
            + "PREFIX colophon: <https://w3id.org/colophon/ns#>\n";

    @TempDir
    static Path data;

    static SearchServer s;

    @BeforeAll
    static void start() {
        s = new SearchServer(data);
    }

    @AfterAll
    static void stop() {
        if (s != null) s.close();
    }

    static JsonNode search(String query) throws Exception {
        HttpResponse<String> r = s.get("/search?" + query, "application/json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.readTree(r.body());
    }

    static Set<String> ids(String q) throws Exception {
        Set<String> ids = new TreeSet<>();
        for (JsonNode h : search("size=100&q=" + SearchServer.enc(q)).get("hits"))
            ids.add(h.get("id").asText());
        return ids;
    }

    /** Every form finds the same non-empty set over HTTP; returns it. */
    static Set<String> sameHits(String... forms) throws Exception {
        Set<String> first = ids(forms[0]);
        assertFalse(first.isEmpty(), "nothing found for " + forms[0]);
        for (String f : forms) assertEquals(first, ids(f), f + " vs " + forms[0]);
        return first;
    }

    @Test
    void aSearchAnswersTotalHitsAndFacetsInTheDocumentedShape() throws Exception {
        JsonNode r = search("q=" + SearchServer.enc("中国小说排行榜"));
        assertEquals(2, r.get("total").asLong());
        JsonNode hit = r.get("hits").get(0);
        assertTrue(hit.get("id").asText().startsWith(TestServer.BASE + "dp2/"), hit.toString());
        assertTrue(hit.get("id").asText().endsWith("#Instance"));
        assertTrue(hit.get("title").asText().contains("中国小说排行榜"));
        JsonNode title = hit.get("titles").get(0);
        assertTrue(title.has("value") && title.has("lang"), title.toString());
        assertTrue(hit.get("contributors").isArray());
        assertEquals("dp2", hit.get("libraries").get(0).asText());
        assertTrue(hit.get("highlight").asText().contains("<b>"), hit.toString());
        assertEquals(new TreeSet<>(Facets.DIMENSIONS), names(r.get("facets")));
        JsonNode library = r.get("facets").get("library").get(0);
        assertEquals("dp2", library.get("value").asText());
        assertEquals(2, library.get("count").asLong());
    }

    @Test
    void simplifiedTraditionalAndPinyinFormsOfATitleFindTheSameRecords() throws Exception {
        assertEquals(
                2,
                sameHits(
                                "中国小说排行榜",
                                "中國小說排行榜",
                                "zhongguo xiaoshuo paihangbang",
                                "Zhōngguó xiǎoshuō páihángbǎng",
                                "zhongguoxiaoshuo paihangbang")
                        .size());
    }

    @Test
    void simplifiedTraditionalAndPinyinFormsOfANameFindTheSameRecords() throws Exception {
        sameHits("蒋元明", "蔣元明", "Jiang Yuanming", "jiang yuan ming", "jiangyuanming");
    }

    @Test
    void bothHalvesOfAn880PairAndTheirOtherScriptFindTheLibraryOfCongressRecord() throws Exception {
        Set<String> hits = sameHits("刘徽评传", "劉徽評傳", "Liu Hui ping zhuan", "liuhui pingzhuan", "Liú Huī");
        assertEquals(Set.of(TestServer.BASE + "loc/5287459#Instance"), hits);
    }

    @Test
    void aNameIn880PairsIsOneNameInEitherScriptAndInPinyin() throws Exception {
        assertTrue(sameHits("周瀚光", "Zhou Hanguang", "zhouhanguang", "Zhōu Hànguāng")
                .contains(TestServer.BASE + "loc/5287459#Instance"));
    }

    @Test
    void anIsbnIsFoundInEitherLengthWithOrWithoutHyphens() throws Exception {
        assertEquals(
                Set.of(TestServer.BASE + "loc/5287459#Instance"),
                sameHits("7305022144", "7-305-02214-4", "9787305022142", "978-7-305-02214-2"));
    }

    @Test
    void facetCountsAreTheSparqlCountsForTheSameFilters() throws Exception {
        String libraryOf = "GRAPH ?g { ?i a bf:Instance } GRAPH <https://w3id.org/colophon/graph/meta> {"
                + " ?g colophon:sourceId ?lib }";
        // no filter: libraries, languages, types over everything
        JsonNode all = search("size=1").get("facets");
        assertEquals(
                sparqlCounts("SELECT (STR(?lib) AS ?v) (COUNT(DISTINCT ?i) AS ?n) WHERE { " + libraryOf
                        + " } GROUP BY ?lib"),
                counts(all.get("library")));
        for (String filter : List.of("", "traject", "dp2")) {
            String where = filter.isEmpty() ? "" : libraryOf + " FILTER(STR(?lib) = \"" + filter + "\") ";
            String query = "size=1" + (filter.isEmpty() ? "" : "&filter=library:" + filter);
            JsonNode facets = search(query).get("facets");
            assertEquals(languageCounts(where), counts(facets.get("language")), "languages, " + query);
            assertEquals(
                    sparqlCounts("SELECT (STRAFTER(STR(?t), STR(bf:)) AS ?v) (COUNT(DISTINCT ?i) AS ?n) WHERE { "
                            + where + "?i a bf:Instance . { ?i a ?t } UNION { ?i bf:instanceOf/a ?t }"
                            + " FILTER(STRSTARTS(STR(?t), STR(bf:)) && ?t NOT IN (bf:Work, bf:Instance)) }"
                            + " GROUP BY ?t"),
                    counts(facets.get("type")),
                    "types, " + query);
        }
        // a query and a filter: the hits of colophon:search joined in SPARQL, counted by library and by type
        JsonNode chinese = search("size=1&filter=language:Chinese&q=" + SearchServer.enc("中国"))
                .get("facets");
        assertEquals(
                sparqlCounts("SELECT (STR(?lib) AS ?v) (COUNT(DISTINCT ?i) AS ?n) WHERE { ?i colophon:search"
                        + " \"中国\" . ?i bf:instanceOf/bf:language <http://id.loc.gov/vocabulary/languages/chi> . "
                        + libraryOf + " } GROUP BY ?lib"),
                counts(chinese.get("library")));
        assertFalse(counts(chinese.get("library")).isEmpty());
    }

    /** Language facet labels (from the code table) and their counts, by SPARQL. */
    static TreeMap<String, Long> languageCounts(String where) throws Exception {
        TreeMap<String, Long> byCode = sparqlCounts("SELECT (STRAFTER(STR(?l), \"/languages/\") AS ?v)"
                + " (COUNT(DISTINCT ?i) AS ?n) WHERE { " + where
                + "?i a bf:Instance ; bf:instanceOf/bf:language ?l FILTER(isIRI(?l)) } GROUP BY ?l");
        TreeMap<String, Long> byLabel = new TreeMap<>();
        byCode.forEach((code, n) -> byLabel.merge(
                CodeTables.get("languages")
                        .lookup(code)
                        .flatMap(e -> e.label("en"))
                        .orElse(code),
                n,
                Long::sum));
        return byLabel;
    }

    static TreeMap<String, Long> sparqlCounts(String select) throws Exception {
        HttpResponse<String> r =
                s.get("/sparql?query=" + SearchServer.enc(PREFIXES + select), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        TreeMap<String, Long> out = new TreeMap<>();
        for (JsonNode b : JSON.readTree(r.body()).get("results").get("bindings"))
            out.put(b.get("v").get("value").asText(), b.get("n").get("value").asLong());
        assertFalse(out.isEmpty(), select);
        return out;
    }

    static TreeMap<String, Long> counts(JsonNode facet) {
        TreeMap<String, Long> out = new TreeMap<>();
        for (JsonNode v : facet) out.put(v.get("value").asText(), v.get("count").asLong());
        return out;
    }

    static Set<String> names(JsonNode o) {
        Set<String> names = new TreeSet<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aFilterNarrowsAndPagesDoNotOverlap() throws Exception {
        JsonNode all = search("size=5");
        long total = all.get("total").asLong();
        JsonNode traject = search("size=5&filter=library:traject");
        assertTrue(traject.get("total").asLong() < total);
        for (JsonNode h : traject.get("hits")) assertTrue(h.get("id").asText().contains("/traject/"));
        JsonNode page2 = search("size=5&page=2");
        assertEquals(total, page2.get("total").asLong());
        List<String> first = new ArrayList<>(), second = new ArrayList<>();
        all.get("hits").forEach(h -> first.add(h.get("id").asText()));
        page2.get("hits").forEach(h -> second.add(h.get("id").asText()));
        assertEquals(5, second.size());
        assertTrue(first.stream().noneMatch(second::contains), first + " / " + second);
        JsonNode byDate = search("size=100&sort=date");
        Integer last = null;
        for (JsonNode h : byDate.get("hits")) {
            String d = h.path("date").asText("");
            var m = java.util.regex.Pattern.compile("(1[0-9]{3}|20[0-9]{2})").matcher(d);
            if (!m.find()) continue;
            int y = Integer.parseInt(m.group(1));
            if (last != null) assertTrue(y <= last, "newest first: " + y + " after " + last);
            last = y;
        }
        assertNotEquals(null, last);
    }

    @Test
    void aDeletedRecordIsGoneFromSearchAtOnce() throws Exception {
        String q = "size=100&q=" + SearchServer.enc("刘徽评传");
        assertEquals(1, search(q).get("total").asLong());
        s.ingest.delete("loc", List.of("5287459"));
        try {
            assertEquals(0, search(q).get("total").asLong());
            assertEquals(0, ids("Liu Hui ping zhuan").size());
            assertEquals(404, s.get("/loc/5287459", "text/turtle").statusCode());
        } finally {
            s.ingest.importFiles(
                    List.of(TestServer.resource("marc/marc2bibframe2-880-100-600-700-700t.xml")), "loc", null, null);
        }
        assertEquals(1, search(q).get("total").asLong());
    }

    @Test
    void suggestCompletesTitlesAndNamesInEitherScriptAndInPinyin() throws Exception {
        JsonNode simplified = suggest("中国小");
        assertTrue(simplified.get("suggestions").size() > 0, simplified.toString());
        JsonNode first = simplified.get("suggestions").get(0);
        assertTrue(first.get("value").asText().contains("中国小说排行榜"), first.toString());
        assertTrue(first.has("kind") && first.get("count").asLong() >= 1);
        assertEquals(simplified.get("suggestions"), suggest("中國小").get("suggestions"));
        assertEquals(simplified.get("suggestions"), suggest("zhongguo xiao").get("suggestions"));
        JsonNode name = suggest("jiang yuan");
        assertTrue(name.toString().contains("蒋元明"), name.toString());
        assertEquals(0, suggest("").get("suggestions").size());
    }

    static JsonNode suggest(String q) throws Exception {
        HttpResponse<String> r = s.get("/suggest?q=" + SearchServer.enc(q), null);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void theApiIsOpenToOtherSitesAndNeverSniffed() throws Exception {
        for (String path : List.of("/search?q=x", "/suggest?q=x")) {
            HttpResponse<String> r = s.get(path, null);
            assertEquals(
                    "*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null), path);
            assertEquals(
                    "nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            HttpResponse<String> pre = s.http.send(
                    HttpRequest.newBuilder(URI.create(s.url(path)))
                            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                            .header("Origin", "https://example.org")
                            .header("Access-Control-Request-Method", "GET")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(204, pre.statusCode(), path);
            assertTrue(pre.headers()
                    .firstValue("Access-Control-Allow-Methods")
                    .orElse("")
                    .contains("GET"));
        }
    }

    @Test
    void mistakesAre400WithTheReason() throws Exception {
        for (String[] c : List.of(
                new String[] {"page=0", "page"},
                new String[] {"size=1000", "size"},
                new String[] {"size=ten", "size"},
                new String[] {"sort=author", "sort"},
                new String[] {"filter=colour:red", "colour"},
                new String[] {"filter=nocolon", "DIMENSION:VALUE"})) {
            HttpResponse<String> r = s.get("/search?" + c[0], null);
            assertEquals(400, r.statusCode(), c[0]);
            assertTrue(JSON.readTree(r.body()).get("error").asText().contains(c[1]), r.body());
        }
    }
}
