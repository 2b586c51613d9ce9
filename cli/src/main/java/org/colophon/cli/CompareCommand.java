package org.colophon.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.colophon.ingest.FileRecords;
import org.colophon.record.Quarantine;
import org.colophon.record.SourceRecord;
import org.colophon.transform.Converter;
import org.colophon.transform.compare.ComparisonResult;
import org.colophon.transform.compare.DatasetTable;
import org.colophon.transform.compare.Marc2Bibframe2;
import org.colophon.transform.compare.ReferenceComparison;
import org.colophon.transform.marc.MarcDecodeException;
import org.colophon.transform.marc.MarcDecoder;
import org.colophon.transform.marc.MarcRecord;
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
            "for the same records, matched by 001) we also produce. With --marc2bibframe2 the reference is made here,",
            "by running LoC's stylesheet with xsltproc, and each file is compared as a dataset of its own."
        })
final class CompareCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "MARC", description = "The MARC files the reference was made from.")
    List<Path> files;

    @Option(
            names = "--reference",
            split = ",",
            paramLabel = "REF",
            description = "Reference RDF (RDF/XML, Turtle, …), one or more.")
    List<Path> references;

    @Option(
            names = "--marc2bibframe2",
            paramLabel = "XSL",
            description = "LoC's xsl/marc2bibframe2.xsl: run it (with xsltproc) over every bibliographic record of "
                    + "each file and compare file by file.")
    Path xsl;

    @Option(
            names = "--reference-base",
            defaultValue = "http://example.org/",
            description = "Base IRI the reference minted under (default: ${DEFAULT-VALUE}).")
    String referenceBase;

    @Option(names = "--misses", paramLabel = "TSV", description = "Write every reference value we do not produce here.")
    Path misses;

    @Option(names = "--tsv", paramLabel = "TSV", description = "Write the per-family table as TSV here.")
    Path tsv;

    @Option(
            names = "--markdown",
            paramLabel = "MD",
            description = "With --marc2bibframe2: write the per-dataset table (Markdown) here.")
    Path markdown;

    @Option(
            names = "--by-folder",
            description = "With --marc2bibframe2: the files of one folder are one dataset (default: each file is).")
    boolean byFolder;

    @Option(
            names = "--save-reference",
            paramLabel = "DIR",
            description = "With --marc2bibframe2: keep LoC's output for each file as DIR/NAME.bf.nt.")
    Path saveReference;

    @Override
    public Integer call() throws Exception {
        for (Path p : files) if (!Files.isReadable(p)) throw new Main.UserError("cannot read input file " + p);
        if ((references == null) == (xsl == null))
            throw new Main.UserError("give either --reference REF or --marc2bibframe2 XSL");
        Converter converter =
                Converter.builder().base("http://colophon.invalid/").build();
        ComparisonResult result = xsl != null ? perDataset(converter) : againstFiles(converter);
        if (tsv != null) Files.writeString(tsv, result.tsv(), StandardCharsets.UTF_8);
        if (misses != null) Files.writeString(misses, result.missesTsv(), StandardCharsets.UTF_8);
        return ExitCode.OK;
    }

    private ComparisonResult againstFiles(Converter converter) throws Exception {
        for (Path p : references) if (!Files.isReadable(p)) throw new Main.UserError("cannot read reference " + p);
        var reference = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        for (Path p : references) ReferenceComparison.readReference(p).find().forEach(reference::add);
        ReferenceComparison comparison = new ReferenceComparison(reference, referenceBase, converter);
        FileRecords records = new FileRecords(files, "compare", null, Quarantine.counting());
        ComparisonResult result;
        try (records) {
            result = comparison.compareSource(records);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(result.table());
        out.flush();
        return result;
    }

    /** Each file a dataset: LoC's conversion made here, compared on its own; the total over all at the end. */
    private ComparisonResult perDataset(Converter converter) throws Exception {
        if (!Files.isRegularFile(xsl)) throw new Main.UserError("no stylesheet at " + xsl);
        Marc2Bibframe2 loc = new Marc2Bibframe2(xsl, referenceBase);
        PrintWriter out = spec.commandLine().getOut();
        Map<String, ComparisonResult> byDataset = new LinkedHashMap<>();
        List<MarcRecord> allRecords = new ArrayList<>();
        var allReference = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        Map<String, List<Path>> groups = new LinkedHashMap<>();
        for (Path file : files)
            groups.computeIfAbsent(name(byFolder ? file.toAbsolutePath().getParent() : file), k -> new ArrayList<>())
                    .add(file);
        for (Map.Entry<String, List<Path>> group : groups.entrySet()) {
            List<MarcRecord> records = new ArrayList<>();
            for (Path file : group.getValue()) records.addAll(bibliographic(file));
            if (records.isEmpty()) continue;
            Marc2Bibframe2.Result ref = loc.convert(records);
            if (saveReference != null) save(group.getKey(), ref.graph());
            ComparisonResult r = new ReferenceComparison(ref.graph(), referenceBase, converter).compare(records);
            byDataset.put(group.getKey(), r);
            allRecords.addAll(records);
            ref.graph().find().forEach(allReference::add);
            out.printf(
                    "== %s: %d records, %d compared, LoC's converter failed on %d%s%n",
                    group.getKey(),
                    records.size(),
                    r.records(),
                    ref.failed().size(),
                    ref.failed().isEmpty() ? "" : " " + ref.failed());
            out.print(r.table());
            out.flush();
        }
        if (markdown != null) Files.writeString(markdown, DatasetTable.markdown(byDataset), StandardCharsets.UTF_8);
        return new ReferenceComparison(allReference, referenceBase, converter).compare(allRecords);
    }

    /** The file's bibliographic records (leader/06 of a bibliographic type) that decode. */
    private static List<MarcRecord> bibliographic(Path file) throws Exception {
        List<MarcRecord> out = new ArrayList<>();
        try (FileRecords records = new FileRecords(List.of(file), "compare", null, Quarantine.counting())) {
            while (records.hasNext()) {
                SourceRecord s = records.next();
                try {
                    MarcRecord r = MarcDecoder.decode(s);
                    String leader = r.leader();
                    if (leader.length() > 6 && "acdefgijkmoprt".indexOf(leader.charAt(6)) >= 0) out.add(r);
                } catch (MarcDecodeException e) {
                    // not MARC or not readable: not compared, as in a conversion it would be quarantined
                }
            }
        }
        return out;
    }

    /** A dataset's name: its path from the current directory. */
    private static String name(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return abs.getRoot().equals(here.getRoot()) ? here.relativize(abs).toString() : abs.toString();
    }

    private void save(String dataset, Graph g) throws Exception {
        Files.createDirectories(saveReference);
        String n = dataset.replaceAll("\\.(xml|marcxml|mrc|marc)$", "").replaceAll("[/\\\\:]", "_");
        try (var os = Files.newOutputStream(saveReference.resolve(n + ".bf.nt"))) {
            RDFDataMgr.write(os, g, Lang.NTRIPLES);
        }
    }
}
