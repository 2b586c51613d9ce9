package org.colophon.graph;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * A real Fuseki for the remote store's tests, run in a JVM of its own by {@link FusekiProcess}: Fuseki main over the
 * TDB2 dataset that {@code src/test/resources/fuseki/colophon.ttl} (the configuration the docs give) describes, with
 * its location replaced by a directory of the test's, on a free loopback port. It prints {@code fuseki-port N} once
 * listening and stops when its standard input ends (so it never outlives the test JVM).
 *
 * <p>Arguments: {@code DIR QUERY_TIMEOUT_MS [AUTHORIZATION]}. With an {@code Authorization} value, every request that
 * writes (update, Graph Store writes) must carry exactly it, as a proxy in front of a production Fuseki would ask.
 */
public final class FusekiChild {

    private FusekiChild() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String config;
        try (InputStream in = FusekiChild.class.getResourceAsStream("/fuseki/colophon.ttl")) {
            config = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace(
                            "/var/lib/fuseki/databases/colophon",
                            dir.resolve("tdb2").toString())
                    .replace("\"60000\"", "\"" + Long.parseLong(args[1]) + "\"");
        }
        Path file = Files.writeString(dir.resolve("fuseki.ttl"), config);
        FusekiServer.Builder b = FusekiServer.create().loopback(true).port(0).parseConfigFile(file.toString());
        if (args.length > 2) {
            b.addFilter("/*", writeGuard(args[2]));
        }
        FusekiServer server = b.build().start();
        System.out.println("fuseki-port " + server.getHttpPort());
        System.out.flush();
        while (System.in.read() >= 0) {
            // run until the parent closes our standard input or dies
        }
        server.stop();
        System.exit(0);
    }

    private static Filter writeGuard(String authorization) {
        byte[] expected = authorization.getBytes(StandardCharsets.UTF_8);
        return (request, response, chain) -> {
            HttpServletRequest req = (HttpServletRequest) request;
            boolean write = req.getRequestURI().endsWith("/update")
                    || (req.getRequestURI().endsWith("/data")
                            && !req.getMethod().equals("GET")
                            && !req.getMethod().equals("HEAD"));
            String given = req.getHeader("Authorization");
            if (write && (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8)))) {
                ((HttpServletResponse) response).sendError(401, "writes need credentials");
                return;
            }
            chain.doFilter(request, response);
        };
    }
}
