package org.colophon.bench.harvest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.colophon.bench.ChildJvm;
import org.colophon.harvester.oai.LoopbackProviders;

/**
 * The providers in a JVM of their own, like a library's server on another machine: started by the benchmark (on a
 * core of their own when the machine has two or more, see {@link Cpus}), they print {@code URL <base>} per provider,
 * then {@code READY}, and serve until their standard input closes.
 *
 * <p>Arguments: providers, records each, page size.
 */
public final class ProviderChild {
    private ProviderChild() {}

    public static void main(String[] args) throws Exception {
        try (LoopbackProviders p = LoopbackProviders.start(
                Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]))) {
            for (URI u : p.urls()) System.out.println("URL " + u);
            System.out.println("READY");
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the benchmark closes our input
            }
        }
    }

    /** A running provider process. */
    static final class Handle implements AutoCloseable {
        private final Process process;
        private final List<URI> urls;

        private Handle(Process process, List<URI> urls) {
            this.process = process;
            this.urls = urls;
        }

        static Handle start(List<String> pin, int providers, int each, int pageSize) throws IOException {
            List<String> cmd = new ArrayList<>(pin);
            cmd.add(ChildJvm.java());
            cmd.addAll(List.of(
                    "-Xmx1g",
                    "-cp",
                    ChildJvm.classPath(),
                    ProviderChild.class.getName(),
                    Integer.toString(providers),
                    Integer.toString(each),
                    Integer.toString(pageSize)));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            List<URI> urls = new ArrayList<>();
            StringBuilder seen = new StringBuilder();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("URL "))
                    urls.add(URI.create(line.substring(4).trim()));
                else if (line.equals("READY")) {
                    Thread drain = new Thread(() -> {
                        try {
                            out.transferTo(java.io.Writer.nullWriter());
                        } catch (IOException e) {
                            // the process ended
                        }
                    });
                    drain.setDaemon(true);
                    drain.start();
                    return new Handle(p, urls);
                } else seen.append(line).append('\n');
            }
            p.destroyForcibly();
            throw new IOException("the provider process ended before it was ready:\n" + seen);
        }

        List<URI> urls() {
            return urls;
        }

        @Override
        public void close() throws IOException {
            process.getOutputStream().close();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
