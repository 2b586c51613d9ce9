package org.colophon.transform.unimarc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.harvester.files.FileRecordReader;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordSource;
import org.colophon.transform.ConversionRun;
import org.colophon.transform.Converter;
import org.colophon.transform.Coverage;
import org.colophon.transform.TestRecords;
import org.junit.jupiter.api.Test;

/**
 * Every field and subfield of the real UNIMARC test records is either read by a rule or listed as unmapped in
 * docs/unimarc.md (section "Coverage on the real records"), so nothing is dropped without saying so.
 */
class UnimarcCoverageTest {
    static final List<String> REAL = List.of(
            "unimarc/bncf-unimarc-utf8.mrc",
            "unimarc/pymarc-testunimarc.dat",
            "unimarc/periouni-first100.mrc",
            "unimarc/bnu-cnmarcxml-sru.xml");

    @Test
    void everyFieldOfTheRealRecordsMapsOrIsListedAsUnmapped() throws Exception {
        Coverage coverage = new Coverage();
        Converter c = TestRecords.counting(coverage);
        for (String f : REAL) {
            try (RecordSource src =
                    FileRecordReader.open(TestRecords.resource(f), "lib", null, Quarantine.counting())) {
                new ConversionRun(c, Quarantine.counting(), 1, null).run(src, r -> {});
            }
        }
        Set<String> listed = listedUnmapped();
        Set<String> unlisted = new TreeSet<>();
        for (Map.Entry<String, long[]> e : coverage.snapshot().entrySet()) {
            if (e.getValue()[1] == 0 && !listed.contains(e.getKey())) unlisted.add(e.getKey());
        }
        assertTrue(unlisted.isEmpty(), "read by no rule and not listed in docs/unimarc.md: " + unlisted);
        // and the rule set's own list (rules/unimarc/dropped), which `convert --coverage` reports by, says the same
        assertEquals(
                List.of(),
                coverage.tally("unimarc").unread(),
                coverage.tally("unimarc").line());
    }

    /** The {@code `tag$code`} names in the unmapped column of docs/unimarc.md's coverage table. */
    static Set<String> listedUnmapped() throws Exception {
        Path doc = Path.of("").toAbsolutePath().getParent().resolve("docs/unimarc.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int at = text.indexOf("## Coverage on the real records");
        assertTrue(at >= 0, "docs/unimarc.md has no coverage section");
        Set<String> out = new TreeSet<>();
        for (String line : text.substring(at).split("\n")) {
            if (!line.startsWith("|")) continue;
            String[] cells = line.split("\\|");
            if (cells.length < 5) continue;
            Matcher m = Pattern.compile("`([^`]+)`").matcher(cells[cells.length - 1]);
            while (m.find()) out.add(m.group(1));
        }
        return out;
    }
}
