package org.colophon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.colophon.authority.Authorities;
import org.colophon.authority.AuthorityLinker;
import org.colophon.graph.GraphStore;
import org.colophon.ingest.Ingest;
import org.colophon.ingest.IngestSummary;
import org.colophon.record.DirectoryQuarantine;
import org.colophon.record.FirstReasons;
import org.colophon.transform.Converter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code colophon import}: convert and load into the store. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Convert MARC files and load them into the store, one named graph per record.",
            "A record whose raw bytes and mapping are unchanged is left as it is; a changed record's graph is replaced",
            "atomically.",
            "Exit code 0: all loaded; 1: some records quarantined; 2: usage error; 3: failure."
        })
final class ImportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    CompactOption compact;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Input files (ISO 2709, MARCXML, UNIMARC XML, MARC-in-JSON; .gz too).")
    List<Path> files;

    @Option(
            names = "--format",
            defaultValue = "auto",
            description = "Input format or MARC dialect: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: sniff"
                    + " each file, tell MARC 21 from UNIMARC per record).")
    ConvertCommand.InputFormat format;

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

    @Option(
            names = "--no-index",
            description = "Leave the search index alone (faster bulk loads; run `colophon reindex` afterwards).")
    boolean noIndex;

    @Option(names = "--debug", description = "Show stack traces.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        Inputs.checkSource(source);
        Inputs.checkReadable(files);
        PrintWriter err = spec.commandLine().getErr();
        Path qdir = quarantineDir != null ? quarantineDir : store.dataDir().quarantine();
        try (GraphStore g = store.open();
                DirectoryQuarantine kept = Quarantines.open(qdir)) {
            AuthorityLinker links = Authorities.linker(g, store.dataDir());
            try (Ingest ingest = Ingestion.writing(spec.commandLine().getErr(), g, store.dataDir(), links)
                    .base(base)
                    .converter(Converter.builder()
                            .base(base)
                            .dialect(format.dialect())
                            .build())
                    .quarantine(new FirstReasons(kept, 5))
                    .threads(threads)
                    .batchSize(batch)
                    .searchIndex(!noIndex)
                    .build()) {
                IngestSummary s = ingest.importFiles(files, source, format.recordFormat(), p -> {
                    err.println("... " + p.line());
                    err.flush();
                });
                err.println(s.line() + (s.quarantined() > 0 ? " (quarantine: " + qdir + ")" : ""));
                err.println(Authorities.summary(links));
                if (s.quarantined() > 0) {
                    err.println("quarantined because:");
                    ((FirstReasons) ingest.quarantine()).lines().forEach(err::println);
                }
                err.flush();
                compact.after(ingest, err);
                return s.quarantined() > 0 ? ExitCode.QUARANTINED : ExitCode.OK;
            }
        }
    }
}
