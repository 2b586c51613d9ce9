package org.colophon.harvester.oai.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** OAI-PMH UTC datestamps in either granularity. */
public final class OaiDates {
    private OaiDates() {}

    /** Parses {@code 2004-02-10}, {@code 2004-02-10T12:00:00Z} (and, leniently, fractions, offsets, no zone). */
    public static Instant parse(String s) {
        if (s == null || s.isBlank()) return null;
        String t = s.trim();
        try {
            if (t.length() == 10)
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
            if (t.endsWith("Z") || t.endsWith("z")) return Instant.parse(t.toUpperCase(java.util.Locale.ROOT));
            if (t.matches(".*[+-]\\d\\d:?\\d\\d$"))
                return OffsetDateTime.parse(t).toInstant();
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Formats for a request argument; day granularity truncates (so nothing is missed). */
    public static String format(Instant i, boolean seconds) {
        if (seconds) return i.truncatedTo(ChronoUnit.SECONDS).toString();
        return LocalDate.ofInstant(i, ZoneOffset.UTC).toString();
    }
}
