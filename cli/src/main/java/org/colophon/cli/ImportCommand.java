package org.colophon.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.colophon.graph.GraphStore;
import org.colophon.ingest.FileRecords;
import org.colophon.ingest.Importer;
import org.colophon.record.DirectoryQuarantine;
import org.colophon.transform.Converter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code colophon import}: convert and load into the embedded store. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Convert MARC files and load them into the store, one named graph per record. A record whose raw bytes and",
            "mapping are unchanged is left as it is; a changed record's graph is replaced atomically.",
            "Exit code 0: all loaded; 1: some records quarantined; 2: usage error; 3: failure."
        })
final class ImportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Input files (ISO 2709, MARCXML, MARC-in-JSON; .gz too).")
    List<Path> files;

    @Option(names = "--source", required = true, description = "Source (library) id, part of every record IRI.")
    String source;

    @Option(
            names = "--base",
            defaultValue = "http://localhost:3030/",
            description = "Base IRI (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(
            names = "--quarantine",
            paramLabel = "DIR",
            description = "Where bad records go (default: DATA/quarantine).")
    Path quarantineDir;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(
            names = "--batch",
            description = "Records per transaction when the store already holds data (default: ${DEFAULT-VALUE}).")
    int batch = 2000;

    @Option(names = "--debug", description = "Show stack traces.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        if (!source.matches("[A-Za-z0-9._~-]+"))
            throw new Main.UserError("--source must be letters, digits, '.', '_', '~' or '-': '" + source + "'");
        for (Path f : files)
            if (!Files.isReadable(f) || Files.isDirectory(f)) throw new Main.UserError("cannot read input file " + f);
        Converter converter = Converter.builder().base(base).build();
        PrintWriter err = spec.commandLine().getErr();
        Path qdir = quarantineDir != null ? quarantineDir : store.data.resolve("quarantine");
        Importer.Summary s;
        try (GraphStore g = store.open();
                DirectoryQuarantine q = new DirectoryQuarantine(qdir);
                FileRecords records = new FileRecords(files, source, null, q)) {
            s = new Importer(converter, g, q, threads, batch).run(records, p -> {
                err.println("... " + p.line());
                err.flush();
            });
            err.println(s.line() + (q.count() > 0 ? " (quarantine: " + qdir + ")" : ""));
            err.flush();
            return q.count() > 0 ? ExitCode.QUARANTINED : ExitCode.OK;
        }
    }
}
