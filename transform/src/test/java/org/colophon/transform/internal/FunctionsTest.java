package org.colophon.transform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * 033, 045 and 046 dates as LoC's converter writes them in EDTF (its edtfFormat, work045aDate, work045bDate and
 * tMarcToEdtf), from the values MARC 21 allows.
 */
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

    @Test
    void a045TimePeriodCodeIsTheRangeOfItsTwoHalves() {
        // letters e-y: the centuries A.D. (r: 13th, y: 20th) with the decade's digit
        assertEquals("137X/201X", Functions.period045("r7y1"));
        assertEquals("191X/193X", Functions.period045("x1x3"));
        assertEquals("183X/189X", Functions.period045("w3w9"));
        // b-d: centuries B.C., the digit counting down; a0 before 2999 B.C.
        assertEquals("-02XX/096X", Functions.period045("d7n6"));
        assertEquals("-29XX/-20XX", Functions.period045("b0b9"));
        assertEquals("-XXXX/-19XX", Functions.period045("a0c0"));
        assertEquals("-XXXX/-3000", Functions.period045("a0a0"));
        assertEquals("-29XX/-3000", Functions.period045("b0a0"));
        // both halves the same: one value
        assertEquals("196X", Functions.period045("x6x6"));
        assertEquals("196X", Functions.period045("x6"));
    }

    @Test
    void whatIsNoTimePeriodCodeGivesNone() {
        assertNull(Functions.period045("z1z3"));
        assertNull(Functions.period045("a5a6"));
        assertNull(Functions.period045("x1x"));
        assertNull(Functions.period045("xxxx"));
    }

    @Test
    void a045DateIsAYearBeforeOrAfterChristWithItsMonthDayAndHour() {
        assertEquals("-0221", Functions.date045("c0221"));
        assertEquals("0960", Functions.date045("d0960"));
        assertEquals("1865-10-14", Functions.date045("d18651014"));
        assertEquals("1865-10-14T09", Functions.date045("d1865101409"));
        assertNull(Functions.date045("1865"));
        assertNull(Functions.date045("d18x5"));
    }

    @Test
    void a046DateIsItsDigitsAsEdtf() {
        assertEquals("1760", Functions.date046("1760"));
        assertEquals("1998-10", Functions.date046("199810"));
        assertEquals("1998-10-22", Functions.date046("19981022"));
        assertEquals("1999-12-31T23:59:59.0", Functions.date046("19991231235959.0"));
        assertEquals("1999-12-31T23:59", Functions.date046("199912312359"));
        // already EDTF ($2 edtf), or no such digits: as it is
        assertEquals("1980/1985", Functions.date046("1980/1985"));
        assertEquals("17uu", Functions.date046("17uu"));
        assertNull(Functions.date046(""));
    }

    @Test
    void aNonFilingArticleIsLeftOutButNotHalfAWord() {
        // 740s of real records: traject's Louis Armstrong record, Helmet's, Michigan's and Open Library's talis_740
        assertEquals("music goes round and round", Functions.nonfiling("The music goes round and round.", '4'));
        assertEquals("Russian charka", Functions.nonfiling("The Russian charka", '4'));
        assertEquals("vol aérien * *", Functions.nonfiling("Le vol aérien * *.", '3'));
        assertEquals("Modern Supreme Court", Functions.nonfiling("Modern Supreme Court.", '1'));
        assertEquals("Modern Supreme Court", Functions.nonfiling("Modern Supreme Court.", '0'));
        assertEquals("amour", Functions.nonfiling("L'amour", '2'));
        assertEquals("", Functions.nonfiling("The", '4'));
    }
}
