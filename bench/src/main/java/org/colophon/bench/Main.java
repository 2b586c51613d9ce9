package org.colophon.bench;

import java.io.PrintWriter;
import org.colophon.bench.convert.ConvertCommand;
import org.colophon.bench.harvest.HarvestCommand;
import org.colophon.bench.harvest.HarvestVsImportCommand;
import org.colophon.bench.search.SearchCommand;
import org.colophon.bench.store.CrashResumeCommand;
import org.colophon.bench.store.ScaleCommand;
import org.colophon.bench.store.StoreCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code colophon-bench} command: the benchmarks, built and run apart from {@code colophon} (they start child
 * JVMs, run xsltproc and write reports, none of which belongs in the shipped command).
 */
@Command(
        name = "colophon-bench",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Colophon's benchmarks. Each prints its figures as it goes and writes its own section of a Markdown report"
                    + " (default: bench-report.md in the working directory; --report docs/benchmarks.md updates the"
                    + " docs).",
            "Exit code 0: done; 2: usage error; 3: the run failed."
        },
        subcommands = {
            ConvertCommand.class,
            StoreCommand.class,
            HarvestCommand.class,
            HarvestVsImportCommand.class,
            ScaleCommand.class,
            CrashResumeCommand.class,
            SearchCommand.class,
            org.colophon.bench.reconcile.ReconcileCommand.class,
            org.colophon.bench.relink.RelinkCommand.class,
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
        cl.setParameterExceptionHandler((e, a) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("colophon-bench: " + oneLine(e) + " (see `" + qualifiedName(cmd) + " --help`)");
            cmd.getErr().flush();
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            boolean debug = parsed.hasMatchedOption("--debug");
            cmd.getErr().println("colophon-bench: " + oneLine(e));
            if (debug) e.printStackTrace(cmd.getErr());
            else if (!(e instanceof UserError)) cmd.getErr().println("(run with --debug for the stack trace)");
            cmd.getErr().flush();
            return e instanceof UserError ? ExitCode.USAGE : ExitCode.FAILURE;
        });
        cl.setExitCodeExceptionMapper(e -> e instanceof UserError ? ExitCode.USAGE : ExitCode.FAILURE);
        // a bare `colophon-bench` is a usage error too: say what there is, in one line
        if (args.length == 0) {
            err.println(
                    "colophon-bench: name a benchmark: convert, store, harvest, harvest-vs-import, scale, search or reconcile"
                            + " (see `colophon-bench --help`)");
            err.flush();
            return ExitCode.USAGE;
        }
        return cl.execute(args);
    }

    private static String qualifiedName(CommandLine cmd) {
        return cmd.getCommandSpec().qualifiedName(" ");
    }

    /** The message of an exception and its cause, on one line. */
    public static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) m = e.getClass().getSimpleName();
        if (e.getCause() != null
                && e.getCause().getMessage() != null
                && !m.contains(e.getCause().getMessage())) {
            m += ": " + e.getCause().getMessage();
        }
        return m.replace('\n', ' ');
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"colophon-bench " + (v == null ? "dev" : v)};
        }
    }
}
