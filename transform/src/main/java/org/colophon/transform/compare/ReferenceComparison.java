package org.colophon.transform.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.colophon.record.SourceRecord;
import org.colophon.transform.Converter;
import org.colophon.transform.marc.MarcDecodeException;
import org.colophon.transform.marc.MarcDecoder;
import org.colophon.transform.marc.MarcRecord;

/**
 * Measures how much of a reference BIBFRAME conversion (LoC's marc2bibframe2) our rules reproduce. Records are
 * matched by 001: the reference's {@code {referenceBase}{001}#Work} and {@code #Instance} against ours; read record
 * by record, the n-th copy of a record (its 001 met the n-th time) against the reference's n-th copy
 * ({@link RecordGraphs#key(String, int)}). For each
 * {@link Family} the same path code reads both graphs, values are normalised ({@link Normaliser}) and the
 * reference's values are counted as matched when ours has the same value on the same path.
 *
 * <pre>
 * Map&lt;String, Graph&gt; ref = RecordGraphs.read(Path.of("loc_general.bf.rdf"), "http://example.org/");
 * ComparisonResult r = new ReferenceComparison(ref, "http://example.org/", converter).compare(records);
 * System.out.print(r.table());
 * </pre>
 */
public final class ReferenceComparison {
    private static final String SOURCE = "compare";

    private final Function<String, Graph> reference;
    private final String referenceBase;
    private final Converter converter;

    /**
     * Every record read against the whole reference graph. {@code converter}'s own base may be anything; its minted
     * IRIs are told apart from vocabulary IRIs by it.
     */
    public ReferenceComparison(Graph reference, String referenceBase, Converter converter) {
        this.reference = id -> reference;
        this.referenceBase = referenceBase;
        this.converter = converter;
    }

    /**
     * Each record read against its own reference graph ({@link RecordGraphs}): a node the reference shares between
     * records (an authority IRI) carries only what this record says of it.
     */
    public ReferenceComparison(Map<String, Graph> referenceByRecord, String referenceBase, Converter converter) {
        this.reference = referenceByRecord::get;
        this.referenceBase = referenceBase;
        this.converter = converter;
    }

    /** Reads a reference file (RDF/XML, Turtle, … by its extension) into a graph. */
    public static Graph readReference(Path file) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).parse(g);
        return g;
    }

    /** Compares every record the source gives; records that do not decode count as not compared. */
    public ComparisonResult compareSource(Iterator<SourceRecord> source) {
        List<MarcRecord> records = new ArrayList<>();
        int bad = 0;
        while (source.hasNext()) {
            try {
                records.add(MarcDecoder.decode(source.next()));
            } catch (MarcDecodeException e) {
                bad++;
            }
        }
        ComparisonResult r = compare(records);
        return new ComparisonResult(r.records(), r.unmatched() + bad, r.families(), r.misses());
    }

    public ComparisonResult compare(Iterable<MarcRecord> records) {
        List<Family> families = Family.ALL;
        List<List<PathSpec>> specs = new ArrayList<>();
        for (Family f : families) specs.add(f.specs());
        int[] refCount = new int[families.size()];
        int[] matched = new int[families.size()];
        int[] ours = new int[families.size()];
        List<Miss> misses = new ArrayList<>();
        int compared = 0;
        int unmatched = 0;
        Map<String, Integer> copies = new HashMap<>();
        for (MarcRecord record : records) {
            String id =
                    record.control("001") == null ? null : record.control("001").strip();
            String key = id == null ? null : RecordGraphs.key(id, copies.merge(id, 1, Integer::sum));
            Node refWork = id == null ? null : NodeFactory.createURI(referenceBase + id + "#Work");
            Graph reference = id == null ? null : this.reference.apply(key);
            if (refWork == null || reference == null || !reference.contains(refWork, Node.ANY, Node.ANY)) {
                unmatched++;
                continue;
            }
            compared++;
            Node refInstance = NodeFactory.createURI(referenceBase + id + "#Instance");
            Graph mine = GraphFactory.createDefaultGraph();
            for (Triple t : converter.map(SOURCE, id, record)) mine.add(t);
            String iri = converter.recordIri(SOURCE, id);
            Node work = NodeFactory.createURI(iri + "#Work");
            Node instance = NodeFactory.createURI(iri + "#Instance");
            String ourBase = iri.substring(0, iri.length() - id.length());
            for (int f = 0; f < families.size(); f++) {
                for (PathSpec p : specs.get(f)) {
                    Set<String> theirs = p.values(reference, refWork, refInstance, referenceBase);
                    Set<String> own = p.values(mine, work, instance, ourBase);
                    refCount[f] += theirs.size();
                    ours[f] += own.size();
                    for (String v : theirs) {
                        if (own.contains(v)) matched[f]++;
                        else misses.add(new Miss(key, families.get(f).name(), p.toString(), v));
                    }
                }
            }
        }
        List<FamilyScore> scores = new ArrayList<>();
        for (int f = 0; f < families.size(); f++)
            scores.add(new FamilyScore(families.get(f).name(), refCount[f], matched[f], ours[f]));
        return new ComparisonResult(compared, unmatched, scores, misses);
    }
}
