package org.colophon.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** MADS/RDF terms as Jena nodes: the authority classes, element types and properties a MARC conversion links to. */
public final class MADS {

    public static final String NS = "http://www.loc.gov/mads/rdf/v1#";

    /** The namespace as a node. */
    public static final Node NAMESPACE = NodeFactory.createURI(NS);

    // Classes
    public static final Node Authority = term("Authority");
    public static final Node Variant = term("Variant");
    public static final Node DeprecatedAuthority = term("DeprecatedAuthority");
    public static final Node ComplexSubject = term("ComplexSubject");
    public static final Node ConferenceName = term("ConferenceName");
    public static final Node CorporateName = term("CorporateName");
    public static final Node FamilyName = term("FamilyName");
    public static final Node GenreForm = term("GenreForm");
    public static final Node Geographic = term("Geographic");
    public static final Node HierarchicalGeographic = term("HierarchicalGeographic");
    public static final Node Language = term("Language");
    public static final Node Name = term("Name");
    public static final Node NameTitle = term("NameTitle");
    public static final Node PersonalName = term("PersonalName");
    public static final Node Temporal = term("Temporal");
    public static final Node Title = term("Title");
    public static final Node Topic = term("Topic");
    public static final Node MADSScheme = term("MADSScheme");
    public static final Node MADSCollection = term("MADSCollection");
    public static final Node RWO = term("RWO");
    public static final Node Source = term("Source");
    public static final Node Identifier = term("Identifier");
    public static final Node Element = term("Element");
    public static final Node TopicElement = term("TopicElement");
    public static final Node GeographicElement = term("GeographicElement");
    public static final Node TemporalElement = term("TemporalElement");
    public static final Node GenreFormElement = term("GenreFormElement");
    public static final Node NameElement = term("NameElement");
    public static final Node FullNameElement = term("FullNameElement");
    public static final Node GivenNameElement = term("GivenNameElement");
    public static final Node FamilyNameElement = term("FamilyNameElement");
    public static final Node DateNameElement = term("DateNameElement");
    public static final Node TermsOfAddressNameElement = term("TermsOfAddressNameElement");
    public static final Node TitleElement = term("TitleElement");
    public static final Node MainTitleElement = term("MainTitleElement");
    public static final Node SubTitleElement = term("SubTitleElement");
    public static final Node PartNameElement = term("PartNameElement");
    public static final Node PartNumberElement = term("PartNumberElement");
    public static final Node NonSortElement = term("NonSortElement");
    public static final Node LanguageElement = term("LanguageElement");

    // Properties
    public static final Node authoritativeLabel = term("authoritativeLabel");
    public static final Node variantLabel = term("variantLabel");
    public static final Node deprecatedLabel = term("deprecatedLabel");
    public static final Node elementList = term("elementList");
    public static final Node componentList = term("componentList");
    public static final Node elementValue = term("elementValue");
    public static final Node code = term("code");
    public static final Node classification = term("classification");
    public static final Node isMemberOfMADSScheme = term("isMemberOfMADSScheme");
    public static final Node isMemberOfMADSCollection = term("isMemberOfMADSCollection");
    public static final Node hasMADSSchemeMember = term("hasMADSSchemeMember");
    public static final Node hasVariant = term("hasVariant");
    public static final Node hasExactExternalAuthority = term("hasExactExternalAuthority");
    public static final Node hasCloseExternalAuthority = term("hasCloseExternalAuthority");
    public static final Node hasBroaderAuthority = term("hasBroaderAuthority");
    public static final Node hasNarrowerAuthority = term("hasNarrowerAuthority");
    public static final Node hasRelatedAuthority = term("hasRelatedAuthority");
    public static final Node hasReciprocalAuthority = term("hasReciprocalAuthority");
    public static final Node identifiesRWO = term("identifiesRWO");
    public static final Node isIdentifiedByAuthority = term("isIdentifiedByAuthority");
    public static final Node hasSource = term("hasSource");
    public static final Node hasIdentifier = term("hasIdentifier");
    public static final Node idScheme = term("idScheme");
    public static final Node idValue = term("idValue");
    public static final Node definitionNote = term("definitionNote");
    public static final Node editorialNote = term("editorialNote");
    public static final Node note = term("note");
    public static final Node scopeNote = term("scopeNote");
    public static final Node citationNote = term("citationNote");
    public static final Node citationSource = term("citationSource");
    public static final Node birthDate = term("birthDate");
    public static final Node deathDate = term("deathDate");
    public static final Node fullerName = term("fullerName");

    private MADS() {}

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
