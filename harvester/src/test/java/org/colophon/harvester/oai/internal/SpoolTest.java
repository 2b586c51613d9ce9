package org.colophon.harvester.oai.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SpoolTest {

    private static Spool spool(String s) throws IOException {
        return Spool.receive(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static String page(String records, String tokenElement) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
                + "<responseDate>2026-11-23T10:00:00Z</responseDate><ListRecords>" + records + tokenElement
                + "</ListRecords></OAI-PMH>";
    }

    @Test
    void pagesStayInMemoryWithinTheSharedBudgetAndGiveItBackOnClose() throws IOException {
        long before = Spool.budgetLeft();
        String records = "<record><header><identifier>oai:x:刘徽</identifier></header></record>".repeat(5000);
        String body = page(records, "<resumptionToken>t1</resumptionToken>");
        try (Spool s = spool(body)) {
            assertNull(s.file(), "a page of a few hundred KB is kept in memory");
            assertTrue(Spool.budgetLeft() < before);
            try (InputStream in = s.open()) {
                assertArrayEquals(body.getBytes(StandardCharsets.UTF_8), in.readAllBytes());
            }
            assertEquals("t1", s.tailToken());
        }
        assertEquals(before, Spool.budgetLeft());
    }

    @Test
    void aBodyPastTheBudgetGoesToATemporaryFileAndReadsBackWholeAndIsDeletedOnClose() throws IOException {
        String records = "<record><header><identifier>oai:x:刘徽</identifier></header></record>"
                .repeat((int) (Spool.SHARED_BUDGET / 40));
        long before = Spool.budgetLeft();
        String body = page(records, "<resumptionToken cursor=\"0\">tok&amp;2</resumptionToken>");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length > Spool.MEMORY_LIMIT);
        Path file;
        try (Spool s = spool(body)) {
            assertEquals(bytes.length, s.size());
            for (int i = 0; i < 2; i++) {
                try (InputStream in = s.open()) {
                    assertArrayEquals(bytes, in.readAllBytes());
                }
            }
            assertEquals("tok&2", s.tailToken());
            file = s.file();
            assertTrue(Files.size(file) > 0);
        }
        assertTrue(Files.notExists(file), "the temporary file is deleted");
        assertEquals(before, Spool.budgetLeft());
    }

    @Test
    void theTokenIsReadOffThePrefixedOrPlainElementAndAnEmptyOneMeansTheEnd() throws IOException {
        try (Spool s = spool(page(
                "<record/>",
                "<oai:resumptionToken expirationDate=\"2026-12-01T00:00:00Z\">"
                        + " 12345:&#x41;b </oai:resumptionToken>"))) {
            assertEquals("12345:Ab", s.tailToken());
        }
        try (Spool s = spool(page("<record/>", "<resumptionToken completeListSize=\"3\" cursor=\"2\"/>"))) {
            assertNull(s.tailToken());
        }
        try (Spool s = spool(page("<record/>", "<resumptionToken></resumptionToken>"))) {
            assertNull(s.tailToken());
        }
        try (Spool s = spool(page("<record/>", ""))) {
            assertNull(s.tailToken());
        }
    }
}
