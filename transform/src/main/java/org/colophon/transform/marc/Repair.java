package org.colophon.transform.marc;

/**
 * A kind of damage the decoder repaired in a record. Each has a short label for the run summary ({@code repaired 16
 * (double-encoded UTF-8 16, …)}).
 */
public enum Repair {
    /** Leader/09 named one character set and the bytes were in the other (MARC-8 labelled UTF-8, or the reverse). */
    CHARSET_LABEL("charset label"),
    /**
     * UTF-8 text that had been read as Latin-1 (or Windows-1252) and encoded as UTF-8 again, once or more
     * ({@code TheÃÂaÃÂtre}); decoded back to what was meant ({@code Théâtre}).
     */
    DOUBLE_ENCODED_UTF8("double-encoded UTF-8"),
    /** The directory's lengths or offsets did not match the data, so fields were read on their terminators. */
    DIRECTORY("directory"),
    /**
     * The data held field terminators no directory entry ends at; the bytes after each such terminator were kept as
     * part of the field before it, instead of taking the next field's tag.
     */
    STRAY_TERMINATOR("stray field terminators"),
    /**
     * A MARC-8 escape sequence was damaged (a byte after ESC that starts no designation, or an ESC at the end of a
     * value): a sequence whose final byte survived is read as the designation it must have been ({@code ESC 0x08 B}
     * as {@code ESC ( B}), any other ESC is dropped.
     */
    MARC8_ESCAPE("MARC-8 escapes"),
    /**
     * UTF-8 text held MARC-8 East Asian ideographs (EACC) as their ASCII triplets, their escapes lost ({@code
     * 孫!T*!N|!YF}); those in marc4j's EACC table were decoded ({@code 孫!T*禮譯}), the others kept as they are.
     */
    EACC_REMNANT("MARC-8 CJK codes in UTF-8");

    private final String label;

    Repair(String label) {
        this.label = label;
    }

    /** The few words the run summary shows for this repair. */
    public String label() {
        return label;
    }
}
