package org.colophon.bench;

import java.nio.file.Path;
import org.colophon.bench.harvest.HarvestCommand;
import org.colophon.bench.harvest.Heap;
import picocli.CommandLine.Option;

/**
 * {@code --heap SIZE} and {@code --cli JAR}, as a picocli mixin: benchmarks that run the real {@code colophon.jar} as
 * users do, each command in a JVM of its own with that heap.
 */
public final class ColophonJvm {
    @Option(
            names = "--heap",
            paramLabel = "SIZE",
            description = "Max heap of each colophon process, as for -Xmx (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(
            names = "--cli",
            paramLabel = "JAR",
            description = "The colophon.jar to run (default: cli/target/colophon.jar in the checkout).")
    String cli;

    /** With {@code defaultHeap} as the heap when {@code --heap} is not given. */
    public ColophonJvm(String defaultHeap) {
        this.heap = defaultHeap;
    }

    /** The heap, checked. */
    public String heap() {
        if (!Heap.valid(heap)) throw new UserError("--heap takes a size as -Xmx does (512m, 2g): " + heap);
        return heap;
    }

    /** The jar to run, which must exist. */
    public Path jar() {
        if ("none".equals(cli)) throw new UserError("--cli none: this benchmark runs colophon.jar");
        return HarvestCommand.cliJar(cli);
    }
}
