package org.colophon.bench.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Both convert reports write their tables through one piece: every row has the header's columns, figures align right. */
class ConvertSectionTest {
    private static final ConvertBenchmark.Row ROW =
            new ConvertBenchmark.Row("parse + map + write", "CNMARC XML", 1, 20_000, 2_784_000, 6.5, 5.59, 150, 40);

    @Test
    void theMarc21ReportsTableHasItsColumnsAndTheXsltRowLeavesTheRestEmpty() {
        String md = ConvertReport.markdown("cmd", List.of(ROW), new PeerRun.Result(2000, 10, 12), List.of("fast"));
        assertTrue(md.startsWith("<!-- bench:convert -->\n## Conversion (`colophon-bench convert`)\n\n"), md);
        assertTrue(md.contains("\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n"), md);
        assertTrue(
                md.contains(
                        "\n| parse + map + write | CNMARC XML | 1 | 20,000 | 2,784,000 | 3,077 | 428,308 | 3,578 | 150 | 40 |\n"),
                md);
        assertTrue(md.contains("\n| marc2bibframe2 (xsltproc) | MARCXML | 1 | 2,000 |  | "), md);
        assertTrue(md.contains("\nTargets (issue 2):\n\n- fast\n\n<!-- /bench:convert -->\n"), md);
        tablesAreWhole(md);
    }

    @Test
    void theUnimarcReportsTableGivesEachMeasurePerRecord() {
        UnimarcBench.Measured m = new UnimarcBench.Measured(ROW, 1_980_000, 140_400_000);
        UnimarcBench.Measured half = new UnimarcBench.Measured(ROW, 990_000, 70_200_000);
        String md = UnimarcBench.markdown(
                "cmd", List.<UnimarcBench.Measured[]>of(new UnimarcBench.Measured[] {m, half, m}));
        assertTrue(md.contains("\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"), md);
        assertTrue(
                md.contains(
                        "\n| CNMARC XML | 20,000 | 99.0 | 7,020 | 139.2 | 5.59 | 3,578 | 354,204 | 24,528 | 498,032 |\n"),
                md);
        assertTrue(md.contains("- CNMARC XML against CNMARC XML: 1.00x per record (met)"), md);
        // the last input of a group is held against each of the others
        assertTrue(md.contains("1.00x per record (met), 2.00x per subfield (met), 2.00x per byte (met)"), md);
        assertTrue(md.endsWith("\n\n<!-- /bench:convert-unimarc -->\n"), md);
        tablesAreWhole(md);
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefused() {
        ConvertSection.Table t = new ConvertSection("x", "# x", "cmd").table(1, "a", "b");
        assertThrows(IllegalArgumentException.class, () -> t.row("1"));
    }

    /** Every table line has as many cells as the table's header. */
    private static void tablesAreWhole(String md) {
        int columns = -1;
        for (String line : md.lines().toList()) {
            if (!line.startsWith("|")) {
                columns = -1;
                continue;
            }
            int cells = line.split("\\|", -1).length - 2;
            if (columns < 0) columns = cells;
            assertEquals(columns, cells, line);
        }
    }
}
