package org.colophon.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search page as plain HTML over HTTP: what works without JavaScript — the form, facet links, paging, hit links. */
class SearchPageTest {
    static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

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

    static String page(String pathAndQuery) throws Exception {
        HttpResponse<String> r = s.get(pathAndQuery, HTML);
        assertEquals(200, r.statusCode(), pathAndQuery + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        return r.body();
    }

    static List<String> all(String html, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(html);
        while (m.find()) out.add(m.group(1).replace("&amp;", "&"));
        return out;
    }

    static long total(String html) {
        Matcher m = Pattern.compile("data-total=\"(\\d+)\"").matcher(html);
        assertTrue(m.find(), html);
        return Long.parseLong(m.group(1));
    }

    @Test
    void aTraditionalQueryShowsTheSimplifiedRecordsWithTitlesInTheirOwnScriptsLinkedToTheirPages() throws Exception {
        String html = page("/search?q=" + SearchServer.enc("中國小說排行榜"));
        assertEquals(2, total(html));
        assertEquals(2, all(html, "<li class=\"card hit\">()").size());
        assertTrue(html.contains("中国小说排行榜"), "the simplified title as catalogued");
        assertTrue(html.contains("<b>中国小说排行榜</b>"), "what matched is marked");
        List<String> links = all(html, "<h2><a href=\"([^\"]+)\"");
        assertEquals(2, links.size());
        for (String link : links) {
            assertTrue(link.startsWith("/dp2/") && link.endsWith("#Instance"), link);
            String record = link.substring(0, link.indexOf('#'));
            assertEquals(200, s.get(record, HTML).statusCode(), record);
        }
        // the LoC record shows its title in both scripts, each tagged
        String loc = page("/search?q=" + SearchServer.enc("Liu Hui ping zhuan"));
        assertTrue(loc.contains("lang=\"zh-Hani\""), loc);
        assertTrue(loc.contains("lang=\"zh-Latn-pinyin\""), loc);
    }

    @Test
    void aFacetIsALinkThatFiltersAndItsCountIsTheNewTotal() throws Exception {
        String html = page("/search");
        long everything = total(html);
        Matcher m = Pattern.compile(
                        "data-dimension=\"library\">.*?<a href=\"([^\"]+)\">traject</a><span class=\"count\">(\\d+)</span>",
                        Pattern.DOTALL)
                .matcher(html);
        assertTrue(m.find(), html);
        long count = Long.parseLong(m.group(2));
        assertTrue(count > 0 && count < everything);
        String filtered = page(m.group(1).replace("&amp;", "&"));
        assertEquals(count, total(filtered));
        assertTrue(filtered.contains("Library: traject ✕"), "the filter in force, as a link that removes it");
        String removeLink =
                all(filtered, "<a class=\"remove\" href=\"([^\"]+)\"").get(0);
        assertEquals(everything, total(page(removeLink)));
    }

    @Test
    void pagesLinkOnAndTheFormNeedsNoScript() throws Exception {
        String first = page("/search?size=5");
        String next = all(first, "<a rel=\"next\" href=\"([^\"]+)\"").get(0);
        String second = page(next);
        assertEquals(total(first), total(second));
        assertTrue(second.contains("<strong aria-current=\"page\">2</strong>"), second);
        List<String> one = all(first, "<h2><a href=\"([^\"]+)\""), two = all(second, "<h2><a href=\"([^\"]+)\"");
        assertEquals(5, two.size());
        assertTrue(one.stream().noneMatch(two::contains));
        // a plain GET form named q, and no inline script: the type-ahead is a file
        assertTrue(first.contains("action=\"/search\" method=\"get\""));
        assertTrue(first.contains("name=\"q\""));
        assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(first).find(), "inline script");
        HttpResponse<String> js = s.get("/assets/search.js", null);
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(js.body().contains("/suggest?q="));
    }

    @Test
    void theHomePageHasASearchBox() throws Exception {
        String home = page("/");
        assertTrue(home.contains("class=\"home-search\" action=\"/search\""), home);
        assertTrue(home.contains("id=\"home-q\" data-suggest"), home);
    }

    @Test
    void aBadFilterIsAPageSayingWhy() throws Exception {
        HttpResponse<String> r = s.get("/search?filter=colour:red", HTML);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("no facet &#39;colour&#39;") || r.body().contains("no facet 'colour'"), r.body());
    }
}
