package org.colophon.discovery.internal;

import com.ibm.icu.text.Transliterator;

/**
 * One ICU transliterator for the whole process, built on first use and called under a lock. Building a compound
 * transliterator such as {@code Han-Latin} takes a long time and much memory, so one per thread (as before: a server's
 * threads each built their own under load) costs far more than it saves; callers cache results per character, so a
 * call here is rare once a process has seen its text, and the lock is seldom waited on.
 */
final class SharedTransliterator {
    private final String id;
    private Transliterator transliterator;

    SharedTransliterator(String id) {
        this.id = id;
    }

    synchronized String transliterate(String s) {
        if (transliterator == null) transliterator = Transliterator.getInstance(id);
        return transliterator.transliterate(s);
    }
}
