package org.colophon.bench;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the colophon-bench command in-process and keeps what it printed, for tests. */
public record BenchRun(int code, String out, String err) {

    public static BenchRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new BenchRun(code, out.toString(), err.toString());
    }
}
