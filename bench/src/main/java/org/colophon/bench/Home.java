package org.colophon.bench;

import java.nio.file.Path;

/**
 * The checkout the benchmarks belong to: the {@code colophon.home} system property (the {@code colophon-bench} script
 * sets it to the repository root), else the working directory. The default seeds and the default {@code colophon.jar}
 * are found under it.
 */
public final class Home {
    private Home() {}

    public static Path dir() {
        String home = System.getProperty("colophon.home");
        return Path.of(home != null && !home.isBlank() ? home : "")
                .toAbsolutePath()
                .normalize();
    }

    /** {@code cli/target/colophon.jar} under the checkout: the real command the harvest benchmarks run. */
    public static Path colophonJar() {
        return dir().resolve("cli/target/colophon.jar");
    }
}
