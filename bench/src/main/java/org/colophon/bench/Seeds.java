package org.colophon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --seeds}: the real records a benchmark repeats into a large input, as a picocli mixin. */
public final class Seeds {
    @Option(
            names = "--seeds",
            split = ",",
            paramLabel = "FILE",
            description = "Real records to repeat (default: samples/ and, when present,"
                    + " ../shared/corpus/marc21/marc2bibframe2/dataset/, beside the checkout).")
    List<Path> seeds;

    /** The seed files given, or the default ones; each must be readable. */
    public List<Path> files() throws IOException {
        List<Path> files = seeds != null ? seeds : defaults();
        for (Path f : files) if (!Files.isReadable(f)) throw new UserError("cannot read seed file " + f);
        return files;
    }

    /**
     * The real records benchmarks repeat: the bundled samples and, when the project's corpus is beside the checkout,
     * LoC's marc2bibframe2 datasets.
     */
    static List<Path> defaults() throws IOException {
        Path home = Home.dir();
        List<Path> out = new ArrayList<>();
        for (String f : List.of("samples/bnu-chinese-sru.xml", "samples/loc-cjk-880.xml", "samples/bu-bibs.mrc")) {
            Path p = home.resolve(f);
            if (Files.isReadable(p)) out.add(p);
        }
        Path dataset = home.resolve("../shared/corpus/marc21/marc2bibframe2/dataset");
        if (Files.isDirectory(dataset)) {
            try (var files = Files.list(dataset)) {
                files.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(out::add);
            }
        }
        if (out.isEmpty()) throw new UserError("no seed records found under " + home + ": give --seeds FILE,...");
        return out;
    }
}
