package org.colophon.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks of command-line input shared by the commands that read files for a source. */
final class Inputs {
    private Inputs() {}

    static void checkSource(String source) {
        if (!source.matches("[A-Za-z0-9._~-]+"))
            throw new Main.UserError("--source must be letters, digits, '.', '_', '~' or '-': '" + source + "'");
    }

    static void checkReadable(List<Path> files) {
        for (Path f : files) {
            if (!Files.exists(f)) throw new Main.UserError("no such file: " + f);
            if (Files.isDirectory(f)) throw new Main.UserError(f + " is a directory, not a file");
            if (!Files.isReadable(f)) throw new Main.UserError("cannot read " + f + " (permission denied)");
        }
    }
}
