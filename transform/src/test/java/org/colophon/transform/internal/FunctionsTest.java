package org.colophon.transform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** 033 dates as LoC's converter writes them in EDTF (its edtfFormat), from the values MARC 21 allows. */
class FunctionsTest {

    @Test
    void a033DateBecomesEdtfWithItsTimeAndZone() {
        assertEquals("1972-02-04", Functions.edtf033("19720204"));
        assertEquals("1978-09-10T20:00:00-04:00", Functions.edtf033("197809102000-0400"));
        assertEquals("1978-09-10T20:00:00", Functions.edtf033("197809102000"));
    }

    @Test
    void unknownDigitsAreUnspecified() {
        assertEquals("1935-XX-XX", Functions.edtf033("1935----"));
        assertEquals("1970-09-XX", Functions.edtf033("197009--"));
        assertEquals("1970-09", Functions.edtf033("197009"));
    }

    @Test
    void whatIsNoDateGivesNone() {
        assertNull(Functions.edtf033("19uu"));
        assertNull(Functions.edtf033("n.d."));
        assertNull(Functions.edtf033("197"));
    }
}
