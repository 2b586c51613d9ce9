package org.colophon.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code colophon} command: subcommands call module facades and hold no logic of their own. */
@Command(
        name = "colophon",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Library catalogues to a national bibliography, as a BIBFRAME 2 linked-data graph.",
        subcommands = {
            DemoCommand.class,
            ConvertCommand.class,
            ImportCommand.class,
            ServeCommand.class,
            HarvestCommand.class,
            SourcesCommand.class,
            ReprocessCommand.class,
            DeleteCommand.class,
            StatsCommand.class,
            SparqlCommand.class,
            CompareCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; never calls System.exit. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> e instanceof UserError ? ExitCode.USAGE : ExitCode.FAILURE);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            boolean debug = parsed.hasMatchedOption("--debug");
            cmd.getErr().println("colophon: " + oneLine(e));
            if (debug) e.printStackTrace(cmd.getErr());
            else if (!(e instanceof UserError)) cmd.getErr().println("(run with --debug for the stack trace)");
            cmd.getErr().flush();
            return e instanceof UserError ? ExitCode.USAGE : ExitCode.FAILURE;
        });
        return cl.execute(args);
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) m = e.getClass().getSimpleName();
        if (e.getCause() != null
                && e.getCause().getMessage() != null
                && !m.contains(e.getCause().getMessage())) {
            m += ": " + e.getCause().getMessage();
        }
        return m.replace('\n', ' ');
    }

    /** A mistake of the user's (bad option value, missing file): reported in one line, exit code 2. */
    public static final class UserError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UserError(String message) {
            super(message);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"colophon " + (v == null ? "dev" : v)};
        }
    }
}
