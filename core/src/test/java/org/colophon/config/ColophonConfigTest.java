package org.colophon.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColophonConfigTest {
    private static final Path DIR = Path.of("/srv/colophon");

    @Test
    void handWrittenSourceListIsRead(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("colophon.yaml");
        Files.writeString(
                file,
                """
                base: http://localhost:3030/
                sources:
                  - id: bnu
                    name: Beijing Normal University Library
                    url: http://127.0.0.1:8080/oai
                    metadataPrefix: marc21
                    sets: [books]
                """);
        ColophonConfig c = ColophonConfig.load(file);
        assertEquals("http://localhost:3030/", c.base());
        assertEquals(tmp.toAbsolutePath().resolve("data"), c.data());
        assertEquals(ServerConfig.DEFAULTS, c.server());
        SourceConfig bnu = c.source("bnu").orElseThrow();
        assertEquals("Beijing Normal University Library", bnu.name());
        assertEquals(URI.create("http://127.0.0.1:8080/oai"), bnu.url());
        assertEquals("marc21", bnu.metadataPrefix());
        assertEquals(List.of("books"), bnu.sets());
        assertEquals(Duration.ofDays(1), bnu.interval());
        assertEquals(Duration.ofSeconds(1), bnu.delay());
    }

    @Test
    void everySettingIsRead() {
        ColophonConfig c = ColophonConfig.parse(
                """
                base: https://bib.example.cn/id/
                data: /var/lib/colophon
                server:
                  port: 8080
                  token: s3cret
                  queryTimeout: 30s
                  resultLimit: 500
                  serviceAllowlist: [id.loc.gov, www.wikidata.org]
                sources:
                  - id: nlc
                    url: https://oai.example.cn/provider
                    interval: 12h
                    delay: 500ms
                    headers: {X-Api-Key: abc}
                  - id: pku
                    url: http://oai.example.cn/pku
                    metadataPrefix:
                """,
                "colophon.yaml",
                DIR);
        assertEquals(Path.of("/var/lib/colophon"), c.data());
        assertEquals(
                new ServerConfig(
                        8080, "s3cret", Duration.ofSeconds(30), 500, List.of("id.loc.gov", "www.wikidata.org")),
                c.server());
        SourceConfig nlc = c.sources().get(0);
        assertEquals("nlc", nlc.name());
        assertNull(nlc.metadataPrefix());
        assertEquals(Duration.ofHours(12), nlc.interval());
        assertEquals(Duration.ofMillis(500), nlc.delay());
        assertEquals(Map.of("X-Api-Key", "abc"), nlc.headers());
        assertNull(c.sources().get(1).metadataPrefix());
    }

    @Test
    void theServersGuardsAreReadWithDefaultsForThoseNotGiven() {
        ColophonConfig c = ColophonConfig.parse(
                """
                server:
                  tripleLimit: 5000
                  heavyQueries: 2
                  heapThreshold: 75
                """,
                "colophon.yaml",
                DIR);
        assertEquals(5000, c.server().tripleLimit());
        assertEquals(2, c.server().heavyQueries());
        assertEquals(16, c.server().heavyQueue());
        assertEquals(75, c.server().heapThreshold());
        ConfigException bad = assertThrows(
                ConfigException.class,
                () -> ColophonConfig.parse("server:\n  heapThreshold: 120\n", "colophon.yaml", DIR));
        assertTrue(bad.getMessage().contains("heapThreshold"), bad.getMessage());
    }

    @Test
    void retriesAndTimeoutsAreReadAsDefaultsAndPerSource() {
        ColophonConfig c = ColophonConfig.parse(
                """
                harvest:
                  retries: 2
                  timeout: 30s
                sources:
                  - id: nlc
                    url: https://oai.example.cn/provider
                  - id: slow
                    url: https://oai.example.cn/slow
                    retries: 0
                    timeout: 5m
                    connectTimeout: 3s
                """,
                "colophon.yaml",
                DIR);
        SourceConfig nlc = c.sources().get(0);
        assertEquals(2, nlc.retries());
        assertEquals(Duration.ofSeconds(30), nlc.timeout());
        assertNull(nlc.connectTimeout(), "not given anywhere: the harvester's default");
        SourceConfig slow = c.sources().get(1);
        assertEquals(0, slow.retries());
        assertEquals(Duration.ofMinutes(5), slow.timeout());
        assertEquals(Duration.ofSeconds(3), slow.connectTimeout());

        SourceConfig plain = ColophonConfig.parse("sources:\n  - id: a\n    url: http://h/oai\n", "colophon.yaml", DIR)
                .sources()
                .get(0);
        assertNull(plain.retries());
        assertNull(plain.timeout());
    }

    @Test
    void badRetriesAndTimeoutsAreNamedWithTheirLine() {
        assertError(
                "colophon.yaml:2: unknown harvest key 'retry' (expected one of connectTimeout, retries, timeout)",
                "harvest:\n  retry: 3\n");
        assertError(
                "colophon.yaml:4: retries: expected a whole number from 0 to 100, found '-1'",
                "sources:\n  - id: a\n    url: http://h/oai\n    retries: -1\n");
        assertError("colophon.yaml:2: timeout: must be longer than 0", "harvest:\n  timeout: 0s\n");
        assertError(
                "colophon.yaml:4: connectTimeout: bad duration 'soon' (use e.g. 1d, 12h, 30m, 5s, 500ms)",
                "sources:\n  - id: a\n    url: http://h/oai\n    connectTimeout: soon\n");
        assertError("colophon.yaml:1: harvest: expected a mapping, found a list", "harvest: [3]\n");
    }

    @Test
    void misspelledKeyIsNamedWithItsLine() {
        assertError(
                "colophon.yaml:4: unknown source key 'intervall' (expected one of connectTimeout, delay, headers, id, interval, metadataPrefix, name, retries, sets, timeout, url)",
                """
                sources:
                  - id: bnu
                    url: http://127.0.0.1:8080/oai
                    intervall: 1d
                """);
    }

    @Test
    void sourceWithoutUrlIsRefused() {
        assertError(
                "colophon.yaml:2: source 'bnu' has no url",
                """
                sources:
                  - id: bnu
                    name: BNU
                """);
    }

    @Test
    void sourceWithoutIdIsRefused() {
        assertError(
                "colophon.yaml:2: source without id",
                """
                sources:
                  - url: http://127.0.0.1:8080/oai
                """);
    }

    @Test
    void duplicateSourceIdIsRefused() {
        assertError(
                "colophon.yaml:4: duplicate source id 'bnu'",
                """
                sources:
                  - id: bnu
                    url: http://a.example/oai
                  - id: bnu
                    url: http://b.example/oai
                """);
    }

    @Test
    void aSourceIdInColophonsOwnNamespaceIsRefused() {
        assertError(
                "colophon.yaml:2: source id 'colophon-links' starts with 'colophon-', which is Colophon's own",
                """
                sources:
                  - id: colophon-links
                    url: http://a.example/oai
                """);
    }

    @Test
    void urlThatIsNotHttpIsRefused() {
        assertError(
                "colophon.yaml:3: bad URL 'ftp://a.example/oai' (expected http:// or https:// with a host)",
                """
                sources:
                  - id: bnu
                    url: ftp://a.example/oai
                """);
    }

    @Test
    void badDurationIsRefused() {
        assertError(
                "colophon.yaml:4: delay: bad duration 'soon' (use e.g. 1d, 12h, 30m, 5s, 500ms)",
                """
                sources:
                  - id: bnu
                    url: http://a.example/oai
                    delay: soon
                """);
    }

    @Test
    void setsGivenAsMappingIsAWrongType() {
        assertError(
                "colophon.yaml:5: sets: expected a list, found a mapping",
                """
                sources:
                  - id: bnu
                    url: http://a.example/oai
                    sets:
                      books: true
                """);
    }

    @Test
    void portOutOfRangeIsRefused() {
        assertError(
                "colophon.yaml:2: port: expected a whole number from 1 to 65535, found '70000'",
                """
                server:
                  port: 70000
                """);
    }

    @Test
    void storeIsEmbeddedUnlessAUrlIsGiven() {
        assertNull(ColophonConfig.parse("base: http://localhost:3030/\n", "colophon.yaml", DIR)
                .store());
        assertNull(ColophonConfig.parse("store:\n", "colophon.yaml", DIR).store());
        StoreConfig s = ColophonConfig.parse("store: http://127.0.0.1:3030/colophon\n", "colophon.yaml", DIR)
                .store();
        assertEquals(StoreConfig.of(URI.create("http://127.0.0.1:3030/colophon")), s);
    }

    @Test
    void storeMappingNamesEndpointsAndToken() {
        StoreConfig s = ColophonConfig.parse(
                        """
                        store:
                          url: http://user:pw@127.0.0.1:3030/colophon
                          query: http://127.0.0.1:3030/colophon/query
                          token: t0ken
                        """,
                        "colophon.yaml",
                        DIR)
                .store();
        assertEquals(URI.create("http://user:pw@127.0.0.1:3030/colophon"), s.url());
        assertEquals(URI.create("http://127.0.0.1:3030/colophon/query"), s.query());
        assertNull(s.update());
        assertEquals("t0ken", s.token());
        assertEquals(-1, s.toString().indexOf("pw"), s.toString());
        assertEquals(-1, s.toString().indexOf("t0ken"), s.toString());
    }

    @Test
    void storeThatIsNotAnHttpUrlIsRefusedWithItsLine() {
        assertError(
                "colophon.yaml:2: bad URL 'tdb2:/var/lib/x' (expected http:// or https:// with a host)",
                """
                base: http://localhost:3030/
                store: tdb2:/var/lib/x
                """);
        assertError(
                "colophon.yaml:3: unknown store key 'endpoint' (expected one of data, query, token, update, url)",
                """
                store:
                  url: http://127.0.0.1:3030/colophon
                  endpoint: http://127.0.0.1:3030/colophon/sparql
                """);
        assertError(
                "colophon.yaml:2: store without url",
                """
                store:
                  token: abc
                """);
    }

    @Test
    void brokenYamlNamesTheLine() {
        ConfigException e = assertThrows(
                ConfigException.class, () -> ColophonConfig.parse("sources:\n  - id: [bnu\n", "colophon.yaml", DIR));
        assertEquals("colophon.yaml", e.file());
        assertEquals(true, e.getMessage().startsWith("colophon.yaml:"), e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'), e.getMessage());
    }

    @Test
    void durationsReadLikeConfiguration() {
        assertEquals(Duration.ofDays(1), Durations.parse("1d"));
        assertEquals(Duration.ofDays(14), Durations.parse("2w"));
        assertEquals(Duration.ofMinutes(90), Durations.parse("PT1H30M"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("-5s"));
    }

    private static void assertError(String expected, String yaml) {
        ConfigException e = assertThrows(ConfigException.class, () -> ColophonConfig.parse(yaml, "colophon.yaml", DIR));
        assertEquals(expected, e.getMessage());
    }
}
