package org.colophon.bench.harvest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the providers can serve: a plain client that asks every ListRecords page (following resumption tokens) of every
 * provider at once, one thread per provider, and throws the bytes away. It does not parse XML: it only finds the token
 * and counts {@code <header} tags by a byte search, so the record count can be checked.
 */
public final class ProviderBaseline {
    private static final byte[] HEADER = "<header".getBytes(StandardCharsets.US_ASCII);
    private static final String TOKEN_OPEN = "<resumptionToken";
    private static final String TOKEN_CLOSE = "</resumptionToken>";

    private final HttpClient client = HttpClient.newHttpClient();

    /**
     * In a child JVM, like the harvester: fetches everything once to warm up (the providers' JIT too), then three
     * times, and prints the fastest as {@code RESULT records nanos -1}: the best the providers did, so the harvester
     * is compared with the most they can serve. Arguments: the providers' base URLs.
     */
    public static void main(String[] args) throws Exception {
        List<URI> urls = new ArrayList<>();
        for (String a : args) urls.add(URI.create(a));
        ProviderBaseline b = new ProviderBaseline();
        b.run(urls);
        Measurement best = null;
        for (int i = 0; i < 3; i++) {
            Measurement m = b.run(urls);
            if (best == null || m.nanos() < best.nanos()) best = m;
        }
        System.out.println("RESULT " + best.records() + " " + best.nanos() + " -1");
    }

    /** Fetches everything from every provider; returns the records seen and the wall time. */
    Measurement run(List<URI> urls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(urls.size());
        try {
            long start = System.nanoTime();
            List<Future<Long>> done = new ArrayList<>();
            for (URI url : urls) done.add(pool.submit(() -> fetchAll(url)));
            long records = 0;
            for (Future<Long> f : done) records += f.get();
            return new Measurement(records, System.nanoTime() - start, -1);
        } finally {
            pool.shutdown();
        }
    }

    private long fetchAll(URI base) throws IOException, InterruptedException {
        long records = 0;
        String query = "verb=ListRecords&metadataPrefix=marc21";
        while (true) {
            HttpRequest req =
                    HttpRequest.newBuilder(URI.create(base + "?" + query)).GET().build();
            HttpResponse<byte[]> resp = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
            if (resp.statusCode() != 200) throw new IOException("HTTP " + resp.statusCode() + " from " + base);
            byte[] body = resp.body();
            records += count(body, HEADER);
            String token = token(body);
            if (token == null || token.isEmpty()) return records;
            query = "verb=ListRecords&resumptionToken=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        }
    }

    /** The resumption token, looked for in the last 2 KB of the page only (it closes the list). */
    private static String token(byte[] body) {
        int from = Math.max(0, body.length - 2048);
        String tail = new String(body, from, body.length - from, StandardCharsets.UTF_8);
        int open = tail.indexOf(TOKEN_OPEN);
        if (open < 0) return null;
        int gt = tail.indexOf('>', open);
        if (tail.charAt(gt - 1) == '/') return null;
        int close = tail.indexOf(TOKEN_CLOSE, gt);
        return tail.substring(gt + 1, close).trim();
    }

    private static int count(byte[] hay, byte[] needle) {
        int n = 0;
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) continue outer;
            }
            n++;
        }
        return n;
    }
}
