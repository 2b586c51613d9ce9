package org.colophon.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record page leads with a catalogue card a reader understands — on the Library of Congress record with 880 pairs
 * — and a hit in the search results has the same card.
 */
class RecordCardTest {
    static final String HTML = "text/html";

    @TempDir
    static Path data;

    static SearchServer s;
    static String page;

    @BeforeAll
    static void start() throws Exception {
        s = new SearchServer(
                data,
                EndpointConfig.defaults()
                        .withLibraries(
                                Map.of("loc", "Library of Congress", "dp2", "Beijing Normal University Library")));
        page = s.get("/loc/5287459", HTML).body();
    }

    @AfterAll
    static void stop() {
        if (s != null) s.close();
    }

    static String card(String html) {
        int from = html.indexOf("<div class=\"card-body\">");
        assertTrue(from >= 0, html);
        return html.substring(from, html.indexOf("</div>", from));
    }

    static String field(String card, String label) {
        Matcher m = Pattern.compile("<dt>" + label + "</dt><dd[^>]*>(.*?)</dd>", Pattern.DOTALL)
                .matcher(card);
        assertTrue(m.find(), label + " in " + card);
        return m.group(1);
    }

    @Test
    void theCardLeadsWithTheTitleAndResponsibilityInEveryScript() {
        String card = card(page);
        assertTrue(card.startsWith("<div class=\"card-body\">\n<h1>"), card);
        assertTrue(card.contains("<span lang=\"zh-Hani\" dir=\"auto\">刘徽评传 : 附秦九韶、李冶、杨辉、朱世杰评传</span>"), card);
        assertTrue(card.contains("class=\"parallel\" lang=\"zh-Latn-pinyin\" dir=\"auto\">Liu Hui ping zhuan"), card);
        assertTrue(card.contains("class=\"responsibility\" lang=\"zh-Hani\""), card);
        assertTrue(card.contains("class=\"responsibility\" lang=\"zh-Latn-pinyin\""), card);
        assertTrue(field(card, "Edition").contains("第1版"), card);
        assertTrue(field(card, "Published").contains("南京大学出版社"), card);
        assertTrue(field(card, "Extent").contains("362 p."), card);
        assertTrue(field(card, "Series").contains("中国思想家评传丛书"), card);
        assertEquals("Chinese ", field(card, "Language"));
        assertTrue(field(card, "Identifiers").contains("ISBN 7305022144"), card);
        assertTrue(field(card, "Held by").contains("<a href=\"/search?filter=library%3Aloc\">Library of Congress</a>"));
    }

    @Test
    void namesAndSubjectsLinkToASearchThatFindsTheRecordAndToTheirOwnPlaceInIt() throws Exception {
        String card = card(page);
        for (String label : List.of("Names", "Subjects")) {
            String links = field(card, label);
            Matcher search =
                    Pattern.compile("<a href=\"(/search\\?filter=[^\"]+)\"").matcher(links);
            int n = 0;
            while (search.find()) {
                n++;
                String body = s.get(search.group(1).replace("&amp;", "&"), "application/json")
                        .body();
                assertTrue(
                        new ObjectMapper().readTree(body).get("hits").toString().contains("/loc/5287459#Instance"),
                        search.group(1) + " → " + body);
            }
            assertTrue(n >= 2, label + ": " + links);
            assertTrue(links.contains("class=\"own\" href=\"/loc/5287459#"), links);
        }
        assertTrue(field(card, "Names").contains("(author)"), "the role, from the relator code table");
        assertTrue(field(card, "Names").contains("周瀚光"), card);
    }

    @Test
    void theFullPropertyTableFollowsWithLabelsFromTheOntologyAndTheCodeTables() {
        String table = page.substring(page.indexOf("Every property"));
        assertTrue(
                table.contains(
                        "<dt title=\"bf:mainTitle — http://id.loc.gov/ontologies/bibframe/mainTitle\">Main title</dt>"),
                table);
        assertTrue(table.contains(">Chinese</a>"), "languages/chi by its name");
        assertTrue(table.contains("<section class=\"entity\" id=\"Instance\">"), table);
        assertTrue(!table.contains(">bf:mainTitle<"), "no raw bf: names as labels");
    }

    @Test
    void aHitInTheResultsIsTheSameCard() throws Exception {
        String html = s.get("/search?q=" + SearchServer.enc("劉徽評傳"), HTML).body();
        String card = card(html);
        assertTrue(card.startsWith("<div class=\"card-body\">\n<h2><a href=\"/loc/5287459#Instance\">"), card);
        assertTrue(card.contains("class=\"parallel\" lang=\"zh-Latn-pinyin\""), card);
        assertTrue(field(card, "Names").contains("/search?filter=contributor%3A"), card);
        assertTrue(field(card, "Subjects").contains("/search?filter=subject%3A"), card);
        assertTrue(field(card, "Published").contains("1994"), card);
        assertTrue(field(card, "Held by").contains("Library of Congress"), card);
        // the library facet shows the library's name and filters by its id
        assertTrue(html.contains("filter=library%3Aloc\">Library of Congress</a><span class=\"count\">1</span>"), html);
    }
}
