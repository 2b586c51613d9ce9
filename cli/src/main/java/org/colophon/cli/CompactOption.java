package org.colophon.cli;

import java.io.PrintWriter;
import org.colophon.ingest.Ingest;
import picocli.CommandLine.Option;

/** {@code --no-compact}: commands that write compact the embedded store afterwards when it has grown, unless told not to. */
final class CompactOption {
    @Option(
            names = "--no-compact",
            description = "Do not compact the store afterwards. By default it is compacted when copy-on-write has grown"
                    + " it past twice what its records take packed (see `colophon compact`).")
    boolean noCompact;

    /** Compacts when the store has grown (and says so), unless {@code --no-compact}. */
    void after(Ingest ingest, PrintWriter err) {
        if (noCompact) return;
        ingest.compactIfGrown().ifPresent(c -> {
            err.println(c.line());
            err.flush();
        });
    }
}
