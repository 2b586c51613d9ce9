package org.colophon.transform.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The forms the comparison reads as one value, and only those (docs/mapping-coverage.md, "How it counts"). */
class NormaliserTest {
    @Test
    void anEdtfRangeWithEqualEndsIsThatDateAndNineNineNineNineIsOpen() {
        assertEquals(Normaliser.edtf("1998"), Normaliser.edtf("1998/1998"));
        assertEquals(Normaliser.edtf("1504~"), Normaliser.edtf("1504~/1504~"));
        assertEquals(Normaliser.edtf("2009/.."), Normaliser.edtf("2009/9999"));
        // a range is not its start, and an unknown end is not an open one
        assertNotEquals(Normaliser.edtf("1801~"), Normaliser.edtf("1801~/1803~"));
        assertNotEquals(Normaliser.edtf("1900/.."), Normaliser.edtf("1900/XXXX"));
    }

    @Test
    void aVocabularyIriWithoutACodeIsNoValueAndAFillCharacterIsNotPartOfTheCode() {
        assertNull(Normaliser.iri("http://id.loc.gov/vocabulary/countries/"));
        assertEquals(
                Normaliser.iri("http://id.loc.gov/vocabulary/countries/xx"),
                Normaliser.iri("http://id.loc.gov/vocabulary/countries/xx%7C"));
        assertNotEquals(
                Normaliser.iri("http://id.loc.gov/vocabulary/countries/xx"),
                Normaliser.iri("http://id.loc.gov/vocabulary/countries/xxc"));
    }

    /** hbz's Alma records write '#' for blanks in 008 ("1904####gw#"): LoC copies it; it is no part of a value. */
    @Test
    void aHashWrittenForABlankIsNoPartOfACodeOrADate() {
        assertEquals(
                Normaliser.iri("http://id.loc.gov/vocabulary/countries/gw"),
                Normaliser.iri("http://id.loc.gov/vocabulary/countries/gw%23"));
        assertNull(Normaliser.iri("http://id.loc.gov/vocabulary/languages/%23%23%23"));
        assertEquals(Normaliser.edtf("1904"), Normaliser.edtf("1904/####"));
        assertNull(Normaliser.edtf("####"));
        assertNull(Normaliser.edtf("####/####"));
        // only a whole year of '#': a code or a date with other text stays as it is
        assertNotEquals(Normaliser.edtf("1904"), Normaliser.edtf("1904/19##"));
        assertNotEquals(
                Normaliser.iri("http://id.loc.gov/vocabulary/countries/gw"),
                Normaliser.iri("http://id.loc.gov/vocabulary/countries/g%23w"));
    }

    @Test
    void anIsbnIsTheSameWithOrWithoutHyphensButOtherTextIsLeftAlone() {
        assertEquals("8085637200", Normaliser.isbn(Normaliser.text("80-85637-20-0")));
        assertEquals("978807195816x", Normaliser.isbn(Normaliser.text("978-80-7195-816-X")));
        assertEquals("brož", Normaliser.isbn(Normaliser.text("brož")));
        assertEquals("80-85637-20", Normaliser.isbn(Normaliser.text("80-85637-20")));
    }
}
