package org.colophon.transform;

import java.util.ArrayList;
import java.util.List;
import org.colophon.transform.internal.RuleSyntaxException;
import org.colophon.vocab.CodeTables;

/**
 * The fields and subfields a rule set leaves out on purpose, each with its reason: the {@code dropped} file beside
 * the rule files. One entry a line, {@code PATTERN  REASON}; a pattern is a tag ({@code 906}), a tag with {@code X}
 * for any digit ({@code 9XX}, {@code 59X}), either followed by the subfield codes it covers ({@code 040$c},
 * {@code 6XX$5}; without them, the whole field), or the word {@code nonnumeric} for every tag with a letter in it
 * (a system's own fields, {@code AVA}, {@code ITM}), or {@code notmarc21} for every tag and subfield MARC 21
 * bibliographic does not define (the {@code marc21Fields} code table); {@code $*} stands for any subfield. A line
 * starting with {@code later} lists what is not mapped yet rather than dropped ({@code later 031 musical incipits}).
 * The first entry that covers a tag/subfield gives its reason.
 * {@code colophon convert --coverage} marks these and names every other tag/subfield with data no rule read.
 */
public final class Dropped {
    private record Entry(String tag, String codes, String reason, boolean later) {
        boolean covers(String key) {
            int dollar = key.indexOf('$');
            String t = dollar < 0 ? key : key.substring(0, dollar);
            if (tag.equals("nonnumeric")) {
                if (t.chars().allMatch(Character::isDigit)) return false;
            } else if (tag.equals("notmarc21")) {
                return !definedInMarc21(t, dollar < 0 ? 0 : key.charAt(dollar + 1));
            } else {
                if (t.length() != tag.length()) return false;
                for (int i = 0; i < t.length(); i++) {
                    char p = tag.charAt(i);
                    char c = t.charAt(i);
                    if (p == 'X' ? !Character.isDigit(c) : Character.toUpperCase(p) != Character.toUpperCase(c))
                        return false;
                }
            }
            return codes == null || (dollar >= 0 && (codes.equals("*") || codes.indexOf(key.charAt(dollar + 1)) >= 0));
        }
    }

    /** Whether MARC 21 bibliographic defines this tag (and this subfield of it; {@code 0}: no subfield). */
    static boolean definedInMarc21(String tag, char code) {
        var entry = CodeTables.get("marc21Fields").lookup(tag);
        if (entry.isEmpty()) return false;
        if (code == 0) return true;
        return entry.get().attribute("subfields").orElse("").indexOf(code) >= 0;
    }

    /** No field dropped on purpose. */
    public static final Dropped NONE = new Dropped("", List.of());

    private final String source;
    private final List<Entry> entries;

    private Dropped(String source, List<Entry> entries) {
        this.source = source;
        this.entries = List.copyOf(entries);
    }

    /**
     * Reads the lines of a {@code dropped} file; {@code shown} names it in errors ({@code marc21/dropped:4: …}) and in
     * the run's coverage line. Blank lines and lines starting with {@code #} are skipped.
     */
    public static Dropped parse(String shown, List<String> lines) {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            boolean later = l.startsWith("later ");
            if (later) l = l.substring(6).strip();
            String[] parts = l.split("\\s+", 2);
            if (parts.length < 2)
                throw new RuleSyntaxException(shown + ":" + (i + 1), "no reason given for " + parts[0]);
            String pattern = parts[0];
            int dollar = pattern.indexOf('$');
            String tag = dollar < 0 ? pattern : pattern.substring(0, dollar);
            String codes = dollar < 0 ? null : pattern.substring(dollar + 1);
            boolean tagOk =
                    tag.equals("nonnumeric") || tag.equals("notmarc21") || tag.matches("[0-9X]{3}|[A-Za-z0-9]{3}");
            if (!tagOk || (codes != null && codes.isEmpty())) {
                throw new RuleSyntaxException(
                        shown + ":" + (i + 1), "not a tag pattern: " + pattern + " (906, 9XX, 040$c, nonnumeric)");
            }
            out.add(new Entry(tag, codes, parts[1].strip(), later));
        }
        return new Dropped(shown, out);
    }

    /** Why this tag or tag/subfield ({@code 906}, {@code 040$c}) is left out, or {@code null} when it is not. */
    public String reason(String key) {
        for (Entry e : entries) if (e.covers(key)) return e.reason();
        return null;
    }

    /** Whether the entry that covers this key lists it as not mapped yet ({@code later}) rather than dropped. */
    public boolean later(String key) {
        for (Entry e : entries) if (e.covers(key)) return e.later();
        return false;
    }

    /** Where the list was read from ({@code marc21/dropped}), empty for {@link #NONE}. */
    public String source() {
        return source;
    }

    public int size() {
        return entries.size();
    }
}
