package org.colophon.endpoint.internal;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The response to a query, watched for a heap exhaustion: Fuseki catches an {@link OutOfMemoryError} thrown while a
 * query runs and answers {@code 500} with the error's message ({@code Java heap space}). Here a 500 is held back
 * with its message; when the message is one of the JVM's for a full heap, the client gets {@code 503} with {@code
 * Retry-After} and a sentence saying the query needed more memory than the server gives one query, otherwise the 500
 * as it was.
 */
final class MemoryAnswer extends HttpServletResponseWrapper {
    static final String MESSAGE = "The query needed more memory than the server can give one query, and was stopped;"
            + " the server is fine. Narrow the query (fewer solutions to sort, group or keep), or try again later.";

    private final int retryAfter;
    private boolean held;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private PrintWriter writer;

    MemoryAnswer(HttpServletResponse response, int retryAfterSeconds) {
        super(response);
        this.retryAfter = retryAfterSeconds;
    }

    /** Whether an error message is the JVM's for a full heap (or the suppression error a reused one causes). */
    static boolean outOfMemory(String message) {
        return message.contains("Java heap space")
                || message.contains("GC overhead limit exceeded")
                || message.contains("Requested array size exceeds VM limit")
                || message.contains("Self-suppression not permitted");
    }

    @Override
    public void setStatus(int sc) {
        if (sc == SC_INTERNAL_SERVER_ERROR && !isCommitted()) held = true;
        else super.setStatus(sc);
    }

    @Override
    public void setContentLength(int len) {
        if (!held) super.setContentLength(len);
    }

    @Override
    public void setContentLengthLong(long len) {
        if (!held) super.setContentLengthLong(len);
    }

    @Override
    public void flushBuffer() throws IOException {
        if (!held) super.flushBuffer();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (!held) return super.getOutputStream();
        return new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener writeListener) {}

            @Override
            public void write(int b) {
                buffer.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                buffer.write(b, off, len);
            }
        };
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (!held) return super.getWriter();
        if (writer == null) writer = new PrintWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8));
        return writer;
    }

    /** Sends a held-back 500, or the 503 it stood for; true when it was a 503 for a full heap. */
    boolean finish() throws IOException {
        if (!held) return false;
        if (writer != null) writer.flush();
        String message = buffer.toString(StandardCharsets.UTF_8);
        HttpServletResponse resp = (HttpServletResponse) getResponse();
        if (outOfMemory(message)) {
            resp.setHeader("Retry-After", Integer.toString(retryAfter));
            Responses.text(resp, SC_SERVICE_UNAVAILABLE, MESSAGE);
            return true;
        }
        resp.setStatus(SC_INTERNAL_SERVER_ERROR);
        resp.getOutputStream().write(buffer.toByteArray());
        return false;
    }
}
