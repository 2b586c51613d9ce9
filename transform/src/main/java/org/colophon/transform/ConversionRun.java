package org.colophon.transform;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;
import org.apache.jena.graph.Triple;
import org.colophon.record.Quarantine;
import org.colophon.record.RecordFormat;
import org.colophon.record.SourceRecord;
import org.colophon.transform.dc.DcDecodeException;
import org.colophon.transform.dc.DcDecoder;
import org.colophon.transform.internal.RdfAuthorityMapper;
import org.colophon.transform.internal.RecordGuard;
import org.colophon.transform.marc.MarcDecodeException;
import org.colophon.transform.marc.MarcDecoder;
import org.colophon.transform.marc.MarcRecord;
import org.colophon.transform.marc.Repair;
import org.colophon.transform.unimarc.Dialect;
import org.colophon.transform.unimarc.DialectDecoder;
import org.colophon.transform.unimarc.DialectDetector;

/**
 * Runs records through decode and mapping on several threads (MARC through {@link MarcDecoder}, Dublin Core through
 * {@link DcDecoder}; the converter picks the rule set by the record's format) and hands each record's triples to a sink in input
 * order. At most a small window of records is in flight, so memory stays flat for any input. A record that cannot be
 * decoded or mapped goes to the quarantine with the reason, and the run goes on. Each record's decoding and mapping
 * runs under a guard ({@link #limits}): one that runs longer than the time limit (a library looping on a bad byte),
 * is larger than the size limit, maps to too many triples or overflows the stack is quarantined, stage {@code
 * guard}, with the limit it broke.
 */
public final class ConversionRun {

    /**
     * One converted record: where it came from, its graph IRI, its triples, and — when the run was given an encoder —
     * its serialisation, made on the worker thread.
     */
    public record Converted(
            SourceRecord source,
            String recordId,
            String graphIri,
            List<Triple> triples,
            byte[] encoded,
            String mappingVersion) {

        /** A record whose mapping version is the converter's for its format. */
        public Converted(SourceRecord source, String recordId, String graphIri, List<Triple> triples, byte[] encoded) {
            this(source, recordId, graphIri, triples, encoded, null);
        }

        /** The version of the rules that mapped it: its own, else the converter's for the record's format. */
        public String mappingVersion(Converter converter) {
            return mappingVersion != null ? mappingVersion : converter.mappingVersion(source.format());
        }
    }

    /**
     * Counts at the end of a run. {@code repaired} counts the records the decoder repaired ({@link
     * MarcRecord#repairs()}), {@code repairs} how many records had each kind of damage (a record can have several).
     */
    public record Summary(
            long read,
            long converted,
            long quarantined,
            long triples,
            double seconds,
            long repaired,
            Map<Repair, Long> repairs) {

        public Summary {
            repairs = Map.copyOf(repairs);
        }

        /** Counts of a run that repaired nothing. */
        public Summary(long read, long converted, long quarantined, long triples, double seconds) {
            this(read, converted, quarantined, triples, seconds, 0, Map.of());
        }

        public double recordsPerSecond() {
            return seconds <= 0 ? 0 : read / seconds;
        }

        /** How many records had this kind of damage repaired. */
        public long repairs(Repair kind) {
            return repairs.getOrDefault(kind, 0L);
        }

        /**
         * The one line a run ends with; repairs are named only when there were some: {@code repaired 16 (charset
         * label 16, double-encoded UTF-8 16, directory 16, stray field terminators 8)}.
         */
        public String line() {
            return String.format(
                    "read %d, converted %d, quarantined %d, %striples %d, %.1f s, %.0f records/s",
                    read, converted, quarantined, repairedPart(), triples, seconds, recordsPerSecond());
        }

        private String repairedPart() {
            if (repaired == 0) return "";
            StringBuilder sb = new StringBuilder("repaired ").append(repaired).append(" (");
            String sep = "";
            for (Repair kind : Repair.values()) {
                long n = repairs(kind);
                if (n == 0) continue;
                sb.append(sep).append(kind.label()).append(' ').append(n);
                sep = ", ";
            }
            return sb.append("), ").toString();
        }
    }

    /** How long one record's decoding and mapping may take before it is given up on: 30 s. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);
    /** The largest raw record decoded: 16 MiB (an ISO 2709 record holds at most 99,999 bytes). */
    public static final int DEFAULT_MAX_RECORD_BYTES = 16 << 20;
    /** The most triples one record may map to: 200,000 (a rich catalogue record makes a few hundred). */
    public static final int DEFAULT_MAX_TRIPLES = 200_000;

