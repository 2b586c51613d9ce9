package org.colophon.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/** Where and when the benchmark ran: date, cores, CPU model, Java, and the load average at the start. */
public record Machine(LocalDate date, int cores, String cpu, String java, double load) {
    public static Machine now() {
        return new Machine(
                LocalDate.now(),
                Runtime.getRuntime().availableProcessors(),
                cpuModel(),
                System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name"))
                    return line.substring(line.indexOf(':') + 1).trim();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the architecture will do
        }
        return System.getProperty("os.arch");
    }

    public String line() {
        return String.format(
                Locale.ROOT,
                "Measured %s on %d cores (%s), Java %s; load average %.1f at the start%s",
                date,
                cores,
                cpu,
                java,
                load,
                load > cores ? " (the machine was shared with other builds)" : "");
    }
}
