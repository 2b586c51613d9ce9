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
import org.colophon.transform.unimarc.Dialect;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code colophon convert}: MARC files to BIBFRAME 2, streamed. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Convert MARC 21, UNIMARC, CNMARC and RUSMARC records to BIBFRAME 2.",
            "Reads ISO 2709, MARCXML or UNIMARC XML (incl. SRU/OAI-wrapped) and MARC-in-JSON; the MARC dialect is told",
            "per record unless --format names it.",
            "Bad records go to the quarantine with the reason; the run ends with one summary line on stderr.",
            "Exit code 0: all converted; 1: some records quarantined; 2: usage error; 3: failure."
        })
final class ConvertCommand implements Callable<Integer> {

    /**
     * What {@code --format} says of the input: its serialisation ({@code marc21} is ISO 2709), its MARC dialect, or
     * both. {@code unimarc}, {@code cnmarc} and {@code rusmarc} name the dialect and leave the serialisation (ISO 2709
     * or XML) to the bytes; the MARC 21 forms force MARC 21; {@code auto} tells the dialect per record.
     */
    enum InputFormat {
        auto(null, null),
        marc21(RecordFormat.MARC21, Dialect.MARC21),
        marcxml(RecordFormat.MARCXML, Dialect.MARC21),
        marcjson(RecordFormat.MARC_JSON, Dialect.MARC21),
        unimarc(RecordFormat.UNIMARC, Dialect.UNIMARC),
        cnmarc(RecordFormat.UNIMARC, Dialect.CNMARC),
        rusmarc(RecordFormat.UNIMARC, Dialect.RUSMARC);

        private final RecordFormat recordFormat;
        private final Dialect dialect;

        InputFormat(RecordFormat recordFormat, Dialect dialect) {
            this.recordFormat = recordFormat;
            this.dialect = dialect;
        }

        /** The format the file reader is given; {@code null}: sniff each file. */
        RecordFormat recordFormat() {
            return recordFormat;
        }

        /** The dialect the converter is told; {@code null}: detect it per record. */
        Dialect dialect() {
            return dialect;
        }
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Input files (.gz is read transparently).")
    List<Path> files;

    @Option(
            names = "--format",
            defaultValue = "auto",
            description = "Input format or MARC dialect: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
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
            description = "Write per tag/subfield how often it was seen and used by a rule (TSV), and name on stderr"
                    + " what no rule read that the rules do not list as dropped on purpose.")
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
        Converter converter = Converter.builder()
                .base(base)
                .rules(rules)
                .coverage(coverage)
                .dialect(format.dialect())
                .build();
        PrintWriter err = spec.commandLine().getErr();
        DirectoryQuarantine kept = quarantineDir == null ? null : new DirectoryQuarantine(quarantineDir);
        FirstReasons quarantine = new FirstReasons(kept == null ? Quarantine.counting() : kept, 5);
        ConversionRun.Summary summary;
        String dialects;
        String invalidUtf8;
        try (RdfOutput out = new RdfOutput(output, to);
                FileRecords records = new FileRecords(files, source, format.recordFormat(), quarantine)) {
            ConversionRun run = new ConversionRun(converter, quarantine, threads, p -> {
                        err.println("... " + p.line());
                        err.flush();
                    })
                    .encoder(out.encoder());
            summary = run.run(records, out::write);
            dialects = run.dialectLine();
            invalidUtf8 = records.invalidUtf8Clause();
        } finally {
            if (kept != null) kept.close();
        }
        if (coverage != null) {
            try (Writer w = Files.newBufferedWriter(coverageFile, StandardCharsets.UTF_8)) {
                coverage.writeTsv(w);
            }
        }
        err.println(summary.line()
                + invalidUtf8
                + (summary.quarantined() > 0 && quarantineDir != null ? " (quarantine: " + quarantineDir + ")" : ""));
        if (dialects != null) err.println(dialects);
        if (coverage != null) {
            for (String set : coverage.ruleSets())
                err.println("coverage " + coverage.tally(set).line());
        }
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
}
