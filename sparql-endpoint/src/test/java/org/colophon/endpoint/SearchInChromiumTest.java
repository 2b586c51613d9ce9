package org.colophon.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search page in a real headless Chromium, with its script running: typing shows suggestions, a facet click
 * changes the count, a 繁體 query shows the 简体 record. Skipped, saying so, when Chromium is not found (see {@link
 * PagesInChromiumTest#findChromium()}).
 */
class SearchInChromiumTest {
    @TempDir
    static Path data;

    static SearchServer s;

    @BeforeAll
    static void start() {
        assumeTrue(
                PagesInChromiumTest.CHROMIUM != null,
                "Chromium not found (set -Dcolophon.chromium or CHROMIUM, put chromium on the PATH, or run"
                        + " .ci/install-chromium); skipping the search page tests");
        s = new SearchServer(data);
    }

    @AfterAll
    static void stop() {
        if (s != null) s.close();
    }

    @Test
    void typingInTheSearchBoxShowsSuggestionsInEitherScript() throws Exception {
        try (Browser b = new Browser(PagesInChromiumTest.CHROMIUM)) {
            b.open(s.url("/"));
            b.eval("document.getElementById('home-q').focus()");
            b.type("中國小");
            JsonNode shown = b.await(
                    "Array.from(document.querySelectorAll('ul.suggestions:not([hidden]) li .value')).map(e => e.textContent)",
                    v -> v.size() > 0);
            assertTrue(shown.toString().contains("中国小说排行榜"), shown.toString());
            // choosing a suggestion (arrow down, Enter) searches for it
            b.eval("document.getElementById('home-q').dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowDown'}))");
            b.eval("document.getElementById('home-q').dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'}))");
            JsonNode total = b.await(
                    "location.pathname === '/search' && document.getElementById('total') ? +document.getElementById('total').dataset.total : -1",
                    v -> v.asLong() > 0);
            assertTrue(total.asLong() >= 1);
        }
    }

    @Test
    void clickingAFacetChangesTheCountToTheFacetsCount() throws Exception {
        try (Browser b = new Browser(PagesInChromiumTest.CHROMIUM)) {
            b.open(s.url("/search"));
            long everything =
                    b.eval("+document.getElementById('total').dataset.total").asLong();
            long facet = b.eval("+document.querySelector('[data-dimension=library] a').nextElementSibling.textContent")
                    .asLong();
            assertTrue(facet > 0 && facet < everything, facet + " of " + everything);
            b.eval("document.querySelector('[data-dimension=library] a').click()");
            JsonNode now = b.await(
                    "location.search.includes('filter=') && document.getElementById('total') ? +document.getElementById('total').dataset.total : -1",
                    v -> v.asLong() >= 0);
            assertEquals(facet, now.asLong());
            assertEquals(
                    Math.min(facet, 20),
                    b.eval("document.querySelectorAll('ol.hits > li').length").asLong());
        }
    }

    @Test
    void aTraditionalQueryShowsTheSimplifiedRecord() throws Exception {
        try (Browser b = new Browser(PagesInChromiumTest.CHROMIUM)) {
            b.open(s.url("/"));
            b.eval("document.getElementById('home-q').value = '劉徽評傳'");
            b.eval("document.querySelector('form.home-search').submit()");
            JsonNode titles = b.await(
                    "location.pathname === '/search' ? Array.from(document.querySelectorAll('ol.hits h2')).map(e => e.innerText) : []",
                    v -> v.size() > 0);
            assertEquals(1, titles.size(), titles.toString());
            assertTrue(titles.get(0).asText().contains("刘徽评传"), titles.toString());
            assertTrue(titles.get(0).asText().contains("Liu Hui ping zhuan"), titles.toString());
        }
    }
}
