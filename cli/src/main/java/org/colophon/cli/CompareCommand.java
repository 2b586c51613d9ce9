package org.colophon.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.colophon.ingest.FileRecords;
import org.colophon.record.Quarantine;
import org.colophon.transform.Converter;
import org.colophon.transform.compare.ComparisonResult;
import org.colophon.transform.compare.ReferenceComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code colophon compare}: our BIBFRAME beside a reference converter's, per record and property family. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Compare our conversion with a reference conversion, per BIBFRAME property family.",
            "Converts the MARC files and counts how many of the reference's values (e.g. LoC marc2bibframe2's RDF/XML",
            "for the same records, matched by 001) we also produce."
        })
final class CompareCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "MARC", description = "The MARC files the reference was made from.")
    List<Path> files;

    @Option(
            names = "--reference",
            required = true,
            split = ",",
            paramLabel = "REF",
            description = "Reference RDF (RDF/XML, Turtle, …), one or more.")
    List<Path> references;

    @Option(
            names = "--reference-base",
            defaultValue = "http://example.org/",
            description = "Base IRI the reference minted under (default: ${DEFAULT-VALUE}).")
    String referenceBase;

    @Option(names = "--misses", paramLabel = "TSV", description = "Write every reference value we do not produce here.")
    Path misses;

    @Option(names = "--tsv", paramLabel = "TSV", description = "Write the per-family table as TSV here.")
    Path tsv;

    @Override
    public Integer call() throws Exception {
        for (Path p : files) if (!Files.isReadable(p)) throw new Main.UserError("cannot read input file " + p);
        for (Path p : references) if (!Files.isReadable(p)) throw new Main.UserError("cannot read reference " + p);
        var reference = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        for (Path p : references) ReferenceComparison.readReference(p).find().forEach(reference::add);
        Converter converter =
                Converter.builder().base("http://colophon.invalid/").build();
        ReferenceComparison comparison = new ReferenceComparison(reference, referenceBase, converter);
        FileRecords records = new FileRecords(files, "compare", null, Quarantine.counting());
        ComparisonResult result;
        try (records) {
            result = comparison.compareSource(records);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(result.table());
        out.flush();
        if (tsv != null) Files.writeString(tsv, result.tsv(), StandardCharsets.UTF_8);
        if (misses != null) Files.writeString(misses, result.missesTsv(), StandardCharsets.UTF_8);
        return ExitCode.OK;
    }
}
