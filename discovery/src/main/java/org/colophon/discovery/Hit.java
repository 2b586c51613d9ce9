package org.colophon.discovery;

import java.util.List;

/**
 * One Instance found.
 *
 * @param id the Instance IRI (its linked-data page)
 * @param title the title to show first (the vernacular one when there is one)
 * @param titles every display title with its language tag ({@code ""} when untagged)
 * @param contributors names, one per contributor
 * @param date the publication date as catalogued
 * @param libraries the sources (libraries) the record came from
 * @param highlight the matched title with {@code <b>…</b>} around what matched, or {@code null}
 * @param publishers publisher names as catalogued
 * @param subjects subject labels
 */
public record Hit(
        String id,
        String title,
        List<Text> titles,
        List<String> contributors,
        String date,
        List<String> libraries,
        String highlight,
        List<String> publishers,
        List<String> subjects) {

    /** A literal and its language tag. */
    public record Text(String value, String lang) {}
}
