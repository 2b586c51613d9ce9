package org.colophon.vocab;

import org.apache.jena.shared.PrefixMapping;

/**
 * The prefixes Colophon writes Turtle and answers SPARQL with: the ontologies it uses and the id.loc.gov
 * vocabularies its code tables point into. The mapping is locked; take {@link #newMapping()} to add your own.
 */
public final class Prefixes {

    private static final String LOC_VOCAB = "http://id.loc.gov/vocabulary/";

    /** The shared, read-only mapping. */
    public static final PrefixMapping STANDARD = newMapping().lock();

    private Prefixes() {}

    /** A fresh, writable copy of the standard prefixes. */
    public static PrefixMapping newMapping() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("bf", BF.NS);
        pm.setNsPrefix("bflc", BFLC.NS);
        pm.setNsPrefix("madsrdf", MADS.NS);
        pm.setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        pm.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        pm.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        pm.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        pm.setNsPrefix("dcterms", "http://purl.org/dc/terms/");
        pm.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        pm.setNsPrefix("void", "http://rdfs.org/ns/void#");
        pm.setNsPrefix("sd", "http://www.w3.org/ns/sparql-service-description#");
        pm.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        pm.setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
        for (String vocabulary : new String[] {
            "languages",
            "countries",
            "relators",
            "contentTypes",
            "mediaTypes",
            "carriers",
            "issuance",
            "mstatus",
            "mnotetype",
            "relationship",
            "menclvl",
            "organizations",
            "classSchemes",
            "subjectSchemes",
            "genreFormSchemes",
            "identifiers",
            "descriptionConventions",
            "marcauthen",
            "geographicAreas"
        }) {
            pm.setNsPrefix(vocabulary, LOC_VOCAB + vocabulary + "/");
        }
        pm.setNsPrefix("genreForms", "http://id.loc.gov/authorities/genreForms/");
        pm.setNsPrefix("subjects", "http://id.loc.gov/authorities/subjects/");
        pm.setNsPrefix("names", "http://id.loc.gov/authorities/names/");
        return pm;
    }
}
