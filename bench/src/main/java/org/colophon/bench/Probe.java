package org.colophon.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the process's CPU time and memory, for benchmark figures. */
public final class Probe {
    private Probe() {}

    /** CPU time of the whole process (all threads), in seconds. */
    public static double cpuSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getProcessCpuTime() / 1e9;
        return Double.NaN;
    }

    /** Starts a fresh measurement of the heap's peak: collects, then resets the pools' peaks. */
    public static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
    }

    /** The heap left in use after the last collection, in MB: a measure of what a run keeps live. */
    public static double liveHeapAfterGcMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null)
                sum += p.getCollectionUsage().getUsed();
        }
        return sum / 1048576.0;
    }

    /** Peak resident set size of this process (VmHWM), in MB, or NaN where /proc is not there. */
    public static double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        } catch (Exception e) {
            // not Linux
        }
        return Double.NaN;
    }

    public static String machine() {
        String cpu = "unknown CPU";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).strip();
                    break;
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        long mem = Runtime.getRuntime().maxMemory() / 1048576;
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), Java "
                + System.getProperty("java.version") + ", max heap " + mem + " MB";
    }
}