    private final Converter converter;
    private final Quarantine quarantine;
    private final int threads;
    private final Consumer<Summary> progress;
    private final long progressEveryMillis;
    private java.util.function.Function<Converted, byte[]> encoder;
    private Duration timeLimit = DEFAULT_TIME_LIMIT;
    private int maxRecordBytes = DEFAULT_MAX_RECORD_BYTES;
    private int maxTriples = DEFAULT_MAX_TRIPLES;
    /** Test hook: runs first in every record's guarded work (to put a real runaway library call there). */
    Consumer<SourceRecord> beforeDecode = r -> {};
    /** Records this run quarantined itself; the rest of the quarantine's growth is the reader's. */
    private final java.util.concurrent.atomic.AtomicLong rejected = new java.util.concurrent.atomic.AtomicLong();
    /** Records repaired, by kind of repair; the last slot counts records with any repair. */
    private final AtomicLongArray repaired = new AtomicLongArray(Repair.values().length + 1);
    /** Records decoded, by dialect. */
    private final AtomicLongArray dialects = new AtomicLongArray(Dialect.values().length);

    public ConversionRun(Converter converter, Quarantine quarantine, int threads, Consumer<Summary> progress) {
        this.converter = converter;
        this.quarantine = quarantine;
        this.threads = Math.max(1, threads);
        this.progress = progress;
        this.progressEveryMillis = 2000;
    }

    /** Serialise each record on the worker thread that converted it (the writer then only copies bytes). */
    public ConversionRun encoder(java.util.function.Function<Converted, byte[]> encoder) {
        this.encoder = encoder;
        return this;
    }

