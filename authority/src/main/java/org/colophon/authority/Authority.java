package org.colophon.authority;

import java.util.List;
import java.util.Set;

/**
 * One authority as the linker and the reconciliation service see it: read from the {@code record#Authority} node an
 * authority record's graph holds (see {@code rules/marc21-authority/}).
 *
 * @param iri the authority, {@code {record}#Authority}
 * @param graph the record's graph
 * @param kind what it names
 * @param label the preferred heading (1XX)
 * @param variants the variant headings (4XX), each with its language tag ({@code ""} when none)
 * @param identifiers normalised identifiers ({@link Identifiers#key}): LCCN, GND, VIAF, ISNI, ORCID, 035 numbers
 * @param dates the dates of the heading ({@code 1904-1987}), or {@code ""}
 * @param notes occupations, field of activity and biographical notes (374, 372, 678)
 * @param sources where the heading was found (670 $a)
 */
public record Authority(
        String iri,
        String graph,
        Kind kind,
        String label,
        List<Variant> variants,
        Set<String> identifiers,
        String dates,
        List<String> notes,
        List<String> sources) {

    public Authority {
        variants = List.copyOf(variants);
        identifiers = Set.copyOf(identifiers);
        notes = List.copyOf(notes);
        sources = List.copyOf(sources);
    }

    /** A variant heading and its BCP 47 tag ({@code ""} when none). */
    public record Variant(String label, String lang) {}

    /** Whether it carries a national authority number (an LCCN or a GND id): the record to prefer among duplicates. */
    public boolean national() {
        for (String id : identifiers) if (id.startsWith("lccn:") || id.startsWith("gnd:")) return true;
        return false;
    }

    /** How much the record says: duplicates are resolved to the richest. */
    int richness() {
        return (national() ? 1000 : 0) + variants.size() * 10 + sources.size() + identifiers.size();
    }
}
