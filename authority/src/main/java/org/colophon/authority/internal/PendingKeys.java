package org.colophon.authority.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import org.colophon.authority.Authority;

/**
 * The keys under which an unlinked heading waits for an authority, and under which an arriving authority finds the
 * headings it may serve: the heading after NACO normalisation, the same without its dates ({@code mozart wolfgang
 * amadeus}), and {@code id:} followed by each identifier key ({@code id:lccn:n79021164}). A heading and an authority
 * that share a key are worth resolving again; the linker decides whether they are a link.
 */
public final class PendingKeys {
    private PendingKeys() {}

    /** The keys of a heading as a record writes it, with the identifier keys its $0/$1 gave. */
    public static Set<String> ofHeading(String label, Set<String> identifiers) {
        Set<String> out = new LinkedHashSet<>();
        forms(out, label);
        for (String id : identifiers) out.add("id:" + id);
        return out;
    }

    /** The keys an authority answers to: its heading and variants, with and without dates, and its identifiers. */
    public static Set<String> ofAuthority(Authority a) {
        Set<String> out = new LinkedHashSet<>();
        forms(out, a.label());
        for (Authority.Variant v : a.variants()) forms(out, v.label());
        for (String id : a.identifiers()) out.add("id:" + id);
        return out;
    }

    private static void forms(Set<String> out, String label) {
        String full = Naco.normalize(label);
        if (!full.isEmpty()) out.add(full);
        String name = Naco.normalize(Naco.split(label).name());
        if (!name.isEmpty()) out.add(name);
    }
}