    /**
     * The guard every record's decoding and mapping runs under: at most {@code time} (a record still running then is
     * stopped and quarantined), at most {@code maxRecordBytes} of raw record, at most {@code maxTriples} triples.
     */
    public ConversionRun limits(Duration time, int maxRecordBytes, int maxTriples) {
        if (time.isNegative() || time.isZero() || maxRecordBytes <= 0 || maxTriples <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.timeLimit = time;
        this.maxRecordBytes = maxRecordBytes;
        this.maxTriples = maxTriples;
        return this;
    }

    public Summary run(Iterator<SourceRecord> records, Consumer<Converted> sink) {
        long start = System.nanoTime();
        long lastProgress = System.currentTimeMillis();
        long read = 0;
        long converted = 0;
        long triples = 0;
        long quarantinedBefore = quarantine.count();
        rejected.set(0);
        for (int i = 0; i < repaired.length(); i++) repaired.set(i, 0);
        for (int i = 0; i < dialects.length(); i++) dialects.set(i, 0);
        ArrayDeque<Pending> window = new ArrayDeque<>();
        int windowSize = threads * 64;
        try (RecordGuard guard = new RecordGuard(threads, timeLimit)) {
            while (records.hasNext() || !window.isEmpty()) {
                while (records.hasNext() && window.size() < windowSize) {
                    SourceRecord r = records.next();
                    if (r.deleted()) continue;
                    read++;
                    window.add(new Pending(r, guard.submit(() -> guarded(r))));
                    if (threads == 1) break;
                }
                if (window.isEmpty()) continue;
                Converted c = take(guard, window.poll());
                if (c != null) {
                    converted++;
                    triples += c.triples().size();
                    sink.accept(c);
                }
                if (progress != null && System.currentTimeMillis() - lastProgress > progressEveryMillis) {
                    lastProgress = System.currentTimeMillis();
                    progress.accept(summary(read, converted, quarantinedBefore, triples, start));
                }
            }
        }
        return summary(read, converted, quarantinedBefore, triples, start);
    }

    /** Records the reader quarantined never reached the converter; they count as read as well as quarantined. */
    private Summary summary(long read, long converted, long quarantinedBefore, long triples, long start) {
        long quarantined = quarantine.count() - quarantinedBefore;
        long unreadable = quarantined - rejected.get();
        Map<Repair, Long> repairs = new EnumMap<>(Repair.class);
        for (Repair kind : Repair.values()) {
            long n = repaired.get(kind.ordinal());
            if (n > 0) repairs.put(kind, n);
        }
        return new Summary(
                read + unreadable,
                converted,
                quarantined,
                triples,
                (System.nanoTime() - start) / 1e9,
                repaired.get(Repair.values().length),
                repairs);
    }

    private record Pending(SourceRecord record, RecordGuard.Job<Converted> job) {}

    /** The record's result; one that overran the time limit is quarantined (by the worker's own record id, if any). */
    private Converted take(RecordGuard guard, Pending p) {
        try {
            return guard.await(p.job());
        } catch (RecordGuard.TimedOut e) {
            reject(
                    p.record(),
                    "guard",
                    p.record().locator() + ": decoding and mapping " + e.getMessage() + " (stopped; the run went on)");
            return null;
        }
    }

    /** {@link #convert} inside the size limits, with the errors a library can throw for one record caught. */
    private Converted guarded(SourceRecord r) {
        beforeDecode.accept(r);
        if (r.raw().length > maxRecordBytes) {
            reject(
                    r,
                    "guard",
                    r.locator() + ": record of " + r.raw().length + " bytes, over the limit of " + maxRecordBytes
                            + " bytes per record");
            return null;
        }
        Converted c;
        try {
            c = convert(r);
        } catch (StackOverflowError e) {
            reject(r, "guard", r.locator() + ": nested too deeply to decode (stack overflow)");
            return null;
        } catch (OutOfMemoryError e) {
            reject(r, "guard", r.locator() + ": ran out of memory decoding and mapping it");
            return null;
        }
        if (c != null && c.triples().size() > maxTriples) {
            reject(
                    r.withRecordId(c.recordId()),
                    "guard",
                    r.locator() + " (record " + c.recordId() + "): mapped to "
                            + c.triples().size() + " triples, over the limit of " + maxTriples + " per record");
            return null;
        }
        return c;
    }

    /**
     * How many records of the last run were read as each MARC dialect (detected per record, or forced with {@link
     * Converter.Builder#dialect}); dialects no record was in are left out.
     */
    public Map<Dialect, Long> dialects() {
        Map<Dialect, Long> out = new EnumMap<>(Dialect.class);
        for (Dialect d : Dialect.values()) {
            long n = dialects.get(d.ordinal());
            if (n > 0) out.put(d, n);
        }
        return out;
    }

    /**
     * What {@link #dialects()} found, for a person: {@code dialects: cnmarc 6, unimarc 5 (detected per record)};
     * {@code null} when every record was MARC 21 (or Dublin Core). MAB2 records are named too ({@code marc21 12, mab2
     * 1}), though they are quarantined, not converted.
     */
    public String dialectLine() {
        Map<Dialect, Long> d = dialects();
        if (d.keySet().stream().noneMatch(x -> x.isUnimarc() || x == Dialect.MAB2)) return null;
        StringBuilder sb = new StringBuilder("dialects: ");
        String sep = "";
        for (Map.Entry<Dialect, Long> e : d.entrySet()) {
            sb.append(sep).append(e.getKey().label()).append(' ').append(e.getValue());
            sep = ", ";
        }
        String how = converter.dialect() == null
                ? " (detected per record)"
                : d.containsKey(Dialect.MAB2) ? " (forced; MAB2 told by its own structure)" : " (forced)";
        return sb.append(how).toString();
    }

    /** Quarantines a record this run gave up on, counting it apart from what the reader quarantined. */
    private void reject(SourceRecord r, String stage, String reason) {
        rejected.incrementAndGet();
        quarantine.put(r, stage, reason);
    }

    /** Decodes and maps one record; on failure quarantines it and returns null. */
    Converted convert(SourceRecord r) {
        if (r.format() == RecordFormat.RDF) return convertRdf(r);
        boolean dc = r.format() == RecordFormat.DUBLIN_CORE;
        MarcRecord record;
        Dialect dialect = null;
        try {
            if (dc) record = DcDecoder.decode(r);
            else {
                DialectDecoder.Decoded d = DialectDecoder.decode(r, converter.dialect());
                record = d.record();
                dialect = DialectDetector.isMab2(record) ? Dialect.MAB2 : d.dialect();
                dialects.incrementAndGet(dialect.ordinal());
            }
        } catch (MarcDecodeException | DcDecodeException e) {
            reject(r, "decode", e.getMessage());
            return null;
        } catch (RuntimeException e) {
            reject(r, "decode", r.locator() + ": " + e);
            return null;
        }
        if (!record.repairs().isEmpty()) {
            for (Repair kind : record.repairs()) repaired.incrementAndGet(kind.ordinal());
            repaired.incrementAndGet(Repair.values().length);
        }
        if (dialect == Dialect.MAB2) {
            // whatever dialect the run was told: no rule set reads MAB2's tags
            converter.countUnconverted(dialect);
            String id = r.recordId() != null ? r.recordId() : DialectDetector.mab2Id(record);
            reject(
                    id == null ? r : r.withRecordId(id),
                    "decode",
                    r.locator() + (id == null ? "" : " (record " + id + ")") + ": "
                            + DialectDetector.mab2Reason(record));
            return null;
        }
        // after the repairs are counted: the run says what was repaired in it too
        String notMarc = dc ? null : DialectDecoder.notMarc(record);
        if (notMarc != null) {
            reject(r, "decode", r.locator() + ": " + notMarc);
            return null;
        }
        String id =
                r.recordId() != null ? r.recordId() : dc ? DcDecoder.firstIdentifier(record) : record.controlNumber();
        if (id == null) id = fallbackId(r.locator());
        String kind = dc ? null : notBibliographic(record.leaderAt(6));
        if (kind != null) {
            reject(
                    r.withRecordId(id),
                    "map",
                    r.locator() + " (record " + id + "): leader/06 '" + record.leaderAt(6) + "' is " + kind
                            + ", not a bibliographic record");
            return null;
        }
        boolean unimarc = dialect != null && dialect.isUnimarc();
        try {
            List<Triple> t = unimarc
                    ? converter.map(r.sourceId(), id, dialect, record)
                    : converter.map(r.sourceId(), id, r.format(), record);
            String iri = converter.recordIri(r.sourceId(), id);
            if (Converter.isAuthority(r.format(), record)) {
                if (!has(t, iri + "#Authority", AUTHORITATIVE_LABEL)) {
                    reject(
                            r.withRecordId(id),
                            "map",
                            r.locator() + " (record " + id + "): authority record without a heading (no 1XX)");
                    return null;
                }
                String v = converter.mappingVersion(r.format(), record);
                Converted c = new Converted(r, id, iri, t, null, v);
                return encoder == null ? c : new Converted(r, id, iri, t, encoder.apply(c), v);
            }
            if (!has(t, iri + "#Instance", TITLE)) {
                reject(
                        r.withRecordId(id),
                        "map",
                        r.locator() + " (record " + id + "): no title ("
                                + (dc
                                        ? "no dc:title"
                                        : unimarc
                                                ? "no 200 title field, read as " + dialect.label()
                                                : "no 245 or other title field")
                                + ")");
                return null;
            }
            if (unimarc) r = asUnimarc(r);
            Converted c = new Converted(r, id, iri, t, null);
            return encoder == null ? c : new Converted(r, id, iri, t, encoder.apply(c));
        } catch (RuntimeException e) {
            reject(r, "map", r.locator() + " (record " + id + "): " + e);
            return null;
        }
    }

    /** An authority described in RDF, mapped by {@link RdfAuthorityMapper}. */
    private Converted convertRdf(SourceRecord r) {
        RdfAuthorityMapper.Mapped m;
        try {
            m = RdfAuthorityMapper.map(r.raw(), r.locator(), id -> converter.recordIri(r.sourceId(), id));
        } catch (RuntimeException e) {
            reject(r, "map", r.locator() + ": " + e.getMessage());
            return null;
        }
        String id = r.recordId() != null ? r.recordId() : m.recordId();
        String iri = converter.recordIri(r.sourceId(), id);
        Converted c = new Converted(r, id, iri, m.triples(), null, RdfAuthorityMapper.VERSION);
        return encoder == null
                ? c
                : new Converted(r, id, iri, m.triples(), encoder.apply(c), RdfAuthorityMapper.VERSION);
    }

    /**
     * The record labelled with the UNIMARC format it was found to be in, so the store knows which rules mapped it
     * and reads it as UNIMARC again; MARC-in-JSON keeps its label (there is no UNIMARC JSON format).
     */
    private static SourceRecord asUnimarc(SourceRecord r) {
        RecordFormat f =
                switch (r.format()) {
                    case MARC21 -> RecordFormat.UNIMARC;
                    case MARCXML -> RecordFormat.UNIMARCXML;
                    default -> r.format();
                };
        return f == r.format()
                ? r
                : new SourceRecord(r.sourceId(), r.recordId(), r.locator(), r.datestamp(), r.deleted(), f, r.raw());
    }

    private static boolean has(List<Triple> triples, String subject, String property) {
        for (Triple t : triples) {
            if (t.getPredicate().getURI().equals(property)
                    && t.getSubject().isURI()
                    && t.getSubject().getURI().equals(subject)) return true;
        }
        return false;
    }

    private static final String TITLE = "http://id.loc.gov/ontologies/bibframe/title";
    private static final String AUTHORITATIVE_LABEL = "http://www.loc.gov/mads/rdf/v1#authoritativeLabel";

    /** What a non-bibliographic leader/06 type is, or null for the bibliographic types. */
    static String notBibliographic(char type) {
        return switch (type) {
            case 'u', 'v', 'x', 'y' -> "a holdings record";
            case 'w' -> "a classification record";
            case 'q' -> "a community information record";
            default -> null;
        };
    }

    /** A record without 001 is named after its place in the file: {@code books.mrc#12@4096} → {@code books.mrc-12}. */
    static String fallbackId(String locator) {
        int at = locator.indexOf('@');
        String s = at > 0 ? locator.substring(0, at) : locator;
        return s.replace('#', '-');
    }
}
