package org.colophon.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
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
            SearchCommand.class,
            CheckCommand.class,
            ReindexCommand.class,
            CompactCommand.class,
            CompareCommand.class,
            ReviewCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; never calls System.exit. Prints UTF-8 whatever the locale. */
    public static int run(String... args) {
        return run(
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            boolean debug = parsed.hasMatchedOption("--debug");
            boolean known = e instanceof UserError || e instanceof Failure;
            cmd.getErr().println(prefix(cmd) + ": " + (known ? e.getMessage().replace('\n', ' ') : oneLine(e)));
            if (debug) e.printStackTrace(cmd.getErr());
            else if (!known) cmd.getErr().println("(run with --debug for the stack trace)");
            cmd.getErr().flush();
            return e instanceof UserError ? ExitCode.USAGE : ExitCode.FAILURE;
        });
        return cl.execute(args);
    }

    /** A bare {@code colophon}: say what is missing, in one line. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("colophon: which command? one of: demo, convert, import, serve, harvest, sources, reprocess,"
                + " delete, stats, sparql, search, check, reindex, compare");
        err.println(seeHelp(spec.commandLine()));
        err.flush();
        return ExitCode.USAGE;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A command line picocli could not parse: one line saying what was wrong, one saying where help is; exit 2. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String message = e.getMessage();
        if (e instanceof CommandLine.UnmatchedArgumentException u
                && cmd.getCommandSpec().parent() == null
                && !u.getUnmatched().isEmpty()
                && !u.getUnmatched().get(0).startsWith("-")) {
            message = "no command '" + u.getUnmatched().get(0) + "'";
        }
        err.println(prefix(cmd) + ": " + message.replace('\n', ' '));
        err.println(seeHelp(cmd));
        err.flush();
        return ExitCode.USAGE;
    }

    private static String prefix(CommandLine cmd) {
        return cmd.getCommandSpec().qualifiedName();
    }

    private static String seeHelp(CommandLine cmd) {
        return "see `" + prefix(cmd) + " --help`";
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

    /**
     * A failure the command understands and explains in its message (a store locked by another process, a port in
     * use): reported as that one line, exit code 3, with no hint about stack traces.
     */
    public static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A mistake of the user's (a missing file, a bad configuration line): reported in one line, exit code 2. */
    public static final class UserError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UserError(String message) {
            super(message);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws java.io.IOException {
            java.util.Properties p = new java.util.Properties();
            try (java.io.InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) p.load(in);
            }
            return new String[] {"colophon " + p.getProperty("version", "(version unknown)")};
        }
    }
}
