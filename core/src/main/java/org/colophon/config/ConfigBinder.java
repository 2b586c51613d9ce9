package org.colophon.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns the YAML tree into config records, failing on the first problem with its line. */
final class ConfigBinder {
    private static final Set<String> TOP = Set.of("base", "data", "server", "harvest", "sources", "store");
    private static final Set<String> STORE = Set.of("url", "query", "update", "data", "token");
    /** Settings of every source's harvest, given once under {@code harvest:} and per source. */
    private static final Set<String> HARVEST = Set.of("retries", "timeout", "connectTimeout");
    /** Most retries accepted: more is a typo, not patience. */
    private static final int MAX_RETRIES = 100;

    private static final Set<String> SERVER = Set.of(
            "port",
            "token",
            "queryTimeout",
            "resultLimit",
            "serviceAllowlist",
            "tripleLimit",
            "heavyQueries",
            "heavyQueue",
            "heapThreshold");
    private static final Set<String> SOURCE = Set.of(
            "id",
            "name",
            "url",
            "metadataPrefix",
            "sets",
            "interval",
            "delay",
            "headers",
            "retries",
            "timeout",
            "connectTimeout");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private final String file;
    private final Path dir;

    ConfigBinder(String file, Path dir) {
        this.file = file;
        this.dir = dir;
    }

    ColophonConfig bind(YamlNode root) {
        YamlNode.Mapping top = mapping(root, "the configuration");
        checkKeys(top, TOP, "");
        String base = top.entries().containsKey("base") ? iri(top, "base") : ColophonConfig.DEFAULT_BASE;
        Path data = dir.resolve(top.entries().containsKey("data") ? text(top, "data") : "data")
                .normalize();
        ServerConfig server = top.entries().containsKey("server")
                ? server(mapping(top.entries().get("server"), "server"))
                : ServerConfig.DEFAULTS;
        Patience defaults = top.entries().containsKey("harvest")
                ? patience(mapping(top.entries().get("harvest"), "harvest"), HARVEST, "harvest ", Patience.NONE)
                : Patience.NONE;
        List<SourceConfig> sources = new ArrayList<>();
        YamlNode list = top.entries().get("sources");
        if (list != null && !(list instanceof YamlNode.Scalar s && s.text() == null)) {
            Set<String> ids = new HashSet<>();
            for (YamlNode n : sequence(list, "sources").items()) {
                SourceConfig sc = source(mapping(n, "a source"), defaults);
                if (!ids.add(sc.id())) throw error(n, "duplicate source id '" + sc.id() + "'");
                sources.add(sc);
            }
        }
        StoreConfig store =
                top.entries().containsKey("store") ? store(top.entries().get("store")) : null;
        return new ColophonConfig(base, data, server, sources, store);
    }

    /** {@code store: URL}, or a mapping with url, query, update, data and token; empty means the embedded store. */
    private StoreConfig store(YamlNode n) {
        if (n instanceof YamlNode.Scalar s) {
            if (s.text() == null || s.text().isBlank()) return null;
            return StoreConfig.of(httpUrl(new YamlNode.Mapping(n.line(), Map.of("store", n), Map.of()), "store"));
        }
        YamlNode.Mapping m = mapping(n, "store");
        checkKeys(m, STORE, "store ");
        if (!m.entries().containsKey("url")) throw error(m, "store without url");
        return new StoreConfig(
                httpUrl(m, "url"),
                m.entries().containsKey("query") ? httpUrl(m, "query") : null,
                m.entries().containsKey("update") ? httpUrl(m, "update") : null,
                m.entries().containsKey("data") ? httpUrl(m, "data") : null,
                optional(m, "token"));
    }

    private ServerConfig server(YamlNode.Mapping m) {
        checkKeys(m, SERVER, "server ");
        ServerConfig d = ServerConfig.DEFAULTS;
        int port = m.entries().containsKey("port") ? (int) number(m, "port", 1, 65535) : d.port();
        String token = m.entries().containsKey("token") ? text(m, "token") : d.token();
        Duration timeout = m.entries().containsKey("queryTimeout") ? duration(m, "queryTimeout") : d.queryTimeout();
        long limit =
                m.entries().containsKey("resultLimit") ? number(m, "resultLimit", 1, Long.MAX_VALUE) : d.resultLimit();
        List<String> allow = m.entries().containsKey("serviceAllowlist") ? strings(m, "serviceAllowlist") : List.of();
        long triples =
                m.entries().containsKey("tripleLimit") ? number(m, "tripleLimit", 1, Long.MAX_VALUE) : d.tripleLimit();
        int heavy =
                m.entries().containsKey("heavyQueries") ? (int) number(m, "heavyQueries", 0, 1024) : d.heavyQueries();
        int queue = m.entries().containsKey("heavyQueue") ? (int) number(m, "heavyQueue", 0, 100_000) : d.heavyQueue();
        int heap =
                m.entries().containsKey("heapThreshold") ? (int) number(m, "heapThreshold", 1, 100) : d.heapThreshold();
        return new ServerConfig(port, token, timeout, limit, allow, triples, heavy, queue, heap);
    }

    /** Retries and timeouts: a source's own, else the {@code harvest:} defaults, else null (the harvester's). */
    private record Patience(Integer retries, Duration timeout, Duration connectTimeout) {
        static final Patience NONE = new Patience(null, null, null);
    }

    private Patience patience(YamlNode.Mapping m, Set<String> allowed, String where, Patience fallback) {
        if (allowed == HARVEST) checkKeys(m, allowed, where);
        Integer retries = fallback.retries();
        if (m.entries().containsKey("retries")) retries = (int) number(m, "retries", 0, MAX_RETRIES);
        Duration timeout = m.entries().containsKey("timeout") ? positive(m, "timeout") : fallback.timeout();
        Duration connect =
                m.entries().containsKey("connectTimeout") ? positive(m, "connectTimeout") : fallback.connectTimeout();
        return new Patience(retries, timeout, connect);
    }

