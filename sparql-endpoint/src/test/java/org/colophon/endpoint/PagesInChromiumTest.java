package org.colophon.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML pages as a real browser (headless Chromium) renders them. Skipped when Chromium is not found: given by
 * -Dcolophon.chromium or CHROMIUM, else {@code chromium} or {@code chromium-browser} on the PATH.
 */
class PagesInChromiumTest {

    static final Path CHROMIUM = findChromium();
    static TestServer t;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(
                CHROMIUM != null,
                "Chromium not found (set -Dcolophon.chromium or CHROMIUM, put chromium on the PATH, or run"
                        + " .ci/install-chromium); skipping the page tests");
        t = new TestServer(EndpointConfig.defaults());
    }

    @AfterAll
    static void stop() {
        if (t != null) {
            t.close();
        }
    }

    /** The configured Chromium, else the first {@code chromium} / {@code chromium-browser} on the PATH; null if none. */
    static Path findChromium() {
        for (String configured : new String[] {System.getProperty("colophon.chromium"), System.getenv("CHROMIUM")}) {
            if (configured != null && !configured.isBlank()) {
                Path p = Path.of(configured);
                return Files.isExecutable(p) ? p : null;
            }
        }
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (dir.isEmpty()) continue;
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) return p;
            }
        }
        return null;
    }

    static String dumpDom(String url, Path profile) throws Exception {
        return dumpDom(url, profile, List.of());
    }

    static String dumpDom(String url, Path profile, List<String> extra) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile));
        command.addAll(extra);
        command.add("--dump-dom");
        command.add(url);
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium did not finish");
        assertEquals(0, p.exitValue());
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void recordPageRendersItsTitleParallelScriptsAndLocalLinks(@TempDir Path profile) throws Exception {
        String loc = t.recordIris.stream()
                .filter(i -> i.contains("/loc/"))
                .findFirst()
                .orElseThrow();
        String dom = dumpDom(t.url(TestServer.path(loc)) + ".html", profile);
        String title = dom.substring(dom.indexOf("<title>") + 7, dom.indexOf("</title>"));
        assertTrue(title.codePoints().anyMatch(cp -> cp >= 0x4E00 && cp <= 0x9FFF), "title: " + title);
        assertTrue(dom.contains("lang=\"zh-Hani\""));
        assertTrue(dom.contains("href=\"" + TestServer.path(loc) + ".ttl\""), "format links");
        assertTrue(dom.contains("<section class=\"entity\" id=\"Instance\""));
    }

    @Test
    void theQueryBoxRunsAnExampleAgainstTheEndpoint(@TempDir Path profile) throws Exception {
        // #example=1 is "Records per library"; the page runs it on load and draws the result table
        String dom = dumpDom(t.url("/") + "#example=1", profile, List.of("--virtual-time-budget=15000"));
        assertTrue(dom.contains("<table class=\"results\">"), "no result table: " + dom);
        String table = dom.substring(dom.indexOf("<table class=\"results\">"));
        for (var e : t.store.stats().sources().entrySet()) {
            assertTrue(table.contains(e.getKey()), e.getKey());
            assertTrue(table.contains(">" + e.getValue().records() + "<"), e.getKey() + " count");
        }
    }

    /** With -Dcolophon.screenshots=DIR, also saves PNGs of a record page and the home page there (docs step). */
    @Test
    void screenshotsForTheDocsWhenAsked(@TempDir Path profile) throws Exception {
        String dir = System.getProperty("colophon.screenshots");
        assumeTrue(dir != null, "no -Dcolophon.screenshots=DIR given");
        String loc = t.recordIris.stream()
                .filter(i -> i.contains("/loc/"))
                .findFirst()
                .orElseThrow();
        screenshot(t.url(TestServer.path(loc)) + ".html", Path.of(dir, "record.png"), profile);
        screenshot(t.url("/"), Path.of(dir, "home.png"), profile);
        for (String iri : t.recordIris) {
            String turtle = t.get(TestServer.path(iri), "text/turtle").body();
            if (turtle.contains("@he") || turtle.contains("@ar")) {
                screenshot(t.url(TestServer.path(iri)) + ".html", Path.of(dir, "record-rtl.png"), profile);
                break;
            }
        }
    }

    static void screenshot(String url, Path png, Path profile) throws Exception {
        Files.createDirectories(png.getParent());
        Process p = new ProcessBuilder(
                        CHROMIUM.toString(),
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--user-data-dir=" + profile,
                        "--hide-scrollbars",
                        "--window-size=1100,1400",
                        "--screenshot=" + png.toAbsolutePath(),
                        url)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium did not finish");
        assertTrue(Files.size(png) > 1000, "no screenshot at " + png);
    }

    @Test
    void homePageRendersTheLibrariesAndTheQueryBox(@TempDir Path profile) throws Exception {
        String dom = dumpDom(t.url("/"), profile);
        assertTrue(dom.contains("<title>Colophon bibliography</title>"));
        for (String s : List.of("dp2", "traject", "loc", "Run query", "href=\"/void\"")) {
            assertTrue(dom.contains(s), s);
        }
    }
}
