package org.colophon.harvester.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** The bytes of a file from a given line on, capped, to keep in the quarantine what a reader could not read. */
final class RestOfFile {
    static final int CAP = 1 << 20;

    private RestOfFile() {}

    static byte[] fromLine(Path file, int line) {
        try (InputStream in = Inputs.open(file)) {
            int newlines = 0;
            while (newlines < line - 1) {
                int c = in.read();
                if (c < 0) return new byte[0];
                if (c == '\n') newlines++;
            }
            return in.readNBytes(CAP);
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