    private Duration positive(YamlNode.Mapping m, String key) {
        Duration d = duration(m, key);
        if (d.isZero()) throw error(m.entries().get(key), key + ": must be longer than 0");
        return d;
    }

    private SourceConfig source(YamlNode.Mapping m, Patience defaults) {
        checkKeys(m, SOURCE, "source ");
        if (!m.entries().containsKey("id")) throw error(m, "source without id");
        String id = text(m, "id");
        if (!ID.matcher(id).matches()) {
            throw error(m.entries().get("id"), "bad source id '" + id + "' (letters, digits, '.', '_', '-')");
        }
        if (id.startsWith("colophon-")) { // StoreStats.INTERNAL_PREFIX: Colophon's own sources (authority links)
            throw error(
                    m.entries().get("id"), "source id '" + id + "' starts with 'colophon-', which is Colophon's own");
        }
        if (!m.entries().containsKey("url")) throw error(m, "source '" + id + "' has no url");
        URI url = httpUrl(m, "url");
        String name = optional(m, "name");
        String prefix = optional(m, "metadataPrefix");
        List<String> sets = m.entries().containsKey("sets") ? strings(m, "sets") : List.of();
        Duration interval = m.entries().containsKey("interval") ? duration(m, "interval") : null;
        Duration delay = m.entries().containsKey("delay") ? duration(m, "delay") : null;
        Map<String, String> headers = m.entries().containsKey("headers") ? headers(m) : Map.of();
        Patience p = patience(m, SOURCE, "source ", defaults);
        return new SourceConfig(
                id, name, url, prefix, sets, interval, delay, headers, p.retries(), p.timeout(), p.connectTimeout());
    }

    private void checkKeys(YamlNode.Mapping m, Set<String> allowed, String where) {
        for (String k : m.entries().keySet()) {
            if (!allowed.contains(k)) {
                throw new ConfigException(
                        file,
                        m.keyLines().get(k),
                        "unknown " + where + "key '" + k + "' (expected one of "
                                + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private String optional(YamlNode.Mapping m, String key) {
        YamlNode n = m.entries().get(key);
        if (n == null
                || (n instanceof YamlNode.Scalar s
                        && (s.text() == null || s.text().isBlank()))) return null;
        return text(m, key);
    }

    private String text(YamlNode.Mapping m, String key) {
        YamlNode n = m.entries().get(key);
        if (n instanceof YamlNode.Scalar s && s.text() != null && !s.text().isBlank())
            return s.text().trim();
        boolean empty = n instanceof YamlNode.Scalar;
        throw error(n, key + ": expected a single value, found " + (empty ? "an empty value" : n.kind()));
    }

    private long number(YamlNode.Mapping m, String key, long min, long max) {
        String t = text(m, key);
        try {
            long v = Long.parseLong(t);
            if (v >= min && v <= max) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(
                m.entries().get(key),
                key + ": expected a whole number from " + min + (max < Integer.MAX_VALUE ? " to " + max : "")
                        + ", found '" + t + "'");
    }

    private Duration duration(YamlNode.Mapping m, String key) {
        try {
            return Durations.parse(text(m, key));
        } catch (IllegalArgumentException e) {
            throw error(m.entries().get(key), key + ": " + e.getMessage());
        }
    }

    private String iri(YamlNode.Mapping m, String key) {
        String t = text(m, key);
        URI u = uri(m.entries().get(key), key, t);
        if (!u.isAbsolute() || !(t.endsWith("/") || t.endsWith("#"))) {
            throw error(m.entries().get(key), key + ": expected an absolute IRI ending in / or #, found '" + t + "'");
        }
        return t;
    }

    private URI httpUrl(YamlNode.Mapping m, String key) {
        String t = text(m, key);
        URI u = uri(m.entries().get(key), key, t);
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
            throw error(m.entries().get(key), "bad URL '" + t + "' (expected http:// or https:// with a host)");
        }
        return u;
    }

    private URI uri(YamlNode n, String key, String t) {
        try {
            return new URI(t);
        } catch (URISyntaxException e) {
            throw error(n, "bad URL '" + t + "' in " + key + ": " + e.getReason());
        }
    }

    private List<String> strings(YamlNode.Mapping m, String key) {
        YamlNode n = m.entries().get(key);
        if (n instanceof YamlNode.Scalar s && s.text() != null)
            return List.of(s.text().trim());
        List<String> out = new ArrayList<>();
        for (YamlNode item : sequence(n, key).items()) {
            if (!(item instanceof YamlNode.Scalar s)
                    || s.text() == null
                    || s.text().isBlank()) {
                throw error(item, key + ": expected a list of values, found " + item.kind());
            }
            out.add(s.text().trim());
        }
        return out;
    }

    private Map<String, String> headers(YamlNode.Mapping m) {
        YamlNode.Mapping h = mapping(m.entries().get("headers"), "headers");
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : h.entries().keySet()) out.put(k, text(h, k));
        return out;
    }

    private YamlNode.Mapping mapping(YamlNode n, String what) {
        if (n instanceof YamlNode.Mapping m) return m;
        throw error(n, what + ": expected a mapping, found " + n.kind());
    }

    private YamlNode.Sequence sequence(YamlNode n, String what) {
        if (n instanceof YamlNode.Sequence s) return s;
        throw error(n, what + ": expected a list, found " + n.kind());
    }

    private ConfigException error(YamlNode n, String reason) {
        return new ConfigException(file, n == null ? 1 : n.line(), reason);
    }
}
