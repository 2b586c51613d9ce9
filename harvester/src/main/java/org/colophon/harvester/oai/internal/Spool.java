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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A response body received whole before it is parsed: the first {@value #MEMORY_LIMIT} bytes in memory, the rest in a
 * temporary file, so a page never sits in the heap however large it is. Receiving first frees the connection (and
 * the host) at once, lets a failed parse be retried, and lets the harvester read the resumption token off the end of
 * the bytes and ask for the next page while it parses this one ({@link #tailToken}).
 */
public final class Spool implements Closeable {
    static final int MEMORY_LIMIT = 64 * 1024;
    private static final int TAIL = 8 * 1024;
    private static final Pattern TOKEN =
            Pattern.compile("<(?:[\\w.-]+:)?resumptionToken\\b[^>]*?(/?)>([^<]*)", Pattern.UNICODE_CHARACTER_CLASS);

    private final byte[] head;
    private final int headLength;
    private final Path file;
    private final long size;

    private Spool(byte[] head, int headLength, Path file, long size) {
        this.head = head;
        this.headLength = headLength;
        this.file = file;
        this.size = size;
    }

    /** Reads a body to its end. */
    public static Spool receive(InputStream body) throws IOException {
        byte[] head = new byte[8192];
        int n = 0;
        while (true) {
            if (n == head.length) {
                if (n >= MEMORY_LIMIT) break;
                head = Arrays.copyOf(head, Math.min(MEMORY_LIMIT, n * 2));
            }
            int r = body.read(head, n, head.length - n);
            if (r < 0) return new Spool(head, n, null, n);
            n += r;
        }
        Path file = Files.createTempFile("colophon-oai-", ".xml");
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
            long rest = body.transferTo(out);
            return new Spool(head, n, file, n + rest);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
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

    /** Deletes the temporary file, if there is one. */
    @Override
    public void close() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
