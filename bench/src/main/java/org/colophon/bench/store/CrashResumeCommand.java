package org.colophon.bench.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.colophon.bench.BenchFiles;
import org.colophon.bench.ColophonJvm;
import org.colophon.bench.ExitCode;
import org.colophon.bench.ReportFile;
import org.colophon.bench.Seeds;
import org.colophon.bench.Tree;
import org.colophon.bench.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code colophon-bench crash-resume}: what kill -9 and running the import again leave on disk. */
@Command(
        name = "crash-resume",
        mixinStandardHelpOptions = true,
        description = "Run `colophon import` of N records once, and again into a second data directory killed with"
                + " kill -9 at 1/(C+1), 2/(C+1), … of the way and then run to its end; compare records and size on"
                + " disk. Into an empty store and into a store already holding another source.")
public final class CrashResumeCommand implements Callable<Integer> {
    static final String START = ReportFile.start("crash-resume");
    static final String END = ReportFile.end("crash-resume");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--records", description = "Records in the import (default: ${DEFAULT-VALUE}).")
    long records = 50_000;

    @Option(
            names = "--cycles",
            description = "Times the import is killed before it may finish (default: ${DEFAULT-VALUE}).")
    int cycles = 3;

    @Mixin
    ColophonJvm jvm = new ColophonJvm("1g");

    @Mixin
    Seeds seeds = new Seeds();

    @Mixin
    BenchFiles files = new BenchFiles();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (records < 10 || cycles < 1) throw new UserError("--records must be at least 10 and --cycles at least 1");
        Path dir = files.workDir("colophon-bench-crash-resume");
        try {
            CrashResume bench = new CrashResume(seeds.files(), dir, jvm.jar(), jvm.heap(), BenchFiles.log(out));
            CrashResume.Figures f = bench.run(records, cycles);
            String command =
                    "colophon-bench crash-resume --records " + records + (cycles != 3 ? " --cycles " + cycles : "");
            for (CrashResume.Case c : f.cases()) out.println(summary(c));
            files.report(out, CrashResumeCommand::write, markdown(command, f));
            boolean same = f.cases().stream()
                    .allMatch(c -> c.clean().records() == c.resumed().records()
                            && c.clean().triples() == c.resumed().triples());
            if (!same)
                out.println("the runs that were killed and resumed hold other records or triples than the run once");
            return same ? ExitCode.OK : ExitCode.FAILURE;
        } finally {
            if (files.temporary()) Tree.delete(dir);
        }
    }

    static void write(Path file, String section) throws IOException {
        ReportFile.writeSection(file, START, END, section);
    }

    static String summary(CrashResume.Case c) {
        return String.format(
                Locale.ROOT,
                "%s: once %,d records %,.1f MB; killed %d× and run again %,d records %,.1f MB (%.2f×)",
                c.name(),
                c.clean().records(),
                c.clean().bytes() / 1e6,
                c.killedAt().size(),
                c.resumed().records(),
                c.resumed().bytes() / 1e6,
                (double) c.resumed().bytes() / c.clean().bytes());
    }

    static String markdown(String command, CrashResume.Figures f) {
        StringBuilder sb = new StringBuilder();
        sb.append(START).append('\n');
        sb.append("## An import killed and run again (`colophon-bench crash-resume`)\n\n");
        sb.append(f.machine().line()).append(".\n\n");
        sb.append("Command: `").append(command).append("`\n\n");
        sb.append(String.format(
                Locale.ROOT,
                "Input: %,d records, **synthetic**: %d real seed records repeated with unique control numbers, one"
                        + " MARCXML file. Each run is the real `colophon import` in a JVM of its own. Once: the import"
                        + " run to its end. Killed: the same import into a second data directory, stopped with"
                        + " `kill -9` (no shutdown hook) once its progress line had passed %s of the records,"
                        + " then run again to its end, as a user does after a crash; the last run does what it does"
                        + " by default, automatic compaction included. The second case first imports %,d other"
                        + " records as another source, so that the import commits every 2,000 records instead of"
                        + " taking the bulk loader. Size on disk: allocated blocks of `tdb2/` (`du`).\n\n",
                f.records(),
                f.seeds(),
                fractions(f.cycles()),
                f.base()));
        sb.append("| case | run | records | triples | on disk | killed at (records read) | compaction at the end |\n");
        sb.append("|---|---|---:|---:|---:|---|---|\n");
        for (CrashResume.Case c : f.cases()) {
            row(sb, c.name(), "once", c.clean(), "");
            row(
                    sb,
                    "",
                    "killed " + c.killedAt().size() + "×, run again",
                    c.resumed(),
                    String.join(
                            ", ",
                            c.killedAt().stream()
                                    .map(n -> String.format(Locale.ROOT, "%,d", n))
                                    .toList()));
        }
        sb.append('\n');
        for (CrashResume.Case c : f.cases()) sb.append("- ").append(summary(c)).append('\n');
        sb.append(END).append('\n');
        return sb.toString();
    }

    /** {@code 1/4, 2/4 and 3/4} for three cycles. */
    static String fractions(int cycles) {
        StringBuilder sb = new StringBuilder();
        for (int k = 1; k <= cycles; k++) {
            if (k > 1) sb.append(k == cycles ? " and " : ", ");
            sb.append(k).append('/').append(cycles + 1);
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, String run, CrashResume.Outcome o, String killed) {
        sb.append(String.format(
                Locale.ROOT,
                "| %s | %s | %,d | %,d | %,.1f MB | %s | %s |\n",
                name,
                run,
                o.records(),
                o.triples(),
                o.bytes() / 1e6,
                killed,
                o.compaction().isEmpty() ? "none" : "`" + o.compaction() + "`"));
    }
}
