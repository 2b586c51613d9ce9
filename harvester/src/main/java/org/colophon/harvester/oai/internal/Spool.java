package org.colophon.harvester.oai.internal;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A response body received whole before it is parsed: in memory while a budget shared by every spool of the JVM
 * ({@value #SHARED_BUDGET} bytes) allows, and past that in a temporary file, so the heap holds a bounded amount
 * however many sources are harvested and however large their pages are. Every spool may keep
 * {@value #MEMORY_LIMIT} bytes in memory outside the budget. Receiving first frees the connection (and
 * the host) at once, lets a failed parse be retried, and lets the harvester read the resumption token off the end of
 * the bytes and ask for the next page while it parses this one ({@link #tailToken}).
 */
public final class Spool implements Closeable {
    static final int MEMORY_LIMIT = 16 * 1024;
    static final long SHARED_BUDGET = 4L << 20;
    private static final int MAX_IN_MEMORY = 4 << 20;
    private static final AtomicLong BUDGET = new AtomicLong(SHARED_BUDGET);
    private static final int TAIL = 8 * 1024;
    private static final Pattern TOKEN =
            Pattern.compile("<(?:[\\w.-]+:)?resumptionToken\\b[^>]*?(/?)>([^<]*)", Pattern.UNICODE_CHARACTER_CLASS);

    private final byte[] head;
    private final int headLength;
    private final Path file;
    private final long size;
    /** Bytes of the shared budget this spool holds until it is closed. */
    private long borrowed;

    private Spool(byte[] head, int headLength, Path file, long size, long borrowed) {
        this.head = head;
        this.headLength = headLength;
        this.file = file;
        this.size = size;
        this.borrowed = borrowed;
    }

    /** Reads a body to its end. */
    public static Spool receive(InputStream body) throws IOException {
        byte[] head = new byte[MEMORY_LIMIT];
        int n = 0;
        long borrowed = 0;
        try {
            while (true) {
                if (n == head.length) {
                    int grown = Math.min(MAX_IN_MEMORY, n * 2);
                    long extra = Math.max(0, grown - Math.max(n, MEMORY_LIMIT));
                    if (grown == n || extra > 0 && !borrow(extra)) break;
                    borrowed += extra;
                    head = Arrays.copyOf(head, grown);
                }
                int r = body.read(head, n, head.length - n);
                if (r < 0) {
                    Spool s = new Spool(head, n, null, n, borrowed);
                    borrowed = 0;
                    return s;
                }
                n += r;
            }
            Path file = Files.createTempFile("colophon-oai-", ".xml");
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
                long rest = body.transferTo(out);
                Spool s = new Spool(head, n, file, n + rest, borrowed);
                borrowed = 0;
                return s;
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        } finally {
            BUDGET.addAndGet(borrowed);
        }
    }

    private static boolean borrow(long bytes) {
        long left = BUDGET.get();
        while (left >= bytes) {
            if (BUDGET.compareAndSet(left, left - bytes)) return true;
            left = BUDGET.get();
        }
        return false;
    }

    /** What is left of the shared budget (for tests). */
    static long budgetLeft() {
        return BUDGET.get();
    }

    /** Bytes received. */
    public long size() {
        return size;
    }

    /** The temporary file, or null when the body fits in memory. */
    Path file() {
        return file;
    }

    /** The body from its first byte; may be opened again. */
    public InputStream open() throws IOException {
        InputStream first = new ByteArrayInputStream(head, 0, headLength);
        return file == null ? first : new SequenceInputStream(first, Files.newInputStream(file));
    }

    /**
     * The resumption token the end of the body seems to carry, read off the last bytes without parsing the page: a
     * guess that lets the next request start early. {@code null} when there is none (or it is empty, the list's
     * end). The parse of the whole page decides; a wrong guess only costs the request made on it.
     */
    public String tailToken() throws IOException {
        Matcher m = TOKEN.matcher(tail());
        String token = null;
        while (m.find()) {
            token = m.group(1).isEmpty() ? unescape(m.group(2)).trim() : "";
        }
        return token == null || token.isEmpty() ? null : token;
    }

    private String tail() throws IOException {
        byte[] bytes;
        if (file == null) {
            int from = Math.max(0, headLength - TAIL);
            bytes = Arrays.copyOfRange(head, from, headLength);
        } else {
            try (FileChannel ch = FileChannel.open(file)) {
                long from = Math.max(0, ch.size() - TAIL);
                ByteBuffer b = ByteBuffer.allocate((int) (ch.size() - from));
                while (b.hasRemaining() && ch.read(b, from + b.position()) >= 0) {
                    // fill
                }
                bytes = Arrays.copyOf(b.array(), b.position());
            }
        }
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi < 0) {
                b.append(c);
                continue;
            }
            String name = s.substring(i + 1, semi);
            switch (name) {
                case "amp" -> b.append('&');
                case "lt" -> b.append('<');
                case "gt" -> b.append('>');
                case "quot" -> b.append('"');
                case "apos" -> b.append('\'');
                default -> {
                    try {
                        int code = name.startsWith("#x") || name.startsWith("#X")
                                ? Integer.parseInt(name.substring(2), 16)
                                : name.startsWith("#") ? Integer.parseInt(name.substring(1)) : -1;
                        if (code < 0) {
                            b.append(c);
                            continue;
                        }
                        b.appendCodePoint(code);
                    } catch (IllegalArgumentException e) {
                        b.append(c);
                        continue;
                    }
                }
            }
            i = semi;
        }
        return b.toString();
    }

    /** Gives back the memory and deletes the temporary file, if there is one. */
    @Override
    public synchronized void close() {
        BUDGET.addAndGet(borrowed);
        borrowed = 0;
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
