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
        int unimarcs = 0;
        for (Map.Entry<String, ComparisonResult> e : datasets.entrySet()) {
            int u = unimarc.getOrDefault(e.getKey(), 0);
            unimarcs += u;
            row(sb, e.getKey(), e.getValue(), u);
        }
        row(sb, "**all**", ComparisonResult.sum(datasets.values()), unimarcs);
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, ComparisonResult r, int unimarc) {
        sb.append("| ").append(name).append(" | ").append(r.records()).append(" | ");
        sb.append(r.unmatched()).append(" | ").append(unimarc).append(" |");
        for (Family f : Family.ALL) {
            FamilyScore s = r.family(f.name());
            sb.append(' ').append(cell(s.reference(), s.matched())).append(" |");
        }
        sb.append('\n');
    }

    private static String cell(int reference, int matched) {
        return reference == 0 ? "–" : String.format(Locale.ROOT, "%.1f", 100.0 * matched / reference);
    }
}
