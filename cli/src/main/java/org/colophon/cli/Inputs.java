package org.colophon.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.colophon.graph.StoreStats;

/** Checks of command-line input shared by the commands that read files for a source. */
final class Inputs {
    private Inputs() {}

    static void checkSource(String source) {
        if (!source.matches("[A-Za-z0-9._~-]+"))
            throw new Main.UserError("--source must be letters, digits, '.', '_', '~' or '-': '" + source + "'");
        if (StoreStats.internal(source))
            throw new Main.UserError("--source '" + source + "': ids starting with '" + StoreStats.INTERNAL_PREFIX
                    + "' are Colophon's own (authority links); choose another");
    }

    static void checkReadable(List<Path> files) {
        for (Path f : files) {
            if (!Files.exists(f)) throw new Main.UserError("no such file: " + f);
            if (Files.isDirectory(f)) throw new Main.UserError(f + " is a directory, not a file");
            if (!Files.isReadable(f)) throw new Main.UserError("cannot read " + f + " (permission denied)");
        }
    }
}
