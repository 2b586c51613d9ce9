package org.colophon.transform.compare;

import java.util.Locale;
import java.util.Map;

/**
 * The per-dataset figures as one Markdown table: a row per dataset (records compared, records LoC's converter failed
 * on or that have no 001; records read as UNIMARC, left out of this MARC 21 comparison), a column per family with
 * the percentage of the reference's values we match, and a last row over all datasets together. A dataset whose
 * reference has no value in a family shows a dash.
 */
public final class DatasetTable {
    private DatasetTable() {}

    public static String markdown(Map<String, ComparisonResult> datasets) {
        return markdown(datasets, Map.of());
    }

    /** {@code unimarc}: per dataset, how many of its records were read as UNIMARC and so not compared. */
    public static String markdown(Map<String, ComparisonResult> datasets, Map<String, Integer> unimarc) {
        StringBuilder sb = new StringBuilder("| dataset | records | not compared | UNIMARC |");
        StringBuilder rule = new StringBuilder("|---|---:|---:|---:|");
        for (Family f : Family.ALL) {
            sb.append(' ').append(f.name()).append(" |");
            rule.append("---:|");
        }
        sb.append('\n').append(rule).append('\n');
        int[] ref = new int[Family.ALL.size()];
        int[] matched = new int[Family.ALL.size()];
        int records = 0;
        int unmatched = 0;
        int unimarcs = 0;
        for (Map.Entry<String, ComparisonResult> e : datasets.entrySet()) {
            ComparisonResult r = e.getValue();
            records += r.records();
            unmatched += r.unmatched();
            sb.append("| ").append(e.getKey()).append(" | ").append(r.records()).append(" | ");
            int u = unimarc.getOrDefault(e.getKey(), 0);
            unimarcs += u;
            sb.append(r.unmatched()).append(" | ").append(u).append(" |");
            for (int i = 0; i < Family.ALL.size(); i++) {
                FamilyScore s = r.family(Family.ALL.get(i).name());
                ref[i] += s.reference();
                matched[i] += s.matched();
                sb.append(' ').append(cell(s.reference(), s.matched())).append(" |");
            }
            sb.append('\n');
        }
        sb.append("| **all** | ")
                .append(records)
                .append(" | ")
                .append(unmatched)
                .append(" | ")
                .append(unimarcs)
                .append(" |");
        for (int i = 0; i < ref.length; i++)
            sb.append(' ').append(cell(ref[i], matched[i])).append(" |");
        return sb.append('\n').toString();
    }

    private static String cell(int reference, int matched) {
        return reference == 0 ? "–" : String.format(Locale.ROOT, "%.1f", 100.0 * matched / reference);
    }
}
