package org.colophon.authority.internal;

/**
 * How much a word (or pinyin syllable) of a name weighs when two names are compared ({@link NameKey#similarity}): the
 * {@code AuthorityIndex} weighs a word by how rare it is among the authorities it holds, so that names sharing only
 * words that many authorities share ({@code Symphony Orchestra}) are far apart.
 */
@FunctionalInterface
public interface TermWeights {
    /** The weight of a term when both names have it, greater than 0 and at most 1. */
    double weight(String term);

    /** Every word weighs the same: plain Dice. */
    TermWeights EVEN = t -> 1.0;
}
