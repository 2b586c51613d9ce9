package org.colophon.discovery.internal;

import java.util.List;
import org.colophon.discovery.Hit;

/**
 * What the index keeps of one Instance, read off its record's BIBFRAME triples.
 *
 * @param titles display titles (main title with subtitle), one per script
 * @param titleTexts every title string: main, sub, part, variant, in every script
 * @param contributors display names, one per contributor (the vernacular form when there is one)
 * @param contributorTexts every form of every name
 * @param subjects subject labels
 * @param other publisher, place, series, edition, responsibility, notes: searched, not shown
 * @param identifiers normalised ISBN (both lengths), ISSN (with and without hyphen), LCCN
 * @param facets dimension → values
 * @param authorities IRIs of the authorities its names and subjects are linked to
 */
public record InstanceDoc(
        String id,
        String graph,
        String source,
        String recordId,
        String checksum,
        List<Hit.Text> titles,
        List<String> titleTexts,
        List<String> contributors,
        List<String> contributorTexts,
        List<String> subjects,
        List<String> other,
        String date,
        Integer year,
        List<String> publishers,
        List<String> identifiers,
        java.util.Map<String, List<String>> facets,
        List<String> authorities) {}
