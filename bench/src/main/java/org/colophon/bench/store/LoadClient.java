package org.colophon.bench.store;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The second process of the store benchmark: C client threads send the request mix to the endpoint, each in turn,
 * for a fixed time, then it prints one line {@code requests=N errors=E seconds=S} and exits. Loopback only: it is
 * started by {@link LoadRun} with the server's own {@code http://localhost:PORT/} address.
 *
 * <p>Arguments: ROOT_URL REQUESTS_FILE THREADS SECONDS.
 */
public final class LoadClient {
    private LoadClient() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: LoadClient ROOT_URL REQUESTS_FILE THREADS SECONDS");
            System.exit(2);
        }
        String root = args[0].endsWith("/") ? args[0].substring(0, args[0].length() - 1) : args[0];
        if (!root.startsWith("http://localhost:") && !root.startsWith("http://127.0.0.1:")) {
            System.err.println("LoadClient talks to loopback only: " + root);
            System.exit(2);
        }
        List<QueryMix.Request> requests = QueryMix.read(Path.of(args[1]));
        int threads = Integer.parseInt(args[2]);
        double seconds = Double.parseDouble(args[3]);
        HttpClient client = Latency.client();
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long t0 = System.nanoTime();
        long deadline = t0 + (long) (seconds * 1e9);
        Thread[] ts = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int first = t;
            ts[t] = new Thread(() -> {
                for (int i = first; System.nanoTime() < deadline; i += threads) {
                    try {
                        HttpResponse<byte[]> r = client.send(
                                Latency.request(root, requests.get(i % requests.size())),
                                HttpResponse.BodyHandlers.ofByteArray());
                        (r.statusCode() == 200 ? ok : errors).incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
            ts[t].setDaemon(true);
            ts[t].start();
        }
        for (Thread t : ts) t.join((long) (seconds * 1000) + 70_000);
        double wall = (System.nanoTime() - t0) / 1e9;
        System.out.printf("requests=%d errors=%d seconds=%.3f%n", ok.get() + errors.get(), errors.get(), wall);
        System.out.flush();
        System.exit(0);
    }
}
