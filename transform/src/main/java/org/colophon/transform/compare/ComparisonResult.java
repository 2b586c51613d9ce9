package org.colophon.transform.compare;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of a comparison: per family the reference's values, how many we match and the percentage, and every
 * reference value we miss, by record. Printable as an aligned table or as TSV.
 *
 * @param records records compared (found in both the MARC input and the reference)
 * @param unmatched records of the MARC input without a Work in the reference (or without an 001), not compared
 * @param families one score per family, in the order of {@link Family#ALL}
 * @param misses the reference values we did not give
 */
public record ComparisonResult(int records, int unmatched, List<FamilyScore> families, List<Miss> misses) {

    /** Several comparisons as one: records, values and misses added up, family by family. */
    public static ComparisonResult sum(java.util.Collection<ComparisonResult> results) {
        int records = 0;
        int unmatched = 0;
        int[] ref = new int[Family.ALL.size()];
        int[] matched = new int[Family.ALL.size()];
        int[] ours = new int[Family.ALL.size()];
        List<Miss> misses = new java.util.ArrayList<>();
        for (ComparisonResult r : results) {
            records += r.records();
            unmatched += r.unmatched();
            misses.addAll(r.misses());
            for (int i = 0; i < Family.ALL.size(); i++) {
                FamilyScore s = r.family(Family.ALL.get(i).name());
                ref[i] += s.reference();
                matched[i] += s.matched();
                ours[i] += s.ours();
            }
        }
        List<FamilyScore> scores = new java.util.ArrayList<>();
        for (int i = 0; i < Family.ALL.size(); i++)
            scores.add(new FamilyScore(Family.ALL.get(i).name(), ref[i], matched[i], ours[i]));
        return new ComparisonResult(records, unmatched, scores, misses);
    }

    public FamilyScore family(String name) {
        for (FamilyScore f : families) if (f.family().equals(name)) return f;
        throw new IllegalArgumentException("no family " + name);
    }

    /** The per-family figures as an aligned text table, with a summary line. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT, "%-16s %10s %10s %8s %10s%n", "family", "reference", "matched", "%", "ours"));
        for (FamilyScore f : families) {
            sb.append(String.format(
                    Locale.ROOT,
                    "%-16s %10d %10d %8.1f %10d%n",
                    f.family(),
                    f.reference(),
                    f.matched(),
                    f.percent(),
                    f.ours()));
        }
        sb.append(String.format(Locale.ROOT, "%d records compared, %d not in the reference%n", records, unmatched));
        return sb.toString();
    }

    /** The per-family figures as TSV with a header line. */
    public String tsv() {
        StringBuilder sb = new StringBuilder("family\treference\tmatched\tpercent\tours\n");
        for (FamilyScore f : families) {
            sb.append(f.family())
                    .append('\t')
                    .append(f.reference())
                    .append('\t')
                    .append(f.matched());
            sb.append('\t').append(String.format(Locale.ROOT, "%.1f", f.percent()));
            sb.append('\t').append(f.ours()).append('\n');
        }
        return sb.toString();
    }

    /** Every miss as TSV: record, family, path, value. */
    public String missesTsv() {
        StringBuilder sb = new StringBuilder("record\tfamily\tpath\tvalue\n");
        for (Miss m : misses) {
            sb.append(m.record())
                    .append('\t')
                    .append(m.family())
                    .append('\t')
                    .append(m.path())
                    .append('\t');
            sb.append(m.value().replace('\t', ' ').replace('\n', ' ')).append('\n');
        }
        return sb.toString();
    }
}
