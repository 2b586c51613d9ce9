package org.colophon.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.colophon.config.ColophonConfig;
import org.colophon.config.ConfigException;
import org.colophon.config.SourceConfig;
import picocli.CommandLine.Option;

/** {@code --config colophon.yaml}: base IRI, data directory, server settings and sources. */
final class ConfigOption {
    @Option(
            names = "--config",
            paramLabel = "FILE",
            defaultValue = "colophon.yaml",
            description = "Configuration (default: ${DEFAULT-VALUE}).")
    Path file;

    ColophonConfig load() {
        if (!Files.exists(file))
            throw new Main.UserError(
                    "no configuration " + file + " (write one, see the README, or give --config FILE)");
        if (!Files.isReadable(file)) throw new Main.UserError("cannot read the configuration " + file);
        try {
            return ColophonConfig.load(file);
        } catch (ConfigException e) {
            throw new Main.UserError(e.getMessage());
        } catch (java.io.IOException e) {
            throw new Main.UserError("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The source with this id, or a usage error naming the ids the file has. */
    SourceConfig source(ColophonConfig cfg, String id) {
        return cfg.source(id)
                .orElseThrow(() -> new Main.UserError("no source '" + id + "' in " + file + " (it has: "
                        + String.join(
                                ", ",
                                cfg.sources().stream().map(SourceConfig::id).toList()) + ")"));
    }
}
