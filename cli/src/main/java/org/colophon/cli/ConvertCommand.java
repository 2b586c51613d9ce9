package org.colophon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.colophon.ingest.FileRecords;
import org.colophon.record.DirectoryQuarantine;
import org.colophon.record.FirstReasons;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordFormat;
import org.colophon.transform.ConversionRun;
import org.colophon.transform.Converter;
import org.colophon.transform.Coverage;
import org.colophon.transform.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code colophon convert}: MARC files to BIBFRAME 2, streamed. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Convert MARC 21 records (ISO 2709, MARCXML incl. SRU/OAI-wrapped, MARC-in-JSON) to BIBFRAME 2.",
            "Bad records go to the quarantine with the reason; the run ends with one summary line on stderr.",
            "Exit code 0: all converted; 1: some records quarantined; 2: usage error; 3: failure."
        })
final class ConvertCommand implements Callable<Integer> {

    enum InputFormat {
        auto,
        marc21,
        marcxml,
        marcjson
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Input files (.gz is read transparently).")
    List<Path> files;

    @Option(
            names = "--format",
            defaultValue = "auto",
            description = "Input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    InputFormat format;

    @Option(
            names = "--to",
            defaultValue = "turtle",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    RdfOutput.Format to;

    @Option(
            names = "--base",
            defaultValue = "http://localhost:3030/",
            description = "Base IRI for minted IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(
            names = "--source",
            defaultValue = "local",
            description = "Source (library) id, part of every record IRI (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "Output file (default: standard output).")
    Path output;

    @Option(
            names = "--quarantine",
            paramLabel = "DIR",
            description = "Keep bad records here, raw, with quarantine.tsv giving the reasons.")
    Path quarantineDir;

    @Option(
            names = "--coverage",
            paramLabel = "FILE",
            description = "Write per tag/subfield how often it was seen and used by a rule (TSV).")
    Path coverageFile;

    @Option(
            names = "--rules",
            paramLabel = "DIR",
            description = "Use the *.rules files in DIR instead of the built-in MARC 21 rules.")
    Path rulesDir;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--debug", description = "Show stack traces.")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        Inputs.checkSource(source);
        Inputs.checkReadable(files);
        RuleSet rules = loadRules();
        Coverage coverage = coverageFile == null ? null : new Coverage();
        Converter converter =
                Converter.builder().base(base).rules(rules).coverage(coverage).build();
        PrintWriter err = spec.commandLine().getErr();
        DirectoryQuarantine kept = quarantineDir == null ? null : new DirectoryQuarantine(quarantineDir);
        FirstReasons quarantine = new FirstReasons(kept == null ? Quarantine.counting() : kept, 5);
        ConversionRun.Summary summary;
        try (RdfOutput out = new RdfOutput(output, to);
                FileRecords records = new FileRecords(files, source, inputFormat(), quarantine)) {
            ConversionRun run = new ConversionRun(converter, quarantine, threads, p -> {
                        err.println("... " + p.line());
                        err.flush();
                    })
                    .encoder(out.encoder());
            summary = run.run(records, out::write);
        } finally {
            if (kept != null) kept.close();
        }
        if (coverage != null) {
            try (Writer w = Files.newBufferedWriter(coverageFile, StandardCharsets.UTF_8)) {
                coverage.writeTsv(w);
            }
        }
        err.println(summary.line()
                + (summary.quarantined() > 0 && quarantineDir != null ? " (quarantine: " + quarantineDir + ")" : ""));
        if (summary.quarantined() > 0) {
            err.println("quarantined because"
                    + (quarantineDir == null ? " (keep the records with --quarantine DIR)" : "") + ":");
            quarantine.lines().forEach(err::println);
        }
        err.flush();
        return summary.quarantined() > 0 ? ExitCode.QUARANTINED : ExitCode.OK;
    }

    private RuleSet loadRules() throws IOException {
        try {
            return rulesDir == null ? RuleSet.marc21() : RuleSet.fromDirectory(rulesDir);
        } catch (RuntimeException e) {
            throw new Main.UserError(e.getMessage());
        }
    }

    private RecordFormat inputFormat() {
        return switch (format) {
            case auto -> null;
            case marc21 -> RecordFormat.MARC21;
            case marcxml -> RecordFormat.MARCXML;
            case marcjson -> RecordFormat.MARC_JSON;
        };
    }
}
