package org.colophon.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.colophon.graph.GraphStore;
import org.colophon.graph.QueryResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code colophon sparql}: run a SPARQL query against the store (the default graph is the union of all records). */
@Command(
        name = "sparql",
        mixinStandardHelpOptions = true,
        description = "Run a SPARQL query against the store; its default graph is the union of all records.")
final class SparqlCommand implements Callable<Integer> {
    enum Format {
        table,
        csv,
        tsv,
        json,
        turtle,
        ntriples
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @ArgGroup(multiplicity = "1")
    QueryText query;

    static final class QueryText {
        @Parameters(paramLabel = "QUERY", description = "The query text.")
        String text;

        @Option(names = "--file", paramLabel = "FILE", description = "Read the query from a file.")
        Path file;
    }

    @Option(
            names = "--format",
            defaultValue = "table",
            description =
                    "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); graphs come as turtle unless ntriples.")
    Format format;

    @Option(
            names = "--timeout",
            defaultValue = "60",
            description = "Seconds before the query is stopped (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--debug", description = "Show stack traces.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        String sparql = query.file != null ? read(query.file) : query.text;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GraphStore g = store.openExisting()) {
            QueryResult r;
            try {
                r = g.query(sparql, Duration.ofSeconds(timeout));
            } catch (org.apache.jena.query.QueryParseException e) {
                throw new Main.UserError("bad query: " + e.getMessage());
            } catch (org.apache.jena.query.QueryCancelledException e) {
                throw new Main.Failure("the query ran longer than --timeout " + timeout + " s and was stopped", e);
            }
            if (r instanceof QueryResult.Select s) {
                org.apache.jena.query.ResultSet rs = org.apache.jena.query.ResultSet.adapt(s.rowSet());
                switch (format) {
                    case csv -> ResultSetFormatter.outputAsCSV(out, rs);
                    case tsv -> ResultSetFormatter.outputAsTSV(out, rs);
                    case json -> ResultSetFormatter.outputAsJSON(out, rs);
                    default -> ResultSetFormatter.out(out, rs);
                }
            } else if (r instanceof QueryResult.Ask a) {
                out.write((a.answer() + "\n").getBytes(StandardCharsets.UTF_8));
            } else if (r instanceof QueryResult.Triples t) {
                RDFDataMgr.write(out, t.graph(), format == Format.ntriples ? Lang.NTRIPLES : Lang.TURTLE);
            }
        }
        PrintWriter w = spec.commandLine().getOut();
        w.print(out.toString(StandardCharsets.UTF_8));
        w.flush();
        return ExitCode.OK;
    }

    private static String read(Path file) {
        if (!Files.exists(file)) throw new Main.UserError("no such query file: " + file);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Main.UserError("cannot read the query file " + file + ": " + e.getMessage());
        }
    }
}
