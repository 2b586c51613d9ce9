package org.colophon.bench.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's 1-minute load average, read every few seconds while a measurement runs: on a shared machine a figure
 * means little without the load it was taken under.
 */
final class LoadSampler implements AutoCloseable {
    private static final Path LOADAVG = Path.of("/proc/loadavg");

    /** The lowest, mean and highest load seen, and how many readings. */
    record Range(double min, double mean, double max, int samples) {
        @Override
        public String toString() {
            return samples == 0 ? "unknown" : String.format("%.1f–%.1f (mean %.1f)", min, max, mean);
        }
    }

    private final Thread thread;
    private volatile boolean running = true;
    private double min = Double.MAX_VALUE;
    private double max;
    private double sum;
    private int samples;

    private LoadSampler() {
        thread = new Thread(this::loop, "load-sampler");
        thread.setDaemon(true);
    }

    static LoadSampler start() {
        LoadSampler s = new LoadSampler();
        s.thread.start();
        return s;
    }

    private void loop() {
        while (running) {
            read();
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void read() {
        try {
            double load = Double.parseDouble(Files.readString(LOADAVG).strip().split("\\s+")[0]);
            min = Math.min(min, load);
            max = Math.max(max, load);
            sum += load;
            samples++;
        } catch (IOException | RuntimeException e) {
            // no /proc (not Linux): no figure
        }
    }

    /** What was seen so far, with one more reading now. */
    synchronized Range range() {
        read();
        return samples == 0 ? new Range(0, 0, 0, 0) : new Range(min, sum / samples, max, samples);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
