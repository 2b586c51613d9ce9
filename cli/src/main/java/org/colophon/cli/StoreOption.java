package org.colophon.cli;

import java.nio.file.Path;
import org.colophon.graph.GraphStore;
import picocli.CommandLine.Option;

/** {@code --data DIR}: where the embedded store lives (the TDB2 dataset is {@code DIR/tdb2}). */
final class StoreOption {
    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "data",
            description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    GraphStore open() {
        try {
            return GraphStore.open(data.resolve("tdb2"));
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot open the store in " + data + ": " + Main.oneLine(e), e);
        }
    }
}
