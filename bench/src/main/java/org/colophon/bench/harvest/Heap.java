package org.colophon.bench.harvest;

/** A heap size as {@code -Xmx} takes it. */
public final class Heap {
    private Heap() {}

    public static boolean valid(String size) {
        return size != null && size.matches("[1-9][0-9]*[kKmMgG]?");
    }
}
