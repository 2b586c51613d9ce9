package org.colophon.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The whole of {@code colophon.yaml}: the base IRI, the data directory, the endpoint's settings and the sources.
 *
 * <pre>
 * base: http://localhost:3030/
 * data: ./data
 * server: {port: 3030, token: s3cret, queryTimeout: 60s, resultLimit: 10000, serviceAllowlist: [id.loc.gov]}
 * store: http://127.0.0.1:3030/colophon        # optional: a remote SPARQL store instead of data/tdb2
 * harvest: {retries: 3, timeout: 60s, connectTimeout: 10s}   # defaults for every source
 * sources:
 *   - id: bnu
 *     name: Beijing Normal University Library
 *     url: http://127.0.0.1:8080/oai
 *     metadataPrefix: marc21
 *     sets: [books]
 *     interval: 1d
 *     delay: 2s
 *     headers: {X-Api-Key: abc}
 *     retries: 5                # this source's own; also timeout, connectTimeout
 * </pre>
 *
 * <p>The {@code harvest:} settings are folded into each source that does not set them
 * ({@link SourceConfig#retries()} …); what neither sets is {@code null}, the harvester's default.
 *
 * @param base base IRI of everything minted (ends with {@code /} or {@code #})
 * @param data the data directory; a relative path is resolved against the directory holding the file
 * @param server the endpoint's settings
 * @param sources the OAI-PMH sources, ids unique, in file order
 * @param store a remote SPARQL 1.1 store, or {@code null} for the embedded TDB2 store in {@code data/tdb2}
 */
public record ColophonConfig(
        String base, Path data, ServerConfig server, List<SourceConfig> sources, StoreConfig store) {
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    public ColophonConfig {
        sources = List.copyOf(sources);
    }

    /**
     * Reads a configuration file.
     *
     * @throws ConfigException for any problem in the file, as one line {@code colophon.yaml:LINE: reason}
     * @throws IOException when the file cannot be read
     */
    public static ColophonConfig load(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.getFileName().toString(), dir);
        }
    }

    /** Reads configuration text; {@code name} is used in error messages, {@code dir} resolves a relative data. */
    public static ColophonConfig parse(String yaml, String name, Path dir) {
        try {
            return read(new StringReader(yaml), name, dir);
        } catch (IOException e) {
            throw new ConfigException(name, 1, e.getMessage());
        }
    }

    private static ColophonConfig read(Reader in, String name, Path dir) throws IOException {
        YamlNode root = new YamlTreeReader(name).read(in);
        return new ConfigBinder(name, dir).bind(root);
    }

    /** The source with this id. */
    public Optional<SourceConfig> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
