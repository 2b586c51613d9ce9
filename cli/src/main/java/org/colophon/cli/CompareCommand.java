package org.colophon.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.colophon.ingest.FileRecords;
import org.colophon.record.Quarantine;
import org.colophon.record.SourceRecord;
import org.colophon.transform.Converter;
import org.colophon.transform.compare.ComparisonResult;
import org.colophon.transform.compare.DatasetTable;
import org.colophon.transform.compare.Marc2Bibframe2;
import org.colophon.transform.compare.RecordGraphs;
import org.colophon.transform.compare.ReferenceComparison;
import org.colophon.transform.marc.MarcDecodeException;
import org.colophon.transform.marc.MarcDecoder;
import org.colophon.transform.marc.MarcRecord;
import org.colophon.transform.unimarc.DialectDecoder;
import org.colophon.transform.unimarc.DialectDetector;
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
            "for the same records, matched by 001, copies of a record apart) we also produce. With --marc2bibframe2 the reference is made here,",
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
            description = "Reference RDF (RDF/XML, N-Quads, TriG, Turtle, …), one or more; a folder stands for its "
                    + "*.nq, *.trig and *.rdf files (as --save-reference writes them).")
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
            description =
                    "With --marc2bibframe2: keep LoC's output for each dataset as DIR/NAME.bf.nq, one named graph per record.")
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
        List<Path> refs = referenceFiles(references);
        ReferenceComparison comparison;
        Map<String, Integer> skipped = new HashMap<>();
        if (refs.stream().allMatch(RecordGraphs::readable)) {
            // each record read against its own description: a node LoC shares between records (an authority IRI)
            // carries only what this record says of it
            Map<String, Graph> reference = new HashMap<>();
            for (Path p : refs) {
                Map<String, Integer> s = new HashMap<>();
                RecordGraphs.addCopies(reference, RecordGraphs.read(p, referenceBase, s));
                s.forEach((k, v) -> skipped.merge(p.getFileName() + " " + k, v, Integer::sum));
            }
            comparison = new ReferenceComparison(reference, referenceBase, converter);
        } else {
            var reference = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            for (Path p : refs) {
                if (org.apache.jena.riot.RDFLanguages.filenameToLang(
                                p.getFileName().toString())
                        == null)
                    throw new Main.UserError("cannot tell the RDF syntax of reference " + p
                            + " from its name: give .rdf, .nq, .trig, .ttl, .nt, .jsonld … or a folder of them");
                ReferenceComparison.readReference(p).find().forEach(reference::add);
            }
            comparison = new ReferenceComparison(reference, referenceBase, converter);
        }
        FileRecords records = new FileRecords(files, "compare", null, Quarantine.counting());
        ComparisonResult result;
        try (records) {
            result = comparison.compareSource(records);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!skipped.isEmpty()) out.println(skippedLine(skipped));
        out.print(result.table());
        out.flush();
        return result;
    }

    /**
     * The reference files: each file as given, each folder as its {@code *.nq}, {@code *.trig} and {@code *.rdf}
     * files (by name).
     */
    static List<Path> referenceFiles(List<Path> given) throws Exception {
        List<Path> out = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                List<Path> in;
                try (var list = Files.list(p)) {
                    in = list.filter(f -> Files.isRegularFile(f) && RecordGraphs.readable(f))
                            .filter(f -> !f.getFileName()
                                    .toString()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .endsWith(".xml"))
                            .sorted()
                            .toList();
                }
                if (in.isEmpty()) throw new Main.UserError("no reference files (*.nq, *.trig, *.rdf) in folder " + p);
                out.addAll(in);
            } else if (!Files.isReadable(p)) throw new Main.UserError("cannot read reference " + p);
            else out.add(p);
        }
        return out;
    }

    /**
     * How many IRIs of the reference were not IRIs and so lost (the node read as a blank node, or the statement naming
     * it left out), and in how many records.
     */
    static String skippedLine(Map<String, Integer> skipped) {
        int n = skipped.values().stream().mapToInt(Integer::intValue).sum();
        return n + " IRIs of the reference were not IRIs (e.g. $0 \"(uri) http://…\" copied), lost, in "
                + skipped.size() + " records";
    }

    /** Each file a dataset: LoC's conversion made here, compared on its own; the total over all at the end. */
    private ComparisonResult perDataset(Converter converter) throws Exception {
        if (!Files.isRegularFile(xsl)) throw new Main.UserError("no stylesheet at " + xsl);
        Marc2Bibframe2 loc = new Marc2Bibframe2(xsl, referenceBase);
        PrintWriter out = spec.commandLine().getOut();
        Map<String, ComparisonResult> byDataset = new LinkedHashMap<>();
        Map<String, Integer> unimarcByDataset = new LinkedHashMap<>();
        Map<Path, List<Path>> byPath = new LinkedHashMap<>();
        for (Path file : files) {
            Path abs = file.toAbsolutePath().normalize();
            byPath.computeIfAbsent(byFolder ? abs.getParent() : abs, k -> new ArrayList<>())
                    .add(file);
        }
        Map<Path, String> names = names(byPath.keySet(), Path.of("").toAbsolutePath());
        Map<String, List<Path>> groups = new LinkedHashMap<>();
        for (Map.Entry<Path, List<Path>> e : byPath.entrySet()) groups.put(names.get(e.getKey()), e.getValue());
        for (Map.Entry<String, List<Path>> group : groups.entrySet()) {
            List<MarcRecord> records = new ArrayList<>();
            List<String> unimarc = new ArrayList<>();
            List<String> mab2 = new ArrayList<>();
            for (Path file : group.getValue()) records.addAll(bibliographic(file, unimarc, mab2));
            if (records.isEmpty() && unimarc.isEmpty() && mab2.isEmpty()) continue;
            Marc2Bibframe2.Result ref = loc.convert(records);
            if (saveReference != null) save(group.getKey(), ref.byRecord());
            ComparisonResult r = new ReferenceComparison(ref.byRecord(), referenceBase, converter).compare(records);
            byDataset.put(group.getKey(), r);
            unimarcByDataset.put(group.getKey(), unimarc.size());
            out.printf(
                    "== %s: %d records, %d compared, LoC's converter failed on %d%s%s%s%s%n",
                    group.getKey(),
                    records.size() + unimarc.size() + mab2.size(),
                    r.records(),
                    ref.failed().size(),
                    ref.failed().isEmpty() ? "" : " " + ref.failed(),
                    unimarc.isEmpty() ? "" : ", " + unimarc.size() + " read as UNIMARC (not compared) " + unimarc,
                    mab2.isEmpty() ? "" : ", " + mab2.size() + " MAB2, not MARC 21 or UNIMARC (not compared) " + mab2,
                    ref.skipped().isEmpty() ? "" : "; " + skippedLine(ref.skipped()));
            out.print(r.table());
            out.flush();
        }
        if (markdown != null)
            Files.writeString(markdown, DatasetTable.markdown(byDataset, unimarcByDataset), StandardCharsets.UTF_8);
        // the total adds the datasets up: copies of a record in two datasets stay each its dataset's
        return ComparisonResult.sum(byDataset.values());
    }

    /**
     * The file's MARC 21 bibliographic records (leader/06 of a bibliographic type) that decode. A record read as
     * UNIMARC (as {@code colophon convert} reads it, {@link DialectDecoder}) is converted by the UNIMARC rules, not
     * the MARC 21 rules LoC's converter is compared with: it is left out, named in {@code unimarc} (001, else its
     * locator). A MAB2 record ({@link DialectDetector#isMab2}, quarantined by a conversion) is left out and named in
     * {@code mab2}.
     */
    private static List<MarcRecord> bibliographic(Path file, List<String> unimarc, List<String> mab2) throws Exception {
        List<MarcRecord> out = new ArrayList<>();
        try (FileRecords records = new FileRecords(List.of(file), "compare", null, Quarantine.counting())) {
            while (records.hasNext()) {
                SourceRecord s = records.next();
                try {
                    DialectDecoder.Decoded d = DialectDecoder.decode(s, null);
                    if (DialectDetector.isMab2(d.record())) {
                        String id = DialectDetector.mab2Id(d.record());
                        mab2.add(id == null ? s.locator() : id);
                        continue;
                    }
                    if (d.dialect().isUnimarc()) {
                        String id = d.record().control("001");
                        unimarc.add(id == null ? s.locator() : id.strip());
                        continue;
                    }
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

    /**
     * Each dataset's name (datasets given as absolute, normalised paths): its path from the current directory when it
     * lies under it (the current directory itself: its folder name); else its path from the deepest folder that holds
     * every dataset outside the current directory (a single one: its own name). Never {@code ../…}: a name is also the file name of {@code --save-reference}, where a
     * leading dot would hide the file. Two datasets that would share a name keep their absolute paths.
     */
    static Map<Path, String> names(Collection<Path> datasets, Path here) {
        List<Path> outside = datasets.stream().filter(p -> !p.startsWith(here)).toList();
        Path parent = null;
        for (Path p : outside) parent = parent == null ? p : common(parent, p);
        if (parent != null && (outside.size() == 1 || outside.contains(parent))) parent = parent.getParent();
        Map<Path, String> out = new LinkedHashMap<>();
        Map<String, Long> seen = new HashMap<>();
        for (Path p : datasets) {
            Path from = p.startsWith(here) ? here : parent;
            String n = from == null ? p.toString() : from.relativize(p).toString();
            if (n.isEmpty())
                n = p.getFileName() == null ? p.toString() : p.getFileName().toString();
            out.put(p, n);
            seen.merge(n, 1L, Long::sum);
        }
        out.replaceAll((p, n) -> seen.get(n) > 1 ? p.toString() : n);
        return out;
    }

    /** The deepest folder both paths lie under (the root when they share only that; null on other roots). */
    private static Path common(Path a, Path b) {
        if (a.getRoot() == null || !a.getRoot().equals(b.getRoot())) return null;
        Path c = a;
        while (c != null && !b.startsWith(c)) c = c.getParent();
        return c;
    }

    /**
     * LoC's output for a dataset as N-Quads, each record's graph named {@code BASE001}, a further copy of a record
     * {@code BASE001~2} … ({@link RecordGraphs}).
     */
    private void save(String dataset, Map<String, Graph> byRecord) throws Exception {
        Files.createDirectories(saveReference);
        String n = dataset.replaceAll("\\.(xml|marcxml|mrc|marc)$", "").replaceAll("[/\\\\:]", "_");
        try (var os = Files.newOutputStream(saveReference.resolve(n + ".bf.nq"))) {
            RecordGraphs.writeNQuads(byRecord, referenceBase, os);
        }
    }
}
