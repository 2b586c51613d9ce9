package org.colophon.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * BIBFRAME LC extension terms as Jena nodes: every class and property that {@code ontologies/bflc.rdf} defines
 * (checked against the bundled ontology by {@code BFLCTest}). {@code aap-normalized} is {@code aapNormalized}.
 */
public final class BFLC {

    public static final String NS = "http://id.loc.gov/ontologies/bflc/";

    /** The namespace as a node. */
    public static final Node NAMESPACE = NodeFactory.createURI(NS);

    // Classes
    public static final Node PrimaryContribution = term("PrimaryContribution");
    public static final Node Relationship = term("Relationship");
    public static final Node TransliteratedTitle = term("TransliteratedTitle");
    public static final Node DemographicGroup = term("DemographicGroup");
    public static final Node CreatorCharacteristic = term("CreatorCharacteristic");
    public static final Node SeriesTreatment = term("SeriesTreatment");
    public static final Node SeriesSequentialDesignation = term("SeriesSequentialDesignation");
    public static final Node SeriesNumberingPeculiarities = term("SeriesNumberingPeculiarities");
    public static final Node SeriesNumbering = term("SeriesNumbering");
    public static final Node SeriesProvider = term("SeriesProvider");
    public static final Node SeriesAnalysis = term("SeriesAnalysis");
    public static final Node SeriesTracing = term("SeriesTracing");
    public static final Node SeriesClassification = term("SeriesClassification");
    public static final Node MovingImageTechnique = term("MovingImageTechnique");
    public static final Node GovernmentPubType = term("GovernmentPubType");
    public static final Node SerialPubType = term("SerialPubType");
    public static final Node Relief = term("Relief");
    public static final Node CaptureStorage = term("CaptureStorage");
    public static final Node MachineModel = term("MachineModel");
    public static final Node ProgrammingLanguage = term("ProgrammingLanguage");
    public static final Node OperatingSystem = term("OperatingSystem");
    public static final Node ImageBitDepth = term("ImageBitDepth");
    public static final Node GrooveCutting = term("GrooveCutting");
    public static final Node MetadataLicensor = term("MetadataLicensor");
    public static final Node EncodingLevel = term("EncodingLevel");
    public static final Node Relation = term("Relation");
    public static final Node AppliesTo = term("AppliesTo");
    public static final Node Uncontrolled = term("Uncontrolled");
    public static final Node Deprecated = term("Deprecated");
    public static final Node SecondaryInstance = term("SecondaryInstance");

    // Properties
    public static final Node aap = term("aap");
    public static final Node aapNormalized = term("aap-normalized");
    public static final Node alternateMediumOfPerformance = term("alternateMediumOfPerformance");
    public static final Node applicableInstitution = term("applicableInstitution");
    public static final Node appliesTo = term("appliesTo");
    public static final Node catalogerId = term("catalogerId");
    public static final Node citation = term("citation");
    public static final Node creatorCharacteristic = term("creatorCharacteristic");
    public static final Node demographicGroup = term("demographicGroup");
    public static final Node distributionStatement = term("distributionStatement");
    public static final Node encodingLevel = term("encodingLevel");
    public static final Node governmentPubType = term("governmentPubType");
    public static final Node indexedIn = term("indexedIn");
    public static final Node manufactureStatement = term("manufactureStatement");
    public static final Node marcKey = term("marcKey");
    public static final Node metadataLicensor = term("metadataLicensor");
    public static final Node movingImageTechnique = term("movingImageTechnique");
    public static final Node name00MarcKey = term("name00MarcKey");
    public static final Node name00MatchKey = term("name00MatchKey");
    public static final Node name10MarcKey = term("name10MarcKey");
    public static final Node name10MatchKey = term("name10MatchKey");
    public static final Node name11MarcKey = term("name11MarcKey");
    public static final Node name11MatchKey = term("name11MatchKey");
    public static final Node nonSortNum = term("nonSortNum");
    public static final Node primaryContributorName00MatchKey = term("primaryContributorName00MatchKey");
    public static final Node primaryContributorName10MatchKey = term("primaryContributorName10MatchKey");
    public static final Node primaryContributorName11MatchKey = term("primaryContributorName11MatchKey");
    public static final Node procInfo = term("procInfo");
    public static final Node productionStatement = term("productionStatement");
    public static final Node profile = term("profile");
    public static final Node projectedProvisionDate = term("projectedProvisionDate");
    public static final Node publicationStatement = term("publicationStatement");
    public static final Node readMarc382 = term("readMarc382");
    public static final Node relation = term("relation");
    public static final Node relationship = term("relationship");
    public static final Node relief = term("relief");
    public static final Node serialPubType = term("serialPubType");
    public static final Node seriesTreatment = term("seriesTreatment");
    public static final Node simpleAgent = term("simpleAgent");
    public static final Node simpleDate = term("simpleDate");
    public static final Node simplePlace = term("simplePlace");
    public static final Node target = term("target");
    public static final Node title00MarcKey = term("title00MarcKey");
    public static final Node title00MatchKey = term("title00MatchKey");
    public static final Node title10MarcKey = term("title10MarcKey");
    public static final Node title10MatchKey = term("title10MatchKey");
    public static final Node title11MarcKey = term("title11MarcKey");
    public static final Node title11MatchKey = term("title11MatchKey");
    public static final Node title30MarcKey = term("title30MarcKey");
    public static final Node title30MatchKey = term("title30MatchKey");
    public static final Node title40MarcKey = term("title40MarcKey");
    public static final Node title40MatchKey = term("title40MatchKey");
    public static final Node titleSortKey = term("titleSortKey");

    private BFLC() {}

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
