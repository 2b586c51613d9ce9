package org.colophon.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.colophon.record.DirectoryQuarantine;

/** Opens a quarantine directory, or says in one line why it cannot be. */
final class Quarantines {
    private Quarantines() {}

    static DirectoryQuarantine open(Path dir) {
        try {
            return new DirectoryQuarantine(dir);
        } catch (IOException e) {
            throw new Main.UserError("cannot use " + dir + " as the quarantine: " + e.getMessage());
        }
    }
}
