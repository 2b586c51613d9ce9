package org.colophon.transform.marc;

import java.util.ArrayList;
import java.util.List;

/**
 * One MARC field: a control field ({@code 001}-{@code 009}) with its data, or a data field with two indicators and
 * subfields in order. Immutable; subfields are kept in parallel arrays because records are read by the million.
 */
public final class Field {
    private final String tag;
    private final char ind1;
    private final char ind2;
    private final String data;
    private final char[] codes;
    private final String[] values;
    private final String language;

    private Field(String tag, char ind1, char ind2, String data, char[] codes, String[] values, String language) {
        this.tag = tag;
        this.ind1 = ind1;
        this.ind2 = ind2;
        this.data = data;
        this.codes = codes;
        this.values = values;
        this.language = language;
    }

    /** A control field. */
    public static Field control(String tag, String data) {
        return new Field(tag, ' ', ' ', data, new char[0], new String[0], null);
    }

    /** A data field; {@code codes[i]} is the code of {@code values[i]}. */
    public static Field data(String tag, char ind1, char ind2, char[] codes, String[] values) {
        if (codes.length != values.length) throw new IllegalArgumentException("codes and values differ in length");
        return new Field(tag, ind1, ind2, null, codes, values, null);
    }

    public String tag() {
        return tag;
    }

    public boolean isControl() {
        return data != null;
    }

    /** The control field's data, or {@code null} for a data field. */
    public String data() {
        return data;
    }

    public char ind1() {
        return ind1;
    }

    public char ind2() {
        return ind2;
    }

    /** Number of subfields. */
    public int size() {
        return codes.length;
    }

    public char code(int i) {
        return codes[i];
    }

    public String value(int i) {
        return values[i];
    }

    /** The first value of subfield {@code code}, or {@code null}. */
    public String first(char code) {
        for (int i = 0; i < codes.length; i++) if (codes[i] == code) return values[i];
        return null;
    }

    /** Every value of subfield {@code code}, in order. */
    public List<String> all(char code) {
        List<String> out = new ArrayList<>(2);
        for (int i = 0; i < codes.length; i++) if (codes[i] == code) out.add(values[i]);
        return out;
    }

    public boolean has(char code) {
        for (char c : codes) if (c == code) return true;
        return false;
    }

    /** A copy with another tag, used when an unlinked 880 stands in for the field it names. */
    public Field retagged(String newTag) {
        return new Field(newTag, ind1, ind2, data, codes, values, language);
    }

    /**
     * The language the field's text is declared to be in (a Dublin Core element's {@code xml:lang}), or
     * {@code null}: MARC fields carry none, their language comes from the record.
     */
    public String language() {
        return language;
    }

    /** A copy whose text is declared to be in {@code language} (as written, e.g. {@code en} or {@code eng}). */
    public Field withLanguage(String language) {
        return new Field(tag, ind1, ind2, data, codes, values, language);
    }

    @Override
    public String toString() {
        if (isControl()) return tag + " " + data;
        StringBuilder sb = new StringBuilder(tag).append(' ').append(ind1).append(ind2);
        for (int i = 0; i < codes.length; i++) sb.append(" $").append(codes[i]).append(values[i]);
        return sb.toString();
    }
}
