package org.colophon.transform.marc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A decoded MARC record: the leader and its fields in record order, all text already Unicode NFC (MARC-8 is decoded
 * by the readers). Immutable.
 */
public final class MarcRecord {
    private final String leader;
    private final List<Field> fields;
    private final Set<Repair> repairs;

    public MarcRecord(String leader, List<Field> fields) {
        this(leader, fields, Set.of());
    }

    /** A record the decoder repaired: {@code repairs} names what was wrong with its bytes. */
    public MarcRecord(String leader, List<Field> fields, Set<Repair> repairs) {
        if (leader == null) throw new IllegalArgumentException("leader is required");
        this.leader = leader;
        this.fields = Collections.unmodifiableList(new ArrayList<>(fields));
        this.repairs = repairs.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(repairs));
    }

    /** What the decoder repaired in this record; empty for a sound record. */
    public Set<Repair> repairs() {
        return repairs;
    }

    /** The 24-character leader (shorter or longer leaders are padded or cut by the readers). */
    public String leader() {
        return leader;
    }

    /** Leader character at {@code pos}, or a blank if the leader is short. */
    public char leaderAt(int pos) {
        return pos < leader.length() ? leader.charAt(pos) : ' ';
    }

    public List<Field> fields() {
        return fields;
    }

    /** The first field with this tag, or {@code null}. */
    public Field first(String tag) {
        for (Field f : fields) if (f.tag().equals(tag)) return f;
        return null;
    }

    /** Every field with this tag, in record order. */
    public List<Field> all(String tag) {
        List<Field> out = new ArrayList<>(2);
        for (Field f : fields) if (f.tag().equals(tag)) out.add(f);
        return out;
    }

    /** The data of control field {@code tag}, or {@code null}. */
    public String control(String tag) {
        Field f = first(tag);
        return f == null ? null : f.data();
    }

    /** The control number (001), trimmed, or {@code null}. */
    public String controlNumber() {
        String s = control("001");
        if (s == null) return null;
        s = s.strip();
        return s.isEmpty() ? null : s;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("LDR ").append(leader);
        for (Field f : fields) sb.append('\n').append(f);
        return sb.toString();
    }
}
