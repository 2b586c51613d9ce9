package org.colophon.bench;

/** The exit codes of {@code colophon-bench}, the same as {@code colophon}'s. */
public final class ExitCode {
    private ExitCode() {}

    /** The benchmark ran and its figures were written. */
    public static final int OK = 0;
    /** The command line was wrong, or an input file cannot be read. */
    public static final int USAGE = 2;
    /** The run failed part-way (a child process failed, a store could not be written, say). */
    public static final int FAILURE = 3;
}
