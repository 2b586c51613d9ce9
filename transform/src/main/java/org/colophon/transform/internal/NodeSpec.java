package org.colophon.transform.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A node a rule makes: its classes, whether it is minted as an IRI under the record ({@code [bf:Agent]#Agent} gives
 * {@code record#Agent100-1}) or left blank, and the property lines below it.
 */
public final class NodeSpec {
    private final List<String> classes;
    private final List<org.apache.jena.graph.Node> classNodes;
    private final String mintAs;
    private final String iriFrom;
    private final String iriTable;
    private final List<PropertyLine> lines = new ArrayList<>();

    public NodeSpec(List<String> classes, String mintAs, String iriFrom) {
        this(classes, mintAs, iriFrom, null);
    }

    public NodeSpec(List<String> classes, String mintAs, String iriFrom, String iriTable) {
        this.classes = List.copyOf(classes);
        this.classNodes = classes.stream()
                .map(org.apache.jena.graph.NodeFactory::createURI)
                .toList();
        this.mintAs = mintAs;
        this.iriFrom = iriFrom;
        this.leafCodes = iriFrom == null ? "" : iriFrom;
        this.iriTable = iriTable;
    }

    /**
     * Subfield codes whose first http(s) value names the node ({@code [bf:Agent]<$1>}; see {@link #subfieldIri}), or
     * {@code null}.
     */
    public String iriFrom() {
        return iriFrom;
    }

    /**
     * The code table that names the node by the code in an {@link #iriFrom} subfield ({@code
     * [bf:Source]<$2@nameTitleSchemes>}: {@code $2 gnd} names it {@code nameTitleSchemes/gnd}), or {@code null}: the
     * subfield holds the IRI itself.
     */
    public String iriTable() {
        return iriTable;
    }

    /**
     * The http(s) IRI a {@code $0}/{@code $1} holds, as LoC's converter reads it: bare ({@code http://…}) or after
     * MARC's {@code (uri)} source prefix ({@code (uri)http://…}; Alma libraries write a space after it, {@code (uri)
     * http://…}), any case; {@code null} when the value is no such IRI ({@code (DE-588)4061147-4}).
     */
    static String subfieldIri(String value) {
        String v = value.strip();
        if (v.regionMatches(true, 0, "(uri)", 0, 5)) v = v.substring(5).strip();
        return ValueMaker.isHttp(v) ? v : null;
    }

    /** True when some line reads the record, so a node with none of its data present can be dropped. */
    public boolean readsData() {
        byte known = readsData;
        if (known == 0) readsData = known = readsDataOf(lines) ? (byte) 1 : (byte) 2;
        return known == 1;
    }

    /**
     * {@link #readsData}, worked out on first use (the lines are complete once the rules are parsed) and kept: every
     * node the mapper makes asks. 0 not known yet, 1 yes, 2 no; threads that race both write the same value.
     */
    private byte readsData;

    /**
     * The subfield codes a node's data can come from, when every line that reads the record reads subfields and no
     * line makes a node of its own: its {@code SUBFIELDS} lines' codes and its {@code <$01>} codes. A scope with none
     * of them gives the node nothing but its constants, so it would be made, found empty and rolled back. {@code
     * null} when that cannot be told from the codes (a function, fixed positions, indicators, a nested node, a line
     * reading the whole field or after a group) or when no line reads the record. Kept up to date as lines are added.
     */
    CodeSet leafDataSet() {
        return leafData;
    }

    /** The codes of {@link #leafDataSet} so far, or null once a line makes it unknowable. */
    private String leafCodes;

    private CodeSet leafData;

    private static boolean readsDataOf(List<PropertyLine> lines) {
        for (PropertyLine l : lines) {
            ValueSpec.Kind k = l.value().kind();
            if (k == ValueSpec.Kind.NODE
                    ? l.value().node().readsData()
                    : k != ValueSpec.Kind.IRI && k != ValueSpec.Kind.LITERAL && k != ValueSpec.Kind.ANCHOR) {
                return true;
            }
        }
        return false;
    }

    public List<String> classes() {
        return classes;
    }

    /** The classes as RDF terms, made once. */
    public List<org.apache.jena.graph.Node> classNodes() {
        return classNodes;
    }

    /** Fragment stem for a minted IRI, or {@code null} for a blank node. */
    public String mintAs() {
        return mintAs;
    }

    public List<PropertyLine> lines() {
        return lines;
    }

    void add(PropertyLine line) {
        lines.add(line);
        if (leafCodes != null) {
            switch (line.value().kind()) {
                case IRI, LITERAL, ANCHOR -> {}
                case SUBFIELDS -> {
                    leafCodes += line.value().codes();
                    leafData = CodeSet.of(leafCodes);
                }
                default -> {
                    leafCodes = null;
                    leafData = null;
                }
            }
        }
        soleRequired = lines.size() == 1
                        && line.required()
                        && line.conditions().isEmpty()
                        && line.value().kind() == ValueSpec.Kind.SUBFIELDS
                ? line
                : null;
        // the first required line that reads subfields and nothing else, and is not itself conditional
        if (requiredCodes == null
                && line.required()
                && line.value().kind() == ValueSpec.Kind.SUBFIELDS
                && line.conditions().isEmpty()) {
            requiredCodes = line.value().codes();
            requiredSet = line.value().codeSet();
        }
    }

    private String requiredCodes;

    private CodeSet requiredSet;

    /** {@link #requiredCodes} as a set made once, or null. */
    CodeSet requiredSet() {
        return requiredSet;
    }

    private PropertyLine soleRequired;

    /**
     * The node's one line when it has no other, is required, has no conditions and reads subfields (an identifier's
     * {@code rdf:value! $0 | keep('(')}): its values can be worked out before the node is made, and a node they do
     * not give is never made. {@code null} for any other node.
     */
    public PropertyLine soleRequiredLine() {
        return soleRequired;
    }

    /**
     * The subfield codes a required line of this node reads: a field with none of them cannot give the node, so it
     * need not be made and rolled back. {@code null} when no unconditional required line reads only subfields.
     */
    public String requiredCodes() {
        return requiredCodes;
    }
}
