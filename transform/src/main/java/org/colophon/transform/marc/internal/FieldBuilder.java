package org.colophon.transform.marc.internal;

import java.util.Arrays;
import org.colophon.transform.marc.Field;

/** Collects the subfields of one data field; reusable after {@link #build}. */
final class FieldBuilder {
    private char[] codes = new char[16];
    private String[] values = new String[16];
    private int size;
    private String tag;
    private char ind1;
    private char ind2;

    FieldBuilder start(String tag, char ind1, char ind2) {
        this.tag = tag;
        this.ind1 = indicator(ind1);
        this.ind2 = indicator(ind2);
        this.size = 0;
        return this;
    }

    void add(char code, String value) {
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        codes[size] = code;
        values[size++] = value;
    }

    Field build() {
        return Field.data(tag, ind1, ind2, Arrays.copyOf(codes, size), Arrays.copyOf(values, size));
    }

    /** An indicator is one printable ASCII character; anything else reads as blank. */
    static char indicator(char c) {
        return c > 0x20 && c < 0x7F ? c : ' ';
    }

    /** A subfield code is one printable ASCII character; anything else reads as '?'. */
    static char code(char c) {
        return c > 0x20 && c < 0x7F ? c : '?';
    }

    /** An indicator from an attribute value that may be missing, empty or too long. */
    static char indicator(String s) {
        return s == null || s.isEmpty() ? ' ' : indicator(s.charAt(0));
    }
}
