package org.colophon.transform.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A reference conversion read record by record: each record's Work and Instance with only what their own
 * descriptions say. LoC's marc2bibframe2 gives a node an authority IRI ({@code $0}) as its name, so two records
 * sharing an authority share a node: read as one graph, that node carries every record's heading, and each record
 * would be judged on all of them. LoC's RDF/XML writes each record as top-level elements ({@code bf:Work
 * rdf:about="BASE001#Work"}, {@code bf:Instance …#Instance}) with everything nested inside; each top-level element
 * is parsed on its own into the graph of the record its {@code rdf:about} names. Copies of a record (its 001 more
 * than once, in one file or in several: marc4j's test files hold LoC records in copies that differ) are told apart:
 * the first is keyed by its 001, each further one by {@link #key(String, int)} ({@code 001~2}, {@code 001~3} …),
 * so each copy is read against its own conversion, not the union of all. In RDF/XML a further {@code #Work} of the
 * same 001 starts its next copy (LoC writes each record's Work before its Instance).
 *
 * <p>Read leniently: LoC's stylesheet copies a {@code $0} into an IRI as it stands, so a catalogue that writes
 * {@code $0 (uri) http://…} (Alma libraries do) gets {@code rdf:about="(uri) http://…"} or {@code rdf:resource="
 * http://…"}, which are not IRIs, and Jena refuses the whole element. Such an {@code rdf:about}, {@code
 * rdf:resource} or {@code rdf:datatype} costs only that value: the node it names is read as a blank node, or, where
 * nothing is said of it, the statement naming it is left out; the rest of the record is read, and how many such
 * values there were is counted per record ({@link #fromRdfXml(InputStream, String, Map)}).
 *
 * <pre>
 * Map&lt;String, Graph&gt; byRecord = RecordGraphs.read(Path.of("loc_general.bf.rdf"), "http://example.org/");
 * </pre>
 */
public final class RecordGraphs {
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final QName ABOUT = new QName(RDF, "about");

    private RecordGraphs() {}

    /** The key of the {@code copy}-th record (from 1) whose 001 is {@code id}: the 001, then {@code 001~2} …. */
    public static String key(String id, int copy) {
        return copy <= 1 ? id : id + "~" + copy;
    }

    /**
     * Adds a further reference's records to {@code into}, each copy after those already there: a record {@code into}
     * has twice and {@code from} once is {@code from}'s as its third copy (the records compared in the same order).
     */
    public static void addCopies(Map<String, Graph> into, Map<String, Graph> from) {
        Map<String, Integer> had = new HashMap<>();
        for (String k : into.keySet()) had.merge(id(k), 1, Integer::sum);
        for (Map.Entry<String, Graph> e : from.entrySet()) {
            String id = id(e.getKey());
            into.put(key(id, had.getOrDefault(id, 0) + copy(e.getKey())), e.getValue());
        }
    }

    /** The 001 of a key ({@link #key(String, int)}). */
    private static String id(String key) {
        int t = tilde(key);
        return t < 0 ? key : key.substring(0, t);
    }

    /** Which copy a key names, from 1 ({@link #key(String, int)}). */
    private static int copy(String key) {
        int t = tilde(key);
        return t < 0 ? 1 : Integer.parseInt(key.substring(t + 1));
    }

    /** Where a key's {@code ~n} starts, or -1 for a key that is a 001 alone. */
    private static int tilde(String key) {
        int t = key.lastIndexOf('~');
        return t > 0 && key.substring(t + 1).matches("[0-9]{1,9}") ? t : -1;
    }

    /** Whether {@link #read} reads a file record by record: RDF/XML ({@code .rdf}, {@code .xml}), N-Quads or TriG. */
    public static boolean readable(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".rdf") || name.endsWith(".xml") || dataset(name);
    }

    private static boolean dataset(String name) {
        return name.endsWith(".nq") || name.endsWith(".trig");
    }

    /**
     * A reference file per record: RDF/XML split by its top-level elements, N-Quads or TriG by their named graphs
     * (a graph named {@code BASE001} is record 001's, {@code BASE001~2} its second copy's, as {@code colophon compare
     * --save-reference} writes them).
     */
    public static Map<String, Graph> read(Path file, String base) {
        return read(file, base, new HashMap<>());
    }

    /**
     * As {@link #read(Path, String)}; {@code skipped} gets, per record, how many IRIs of RDF/XML were not IRIs and so
     * lost ({@link #fromRdfXml(InputStream, String, Map)}).
     */
    public static Map<String, Graph> read(Path file, String base, Map<String, Integer> skipped) {
        if (!readable(file))
            throw new IllegalArgumentException(
                    "a reference to read record by record is RDF/XML (.rdf, .xml), N-Quads or TriG: " + file);
        if (dataset(file.getFileName().toString().toLowerCase(java.util.Locale.ROOT))) return fromDataset(file, base);
        try (InputStream in = Files.newInputStream(file)) {
            return fromRdfXml(in, base, skipped);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Records' graphs as N-Quads, each named {@code BASE} + its key ({@code BASE001}, {@code BASE001~2} …): what
     * {@link #read} reads back record by record.
     */
    public static void writeNQuads(Map<String, Graph> byRecord, String base, OutputStream out) {
        DatasetGraph ds = DatasetGraphFactory.create();
        for (Map.Entry<String, Graph> e : byRecord.entrySet()) {
            Node name = NodeFactory.createURI(base + e.getKey());
            e.getValue().find().forEach(t -> ds.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        }
        RDFDataMgr.write(out, ds, Lang.NQUADS);
    }

    /** RDF/XML whose top-level elements are records' Works and Instances, by record id. */
    public static Map<String, Graph> fromRdfXml(InputStream in, String base) {
        return fromRdfXml(in, base, new HashMap<>());
    }

    /**
     * RDF/XML whose top-level elements are records' Works and Instances, by record id, read leniently: an {@code
     * rdf:about}, {@code rdf:resource} or {@code rdf:datatype} that Jena's RDF/XML parser would refuse (it stops at
     * the first: {@code "(uri) http://…"}, {@code " http://…"}) stands for a placeholder while the element is parsed;
     * then the node it names is a blank node where something is said of it, and the statements naming it are left out
     * where nothing is ({@link #resolvePlaceholders}). {@code skipped} gets, per record id, how many such values its
     * elements held (one value met twice in an element counts once; records with none are not in it).
     */
    public static Map<String, Graph> fromRdfXml(InputStream in, String base, Map<String, Integer> skipped) {
        Map<String, Graph> out = new HashMap<>();
        IriCheck check = new IriCheck(base);
        XMLInputFactory inf = XMLInputFactory.newFactory();
        inf.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        inf.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLOutputFactory outf = XMLOutputFactory.newFactory();
        XMLEventFactory ef = XMLEventFactory.newFactory();
        try {
            XMLEventReader r = inf.createXMLEventReader(in);
            StartElement root = null;
            int depth = 0;
            StringWriter buf = null;
            XMLEventWriter w = null;
            String id = null;
            Map<String, Integer> copies = new HashMap<>();
            java.util.Set<String> withWork = new java.util.HashSet<>();
            while (r.hasNext()) {
                XMLEvent e = r.nextEvent();
                if (e.isStartElement()) {
                    depth++;
                    if (depth == 1) {
                        root = e.asStartElement();
                        continue;
                    }
                    if (depth == 2) {
                        String about = about(e.asStartElement());
                        String record = recordId(about, base);
                        int copy = copies.getOrDefault(record, 1);
                        if (about != null && about.endsWith("#Work") && !withWork.add(key(record, copy))) {
                            copy++;
                            withWork.add(key(record, copy));
                        }
                        copies.put(record, copy);
                        id = key(record, copy);
                        buf = new StringWriter();
                        w = outf.createXMLEventWriter(buf);
                        w.add(ef.createStartDocument("UTF-8", "1.0"));
                        w.add(ef.createStartElement(root.getName(), root.getAttributes(), root.getNamespaces()));
                    }
                } else if (e.isEndElement()) {
                    depth--;
                    if (depth == 0) break;
                    if (depth == 1 && w != null) {
                        w.add(e);
                        w.add(ef.createEndElement(root.getName(), java.util.Collections.emptyIterator()));
                        w.add(ef.createEndDocument());
                        w.close();
                        Graph g = out.computeIfAbsent(id, k -> GraphFactory.createDefaultGraph());
                        Graph element = GraphFactory.createDefaultGraph();
                        RDFParser.fromString(buf.toString(), Lang.RDFXML)
                                .base(base)
                                .errorHandler(ErrorHandlerFactory.errorHandlerNoLogging)
                                .parse(element);
                        if (!check.replaced.isEmpty()) {
                            resolvePlaceholders(element);
                            skipped.merge(id, check.replaced.size(), Integer::sum);
                            check.replaced.clear();
                        }
                        element.find().forEach(g::add);
                        w = null;
                        continue;
                    }
                }
                if (w != null && depth >= 1) w.add(e.isStartElement() ? check.sanitise(e.asStartElement(), ef) : e);
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("not RDF/XML read record by record: " + e.getMessage(), e);
        }
        return out;
    }

    /** Where a value that is not an IRI stands while an element is parsed: no IRI LoC's output holds. */
    static final String PLACEHOLDER = "urn:x-colophon:not-an-iri:";

    private static final java.util.Set<String> IRI_ATTRIBUTES = java.util.Set.of("about", "resource", "datatype");
    private static final Node TYPE = NodeFactory.createURI(RDF + "type");

    /** Tells the IRIs Jena's RDF/XML parser refuses (as it resolves them against the base) and stands them in. */
    private static final class IriCheck {
        private final IRIx base;
        private final Map<String, Boolean> valid = new HashMap<>();
        /** The values of the element being read that are not IRIs, each with its placeholder. */
        final Map<String, String> replaced = new HashMap<>();

        IriCheck(String base) {
            IRIx b;
            try {
                b = IRIx.create(base);
            } catch (IRIException e) {
                b = null;
            }
            this.base = b;
        }

        boolean valid(String value) {
            return valid.computeIfAbsent(value, v -> {
                try {
                    IRIx iri = base == null ? IRIx.create(v) : base.resolve(v);
                    return !iri.isRelative();
                } catch (IRIException | IllegalArgumentException e) {
                    return false;
                }
            });
        }

        /** The element, with each IRI attribute that is not an IRI replaced by its placeholder. */
        XMLEvent sanitise(StartElement e, XMLEventFactory ef) {
            boolean bad = false;
            for (Iterator<Attribute> it = e.getAttributes(); it.hasNext(); ) {
                Attribute a = it.next();
                if (rdfIriAttribute(a) && !valid(a.getValue())) bad = true;
            }
            if (!bad) return e;
            java.util.List<Attribute> attributes = new java.util.ArrayList<>();
            for (Iterator<Attribute> it = e.getAttributes(); it.hasNext(); ) {
                Attribute a = it.next();
                if (rdfIriAttribute(a) && !valid(a.getValue()))
                    a = ef.createAttribute(
                            a.getName(),
                            replaced.computeIfAbsent(a.getValue(), v -> PLACEHOLDER + (replaced.size() + 1)));
                attributes.add(a);
            }
            return ef.createStartElement(e.getName(), attributes.iterator(), e.getNamespaces());
        }

        private static boolean rdfIriAttribute(Attribute a) {
            return RDF.equals(a.getName().getNamespaceURI())
                    && IRI_ATTRIBUTES.contains(a.getName().getLocalPart());
        }
    }

    private static boolean placeholder(Node n) {
        return n.isURI() && n.getURI().startsWith(PLACEHOLDER);
    }

    /**
     * Takes the placeholders out: a node something is said of (beyond its class) becomes a blank node, so only its
     * name is lost; a statement whose object is a placeholder nothing is said of (an authority link, a role given by
     * IRI alone) is left out, as is the placeholder's class and a literal typed by a placeholder. What the value
     * was is lost either way; the rest of the record stays.
     */
    static void resolvePlaceholders(Graph g) {
        java.util.List<org.apache.jena.graph.Triple> held = g.find()
                .filterKeep(t -> placeholder(t.getSubject())
                        || placeholder(t.getObject())
                        || (t.getObject().isLiteral()
                                && t.getObject().getLiteralDatatypeURI() != null
                                && t.getObject().getLiteralDatatypeURI().startsWith(PLACEHOLDER)))
                .toList();
        Map<Node, Node> blank = new HashMap<>();
        for (org.apache.jena.graph.Triple t : held)
            if (placeholder(t.getSubject()) && !t.getPredicate().equals(TYPE))
                blank.computeIfAbsent(t.getSubject(), k -> NodeFactory.createBlankNode());
        for (org.apache.jena.graph.Triple t : held) {
            g.delete(t);
            Node o = t.getObject();
            if (o.isLiteral() && o.getLiteralDatatypeURI().startsWith(PLACEHOLDER)) continue;
            Node s = placeholder(t.getSubject()) ? blank.get(t.getSubject()) : t.getSubject();
            if (placeholder(o)) o = blank.get(o);
            if (s != null && o != null) g.add(s, t.getPredicate(), o);
        }
    }

    private static String about(StartElement e) {
        Attribute about = e.getAttributeByName(ABOUT);
        return about == null ? null : about.getValue();
    }

    /** The record a top-level element describes: its rdf:about under the base, up to '#'; "" when none. */
    private static String recordId(String iri, String base) {
        if (iri == null || !iri.startsWith(base)) return "";
        String rest = iri.substring(base.length());
        int hash = rest.indexOf('#');
        return hash < 0 ? rest : rest.substring(0, hash);
    }

    private static Map<String, Graph> fromDataset(Path file, String base) {
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFParser.source(file)
                .errorHandler(ErrorHandlerFactory.errorHandlerNoLogging)
                .parse(ds);
        Map<String, Graph> out = new HashMap<>();
        for (Iterator<Node> it = ds.listGraphNodes(); it.hasNext(); ) {
            Node n = it.next();
            if (!n.isURI() || !n.getURI().startsWith(base)) continue;
            Graph g = GraphFactory.createDefaultGraph();
            ds.getGraph(n).find().forEach(g::add);
            out.put(n.getURI().substring(base.length()), g);
        }
        return out;
    }

    /** Every record's graph in one (the reference read as a whole). */
    public static Graph union(Map<String, Graph> byRecord) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Graph r : byRecord.values()) r.find().forEach(g::add);
        return g;
    }
}
