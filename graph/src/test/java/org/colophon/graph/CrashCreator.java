package org.colophon.graph;

import java.nio.file.Path;

/**
 * Child-process main for {@link GraphStoreCrashIT}: creates new, empty stores {@code DIR/store-0}, {@code
 * DIR/store-1}, ... one after the other until it is killed, printing {@code creating i} before each. A kill then
 * lands, most of the time, while TDB2 writes a new store's files.
 *
 * <p>Argument: the directory that holds the stores.
 */
public final class CrashCreator {

    private CrashCreator() {}

    public static void main(String[] args) {
        Path parent = Path.of(args[0]);
        for (int i = 0; ; i++) {
            System.out.println("creating " + i);
            System.out.flush();
            GraphStore.open(parent.resolve("store-" + i)).close();
        }
    }
}
