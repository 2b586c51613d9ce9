package org.colophon.authority;

import java.util.Map;
import java.util.Set;

/** What a heading names, from its MADS/RDF or BIBFRAME class; the reconciliation types are these. */
public enum Kind {
    PERSON("Person"),
    FAMILY("Family"),
    ORGANIZATION("Organization"),
    MEETING("Meeting"),
    WORK("Work"),
    TOPIC("Topic"),
    PLACE("Place"),
    TEMPORAL("Temporal"),
    GENRE("GenreForm"),
    /** A heading with subdivisions ({@code Handel, George Frideric, 1685-1759 -- Operas}). */
    COMPLEX("ComplexSubject"),
    /** A name whose kind the record does not say (a bare {@code bf:Agent}). */
    AGENT("Agent");

    static final String BF = org.colophon.vocab.BF.NS;
    static final String MADS = org.colophon.vocab.MADS.NS;

    private static final Map<String, Kind> BY_CLASS = Map.ofEntries(
            Map.entry(BF + "Person", PERSON),
            Map.entry(BF + "Family", FAMILY),
            Map.entry(BF + "Organization", ORGANIZATION),
            Map.entry(BF + "Jurisdiction", ORGANIZATION),
            Map.entry(BF + "Meeting", MEETING),
            Map.entry(BF + "Work", WORK),
            Map.entry(BF + "Topic", TOPIC),
            Map.entry(BF + "Place", PLACE),
            Map.entry(BF + "Temporal", TEMPORAL),
            Map.entry(BF + "GenreForm", GENRE),
            Map.entry(BF + "Agent", AGENT),
            Map.entry(MADS + "ComplexSubject", COMPLEX));

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    /** The type's name in the reconciliation API ({@code Person}, {@code Topic}, …). */
    public String label() {
        return label;
    }

    /** The kind a class IRI stands for, or null. */
    public static Kind ofClass(String iri) {
        return BY_CLASS.get(iri);
    }

    /** The kind named by a reconciliation type id, or null. */
    public static Kind ofLabel(String label) {
        for (Kind k : values()) if (k.label.equalsIgnoreCase(label)) return k;
        return null;
    }

    private static final Set<Kind> NAMES = Set.of(PERSON, FAMILY, ORGANIZATION, MEETING, AGENT);

    /** Whether a heading of this kind may name an authority of {@code other}: the same kind, or any name for AGENT. */
    public boolean compatible(Kind other) {
        if (this == other) return true;
        if (this == AGENT || other == AGENT) return NAMES.contains(this) && NAMES.contains(other);
        return (this == TOPIC && other == COMPLEX) || (this == COMPLEX && other == TOPIC);
    }
}
