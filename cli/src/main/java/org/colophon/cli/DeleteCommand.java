package org.colophon.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.colophon.graph.BatchCounts;
import org.colophon.graph.GraphStore;
import org.colophon.ingest.Ingest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code colophon delete}: drop records (their graphs and provenance) from the store. */
@Command(
        name = "delete",
        mixinStandardHelpOptions = true,
        description = "Drop records from the store, in one transaction.")
final class DeleteCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    CompactOption compact;

    @Option(names = "--source", required = true, description = "The source the records came from.")
    String source;

    @Parameters(arity = "1..*", paramLabel = "RECORD_ID", description = "Record ids (the 001 of each record).")
    List<String> ids;

    @Option(names = "--debug", description = "Show stack traces.")
    boolean debug;

    @Override
    public Integer call() {
        try (GraphStore g = store.openExisting();
                Ingest ingest = Ingestion.writing(spec.commandLine().getErr(), g, store.dataDir())
                        .build()) {
            BatchCounts c = ingest.delete(source, ids);
            spec.commandLine().getErr().println("deleted " + c.deleted() + ", not found " + c.notFound());
            compact.after(ingest, spec.commandLine().getErr());
            return ExitCode.OK;
        }
    }
}
