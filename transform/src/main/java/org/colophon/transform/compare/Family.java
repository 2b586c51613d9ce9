package org.colophon.transform.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * A BIBFRAME property family and the paths that reach its values from a record's Work ({@code W}) or Instance
 * ({@code I}), or from the AdminMetadata of either ({@code A}). The path language is described in {@link PathSpec}. The same paths read both graphs; each value is
 * keyed by its path, so a value only matches when it sits on the same path in ours.
 *
 * <p>Tuples tie values that only mean something together: an identifier is its class and its value, a contribution
 * is an agent's name and its role, a classification is its scheme class and its number. {@code a} reads only
 * BIBFRAME classes, so MADS typing (madsrdf:Topic, ComplexSubject) is neither asked for nor credited.
 */
public record Family(String name, List<String> paths) {

    /** The table: one line per family. */
    public static final List<Family> ALL = List.of(
            new Family(
                    "titles",
                    "W title/{a,mainTitle}",
                    "W title/{a,subtitle}",
                    "W title/{a,partNumber}",
                    "W title/{a,partName}",
                    "I title/{a,mainTitle}",
                    "I title/{a,subtitle}",
                    "I title/{a,partNumber}",
                    "I title/{a,partName}"),
            new Family(
                    "identifiers",
                    "I identifiedBy/{a,value}",
                    "I identifiedBy/{a,qualifier}",
                    "W identifiedBy/{a,value}"),
            new Family(
                    "contributors",
                    "W contribution/{agent/label,role}",
                    "W contribution/{agent/label,agent/a}",
                    "W contribution/{agent/label,a}"),
            new Family("subjects", "W subject/{a,label}", "W subject/{label,source}"),
            new Family(
                    "provision",
                    "I provisionActivity/{a,bflc:simplePlace}",
                    "I provisionActivity/{a,bflc:simpleAgent}",
                    "I provisionActivity/{a,bflc:simpleDate}",
                    "I provisionActivity/{a,date}",
                    "I provisionActivity/{a,place}",
                    "I publicationStatement",
                    "I copyrightDate"),
            new Family("extent", "I extent/label", "I extent/note/label", "I dimensions"),
            new Family(
                    "notes",
                    "I note/label",
                    "W note/label",
                    "W summary/label",
                    "W tableOfContents/label",
                    "W dissertation/label"),
            new Family(
                    "classification", "W classification/{a,classificationPortion}", "W classification/{a,itemPortion}"),
            new Family("languages", "W language", "I language"),
            new Family(
                    "series",
                    "W relation[relationship=relationship:series]/associatedResource/title/mainTitle",
                    "W relation[relationship=relationship:series]/seriesEnumeration",
                    "W relation[relationship=relationship:series]/associatedResource/identifiedBy/value"),
            new Family("genreForm", "W genreForm", "I genreForm"),
            new Family("carrier", "W content", "I media", "I carrier"),
            new Family("admin", "A descriptionConventions", "A descriptionLanguage", "A identifiedBy/{a,value}"),
            new Family(
                    "related",
                    "W relation/{relationship,associatedResource/title/mainTitle}",
                    "W relation/associatedResource/hasInstance/identifiedBy/{a,value}",
                    "W relation/associatedResource/identifiedBy/{a,value}",
                    "W relation/associatedResource/hasInstance/title/mainTitle"));

    public Family(String name, String... paths) {
        this(name, List.of(paths));
    }

    List<PathSpec> specs() {
        List<PathSpec> out = new ArrayList<>(paths.size());
        for (String p : paths) out.add(PathSpec.parse(p));
        return out;
    }
}
