package org.colophon.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them in configuration: {@code 1d}, {@code 12h}, {@code 30m}, {@code 5s}, {@code 500ms}. */
public final class Durations {
    private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d|w)");

    private Durations() {}

    /**
     * Parses {@code 1d}, {@code 12h}, {@code 30m}, {@code 5s}, {@code 500ms}, {@code 2w}, or an ISO-8601 duration
     * such as {@code PT1H30M}.
     *
     * @throws IllegalArgumentException naming the text when it is none of these
     */
    public static Duration parse(String text) {
        String s = text.trim();
        Matcher m = SIMPLE.matcher(s);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            };
        }
        if (s.startsWith("P") || s.startsWith("p")) {
            try {
                Duration d = Duration.parse(s);
                if (!d.isNegative()) return d;
            } catch (DateTimeParseException e) {
                // fall through to the one message below
            }
        }
        throw new IllegalArgumentException("bad duration '" + text + "' (use e.g. 1d, 12h, 30m, 5s, 500ms)");
    }
}
