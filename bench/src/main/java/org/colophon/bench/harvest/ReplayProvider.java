package org.colophon.bench.harvest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.colophon.bench.ChildJvm;

/**
 * A replaying OAI-PMH 2.0 provider on loopback, in a JVM of its own like a library's server: it answers Identify and
 * ListMetadataFormats itself and ListRecords from an {@link OaiRecording}'s page files (the first page for
 * {@code metadataPrefix=marc21}, page N for {@code resumptionToken=N}), so serving a page costs reading a file. Only
 * full lists are recorded: {@code set} is answered with noSetHierarchy, {@code from}/{@code until} with badArgument.
 *
 * <p>Arguments: the pages directory, the number of pages. Prints {@code URL <base>}, then {@code READY}, serves until
 * its standard input closes, then prints {@code SERVED <pages> CPU <seconds>} and exits.
 */
public final class ReplayProvider {
    private static final String OAI_NS = "http://www.openarchives.org/OAI/2.0/";

    private final Path dir;
    private final int pages;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final AtomicLong served = new AtomicLong();

    private ReplayProvider(Path dir, int pages) throws IOException {
        this.dir = dir;
        this.pages = pages;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/oai", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ReplayProvider PAGES_DIR PAGES");
            System.exit(2);
        }
        ReplayProvider p = new ReplayProvider(Path.of(args[0]), Integer.parseInt(args[1]));
        try {
            System.out.println("URL " + p.url());
            System.out.println("READY");
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the benchmark closes our input (or dies)
            }
        } finally {
            p.server.stop(0);
            p.executor.shutdownNow();
        }
        var os = ManagementFactory.getOperatingSystemMXBean();
        double cpu =
                os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
        System.out.println("SERVED " + p.served.get() + " CPU " + cpu);
        System.out.flush();
        System.exit(0);
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oai");
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Map<String, String> q = params(ex.getRequestURI().getRawQuery());
            String verb = q.getOrDefault("verb", "");
            byte[] body;
            switch (verb) {
                case "Identify" ->
                    body = envelope(
                            verb,
                            "<Identify><repositoryName>colophon-bench replay</repositoryName>"
                                    + "<baseURL>" + url() + "</baseURL><protocolVersion>2.0</protocolVersion>"
                                    + "<adminEmail>bench@example.org</adminEmail>"
                                    + "<earliestDatestamp>" + OaiRecording.DATESTAMP + "</earliestDatestamp>"
                                    + "<deletedRecord>no</deletedRecord><granularity>YYYY-MM-DDThh:mm:ssZ</granularity>"
                                    + "</Identify>");
                case "ListMetadataFormats" ->
                    body = envelope(
                            verb,
                            "<ListMetadataFormats><metadataFormat>"
                                    + "<metadataPrefix>marc21</metadataPrefix>"
                                    + "<schema>http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd</schema>"
                                    + "<metadataNamespace>http://www.loc.gov/MARC21/slim</metadataNamespace>"
                                    + "</metadataFormat></ListMetadataFormats>");
                case "ListRecords" -> body = listRecords(q);
                default -> body = error(verb, "badVerb", "not a verb this replay answers: " + verb);
            }
            ex.getResponseHeaders().add("Content-Type", "text/xml; charset=UTF-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
        }
    }

    private byte[] listRecords(Map<String, String> q) throws IOException {
        String token = q.get("resumptionToken");
        int page;
        if (token != null) {
            try {
                page = Integer.parseInt(token);
            } catch (NumberFormatException e) {
                page = -1;
            }
            if (page < 2 || page > pages) return error("ListRecords", "badResumptionToken", "no such token: " + token);
        } else {
            if (!"marc21".equals(q.get("metadataPrefix")))
                return error("ListRecords", "cannotDisseminateFormat", "only marc21");
            if (q.containsKey("set")) return error("ListRecords", "noSetHierarchy", "no sets");
            if (q.containsKey("from") || q.containsKey("until"))
                return error("ListRecords", "badArgument", "this replay serves one full list, no from/until");
            page = 1;
        }
        byte[] body = Files.readAllBytes(dir.resolve("page-" + page + ".xml"));
        served.incrementAndGet();
        return body;
    }

    private byte[] error(String verb, String code, String message) {
        return envelope(
                verb,
                "<error code=\"" + code + "\">" + message.replace("&", "&amp;").replace("<", "&lt;") + "</error>");
    }

    private byte[] envelope(String verb, String content) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OAI-PMH xmlns=\"" + OAI_NS + "\">"
                        + "<responseDate>" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "</responseDate>"
                        + "<request verb=\"" + verb.replaceAll("[^A-Za-z]", "") + "\">" + url() + "</request>"
                        + content + "</OAI-PMH>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> params(String query) {
        Map<String, String> m = new HashMap<>();
        if (query == null) return m;
        for (String kv : query.split("&")) {
            if (kv.isEmpty()) continue;
            int eq = kv.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? kv : kv.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
            m.put(k, v);
        }
        return m;
    }

    /** The provider process, started by the benchmark. */
    static final class Handle implements AutoCloseable {
        private final Process process;
        private final URI url;
        private final BufferedReader out;
        private final List<String> after = new ArrayList<>();
        private Thread drain;

        private Handle(Process process, URI url, BufferedReader out) {
            this.process = process;
            this.url = url;
            this.out = out;
        }

        /** Starts the provider over {@code pages} and waits until it says where it listens. */
        static Handle start(OaiRecording.Pages pages, Path log) throws IOException {
            List<String> cmd = List.of(
                    ChildJvm.java(),
                    "-Xmx256m",
                    "-cp",
                    ChildJvm.classPath(),
                    ReplayProvider.class.getName(),
                    pages.dir().toString(),
                    Integer.toString(pages.pages()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            URI url = null;
            StringBuilder seen = new StringBuilder();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("URL ")) url = URI.create(line.substring(4).trim());
                else if (line.equals("READY") && url != null) {
                    Handle h = new Handle(p, url, out);
                    h.drain(log);
                    return h;
                } else seen.append(line).append('\n');
            }
            p.destroyForcibly();
            throw new IOException("the replay provider ended before it was ready:\n" + seen);
        }

        private void drain(Path log) {
            drain = new Thread(
                    () -> {
                        try (var w = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                            for (String line = out.readLine(); line != null; line = out.readLine()) {
                                synchronized (after) {
                                    after.add(line);
                                }
                                w.write(line);
                                w.newLine();
                            }
                        } catch (IOException e) {
                            // the process ended
                        }
                    },
                    "replay-provider-output");
            drain.setDaemon(true);
            drain.start();
        }

        URI url() {
            return url;
        }

        /**
         * Stops the provider (closes its input), waits for it, and returns the CPU seconds it used in all, or NaN when
         * it did not say.
         */
        double stop() throws InterruptedException, IOException {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
            drain.join(10_000);
            synchronized (after) {
                for (String line : after) {
                    if (line.startsWith("SERVED ")) {
                        String[] f = line.split(" ");
                        return Double.parseDouble(f[3]);
                    }
                }
            }
            return Double.NaN;
        }

        @Override
        public void close() {
            if (process.isAlive()) process.destroyForcibly();
        }
    }
}
