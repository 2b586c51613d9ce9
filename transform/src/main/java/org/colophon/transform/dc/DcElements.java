package org.colophon.transform.dc;

import java.util.Set;

/**
 * The element names a Dublin Core record's fields are tagged with: the fifteen elements of
 * {@code http://purl.org/dc/elements/1.1/} and the terms of {@code http://purl.org/dc/terms/} that hold values.
 * An element keeps its local name as its tag ({@code dc:title} and {@code dcterms:title} are both {@code title}).
 */
public final class DcElements {
    public static final String DC = "http://purl.org/dc/elements/1.1/";
    public static final String DCTERMS = "http://purl.org/dc/terms/";

    /** The fifteen Dublin Core elements. */
    public static final Set<String> ELEMENTS = Set.of(
            "title",
            "creator",
            "subject",
            "description",
            "publisher",
            "contributor",
            "date",
            "type",
            "format",
            "identifier",
            "source",
            "language",
            "relation",
            "coverage",
            "rights");

    /** Every name a field may carry: the elements and the DCMI terms refining them. */
    public static final Set<String> NAMES = Set.copyOf(union());

    private DcElements() {}

    private static java.util.Set<String> union() {
        java.util.Set<String> all = new java.util.HashSet<>(ELEMENTS);
        all.addAll(Set.of(
                "abstract",
                "accessRights",
                "accrualMethod",
                "accrualPeriodicity",
                "accrualPolicy",
                "alternative",
                "audience",
                "available",
                "bibliographicCitation",
                "conformsTo",
                "created",
                "dateAccepted",
                "dateCopyrighted",
                "dateSubmitted",
                "educationLevel",
                "extent",
                "hasFormat",
                "hasPart",
                "hasVersion",
                "instructionalMethod",
                "isFormatOf",
                "isPartOf",
                "isReferencedBy",
                "isReplacedBy",
                "isRequiredBy",
                "issued",
                "isVersionOf",
                "license",
                "mediator",
                "medium",
                "modified",
                "provenance",
                "references",
                "replaces",
                "requires",
                "rightsHolder",
                "spatial",
                "tableOfContents",
                "temporal",
                "valid"));
        return all;
    }

    /** True for the namespaces whose elements become fields. */
    public static boolean isDublinCore(String namespace) {
        return DC.equals(namespace) || DCTERMS.equals(namespace);
    }
}
