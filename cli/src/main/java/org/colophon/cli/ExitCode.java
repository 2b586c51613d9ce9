package org.colophon.cli;

/** The exit codes of the {@code colophon} command. */
public final class ExitCode {
    private ExitCode() {}

    /** Everything went through. */
    public static final int OK = 0;
    /** The run finished, but some records were quarantined. */
    public static final int QUARANTINED = 1;
    /** The command line was wrong, or an input file cannot be read. */
    public static final int USAGE = 2;
    /** The run failed part-way (an output or store that cannot be written, say). */
    public static final int FAILURE = 3;
}
