package org.colophon.harvester.files.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens a file buffered, gunzipping it transparently when it starts with the gzip magic bytes. */
public final class Inputs {
    private static final int BUFFER = 1 << 16;

    private Inputs() {}

    public static InputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        try {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            if (b0 == 0x1F && b1 == 0x8B) return new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER);
            return raw;
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }
}
