package org.colophon.transform.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The value kinds Dublin Core rules test, on values from the harvested test records. */
class ValueKindsTest {

    @Test
    void isbnsWithValidCheckDigitsAreIsbns() {
        assertTrue(ValueKinds.is("isbn", "90-5892-036-4"));
        assertTrue(ValueKinds.is("isbn", "90 - 5892 - 032 - 1"));
        assertTrue(ValueKinds.is("isbn", "90-9014980-5"));
        assertFalse(ValueKinds.is("isbn", "90-5892-036-5"), "wrong check digit");
        assertFalse(ValueKinds.is("isbn", "995607"), "a file size");
    }

    @Test
    void issnsWithValidCheckDigitsAreIssns() {
        assertTrue(ValueKinds.is("issn", "1566-5283"));
        assertFalse(ValueKinds.is("issn", "1566-5284"));
        assertFalse(ValueKinds.is("isbn", "1566-5283"));
    }

    @Test
    void webAddressesAndHandlesAreRecognised() {
        assertTrue(ValueKinds.is("http", "http://hdl.handle.net/1765/308"));
        assertTrue(ValueKinds.is("hdl", "http://hdl.handle.net/1765/308"));
        assertTrue(ValueKinds.is("hdl", "hdl:1765/308"));
        assertFalse(ValueKinds.is("other", "http://arXiv.org/abs/hep-th/0001001"));
        assertTrue(ValueKinds.is("other", "oai:arXiv.org:hep-th/0001001"));
    }

    @Test
    void isoDatesAreDatesAndDecadesArePeriods() {
        assertTrue(ValueKinds.is("date", "2003-04-15T10:18:51Z"));
        assertTrue(ValueKinds.is("date", "1999-12-31"));
        assertTrue(ValueKinds.is("date", "2010"));
        assertFalse(ValueKinds.is("date", "1950s"));
        assertTrue(ValueKinds.is("period", "1950s"));
        assertTrue(ValueKinds.is("period", "1914-1918"));
        assertTrue(ValueKinds.is("period", "19th century"));
        assertFalse(ValueKinds.is("period", "Boonton, New Jersey"));
    }
}
