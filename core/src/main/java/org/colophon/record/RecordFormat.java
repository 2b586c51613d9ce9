package org.colophon.record;

/** The serialisation of one {@link SourceRecord}'s raw bytes. */
public enum RecordFormat {
    /** MARC 21 in ISO 2709 exchange format: one record, ending with the record terminator 0x1D. */
    MARC21,
    /** One MARC 21 {@code record} element in MARCXML (namespace http://www.loc.gov/MARC21/slim). */
    MARCXML,
    /** One record object in MARC-in-JSON. */
    MARC_JSON,
    /** UNIMARC or CNMARC in ISO 2709. */
    UNIMARC,
    /** One UNIMARC/CNMARC record element in XML. */
    UNIMARCXML,
    /** One {@code oai_dc:dc} element (simple or qualified Dublin Core). */
    DUBLIN_CORE,
    /**
     * One authority described in RDF (MADS/RDF, SKOS, the GND ontology): a whole Turtle, N-Triples or RDF/XML file,
     * told apart by its name ({@code .ttl}, {@code .nt}, {@code .rdf}, {@code .owl}).
     */
    RDF;

    /** True for the MARC 21 bibliographic serialisations. */
    public boolean isMarc21() {
        return this == MARC21 || this == MARCXML || this == MARC_JSON;
    }
}
