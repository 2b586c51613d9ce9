package org.colophon.bench.harvest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Where each side of the benchmark runs. A library's OAI-PMH server is another machine: it does not take CPU from the
 * harvester, nor the harvester from it. On a machine with two or more cores and Linux's {@code taskset}, the
 * providers are pinned to core 0 and every client (the plain one and the harvester) to core 1, so neither side slows
 * the other and "what the provider can serve" is the same in every row. Elsewhere nothing is pinned and the report
 * says so.
 */
record Cpus(List<String> provider, List<String> client) {
    static Cpus choose() {
        if (Runtime.getRuntime().availableProcessors() >= 2 && tasksetWorks()) {
            return new Cpus(List.of("taskset", "-c", "0"), List.of("taskset", "-c", "1"));
        }
        return new Cpus(List.of(), List.of());
    }

    boolean pinned() {
        return !provider.isEmpty();
    }

    private static boolean tasksetWorks() {
        try {
            Process p = new ProcessBuilder("taskset", "-c", "1", "true")
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of(System.getProperty("java.io.tmpdir"))
                            .resolve("colophon-taskset-probe.log")
                            .toFile())
                    .start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            try {
                Files.deleteIfExists(
                        Path.of(System.getProperty("java.io.tmpdir")).resolve("colophon-taskset-probe.log"));
            } catch (IOException e) {
                // a probe's log
            }
        }
    }
}
