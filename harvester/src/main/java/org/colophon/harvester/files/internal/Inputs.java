package org.colophon.harvester.files.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens a file buffered, gunzipping it transparently when it starts with the gzip magic bytes. What a gzipped file
 * expands to is capped ({@link #expansionCap}): a small file that expands without end (a gzip bomb) stops with an
 * error naming the cap, instead of filling the memory or the run's time.
 */
public final class Inputs {
    private static final int BUFFER = 1 << 16;
    /** A gzipped file may always expand to this much. */
    public static final long MIN_EXPANSION = 256L << 20;
    /** Beyond {@link #MIN_EXPANSION}, a gzipped file may expand to this many times its size (MARC packs 5-10 times). */
    public static final int MAX_RATIO = 100;

    private Inputs() {}

    public static InputStream open(Path file) throws IOException {
        return open(file, expansionCap(Files.size(file)));
    }

    /** The most bytes a gzipped file of {@code compressed} bytes is read to. */
    public static long expansionCap(long compressed) {
        return Math.max(MIN_EXPANSION, compressed * MAX_RATIO);
    }

    /** Opens the file with the given cap on what a gzipped file expands to. */
    public static InputStream open(Path file, long cap) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        try {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            if (b0 == 0x1F && b1 == 0x8B) {
                String name = file.getFileName().toString();
                return new BufferedInputStream(new Capped(new GZIPInputStream(raw, BUFFER), cap, name), BUFFER);
            }
            return raw;
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    /** A stream that fails once more than {@code cap} bytes came out of it. */
    static final class Capped extends FilterInputStream {
        private final long cap;
        private final String name;
        private long count;

        Capped(InputStream in, long cap, String name) {
            super(in);
            this.cap = cap;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) add(1);
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) add(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = super.skip(n);
            if (k > 0) add(k);
            return k;
        }

        private void add(long n) throws IOException {
            count += n;
            if (count > cap) {
                throw new IOException(name + ": gzip expands past " + cap + " bytes, the cap for this file (a gzip"
                        + " bomb?); the rest of the file is not read");
            }
        }
    }
}
