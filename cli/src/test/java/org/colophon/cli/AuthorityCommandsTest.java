package org.colophon.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Authority records and bib records through `colophon import`, linked as they come; `review` over the queue. */
class AuthorityCommandsTest {
    @TempDir
    Path tmp;

    static String resource(String name) throws Exception {
        return Path.of(AuthorityCommandsTest.class.getResource("/" + name).toURI())
                .toString();
    }

    @Test
    void importLinksHeadingsAndReviewListsAndDecidesTheRest() throws Exception {
        String data = tmp.resolve("data").toString();
        CliRun auth =
                CliRun.of("import", resource("concerto/auth_concerto.marcxml"), "--source", "auth", "--data", data);
        assertEquals(0, auth.code(), auth.err());
        assertTrue(auth.err().contains("read 72, added 72"), auth.err());

        CliRun bib = CliRun.of("import", resource("concerto/bibs_concerto.marcxml"), "--source", "bib", "--data", data);
        assertEquals(0, bib.code(), bib.err());
        assertTrue(bib.err().contains("links: 732 headings, 22 linked, "), bib.err());
        // a labelled synthetic record with two headings to decide (the concerto bibs alone queue none)
        CliRun toReview = CliRun.of("import", resource("synthetic/review-bib.xml"), "--source", "bib", "--data", data);
        assertEquals(0, toReview.code(), toReview.err());

        CliRun list = CliRun.of("review", "list", "--data", data);
        assertEquals(0, list.code(), list.err());
        String heading = "http://localhost:3030/bib/syn-review#Agent710-1";
        assertTrue(list.out().contains(heading + "  Organization  \"London Symphony\""), list.out());

        CliRun reject =
                CliRun.of("review", "reject", heading, "http://localhost:3030/auth/1088682#Authority", "--data", data);
        assertEquals(0, reject.code(), reject.err());
        assertTrue(reject.out().startsWith("rejected: \"London Symphony\""), reject.out());

        CliRun bad = CliRun.of("review", "accept", "http://localhost:3030/nowhere#x", "x", "--data", data);
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("no heading waits for review as http://localhost:3030/nowhere#x"), bad.err());

        CliRun check = CliRun.of("check", "--data", data);
        assertEquals(0, check.code(), check.out() + check.err());
    }
}
