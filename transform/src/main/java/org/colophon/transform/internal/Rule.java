package org.colophon.transform.internal;

import java.util.List;

/**
 * One rule: which fields it reads ({@code tags}, or a control field's positions), how it groups a field's subfields
 * ({@code $a} in the header makes one value or node per group starting at each {@code $a}), what it hangs off
 * ({@code Work}, {@code Instance}, {@code Admin}), and the property line it produces there.
 *
 * @param tags the tags this rule reads; {@code LDR} for the leader
 * @param groupBy subfield code that starts each group, or 0 for the whole field
 * @param anchor {@code Work}, {@code Instance} or {@code Admin}
 * @param line the property line on the anchor
 */
public record Rule(List<String> tags, char groupBy, String anchor, PropertyLine line) {

    public String origin() {
        return line.origin();
    }
}
