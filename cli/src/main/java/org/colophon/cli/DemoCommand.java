package org.colophon.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.colophon.authority.Authorities;
import org.colophon.authority.AuthorityLinker;
import org.colophon.graph.GraphStore;
import org.colophon.ingest.Ingest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code colophon demo}: import the bundled sample catalogue and serve it. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Import the bundled sample catalogue into the store and serve it.",
            "The samples are real records from Beijing Normal University, the Library of Congress and Boston University",
            "(see samples/SOURCES.md). Running it again imports nothing new."
        })
final class DemoCommand implements Callable<Integer> {
    /** The sample files and the library each comes from. */
    record Sample(String file, String source, String library) {}

    static final List<Sample> SAMPLES = List.of(
            new Sample("bnu-chinese-sru.xml", "bnu", "Beijing Normal University Library"),
            new Sample("loc-cjk-880.xml", "loc", "Library of Congress"),
            new Sample("bu-bibs.mrc", "bu", "Boston University Libraries"));

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    ServeCommand.ServerOptions server;

    @Option(names = "--no-serve", description = "Import only.")
    boolean noServe;

    @Option(names = "--debug", description = "Show stack traces.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Path samples = Files.createDirectories(store.data.resolve("samples"));
        try (GraphStore g = store.open()) {
            AuthorityLinker linker = Authorities.linker(g, store.dataDir());
            try (Ingest ingest = Ingestion.writing(spec.commandLine().getErr(), g, store.dataDir(), linker)
                    .base(server.base())
                    .build()) {
                for (Sample s : SAMPLES) {
                    Path file = samples.resolve(s.file());
                    try (InputStream in = DemoCommand.class.getResourceAsStream("demo/" + s.file())) {
                        if (in == null)
                            throw new IllegalStateException("the sample " + s.file() + " is missing from the jar");
                        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                    }
                    err.println(s.source() + ": "
                            + ingest.importFiles(List.of(file), s.source(), null, null)
                                    .line());
                }
                err.flush();
                if (noServe) return ExitCode.OK;
                for (Sample s : SAMPLES) server.libraries.put(s.source(), s.library());
                return server.serve(g, store.dataDir(), err, null, ingest, linker);
            }
        } finally {
            server.closed.countDown();
        }
    }
}
