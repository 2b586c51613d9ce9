package org.colophon.transform.marc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a {@link MarcRecord} as one ISO 2709 record in UTF-8 (leader/09 = 'a'), with lengths and directory
 * computed afresh. Used to build benchmark inputs and round-trip tests.
 */
public final class Iso2709Writer {
    private static final byte FT = 0x1E;
    private static final byte RT = 0x1D;
    private static final byte SD = 0x1F;

    private Iso2709Writer() {}

    public static byte[] write(MarcRecord record) {
        ByteArrayOutputStream data = new ByteArrayOutputStream(2048);
        StringBuilder dir = new StringBuilder(record.fields().size() * 12);
        for (Field f : record.fields()) {
            int start = data.size();
            if (f.isControl()) {
                data.writeBytes(f.data().getBytes(StandardCharsets.UTF_8));
            } else {
                data.write(f.ind1());
                data.write(f.ind2());
                for (int i = 0; i < f.size(); i++) {
                    data.write(SD);
                    data.write(f.code(i));
                    data.writeBytes(f.value(i).getBytes(StandardCharsets.UTF_8));
                }
            }
            data.write(FT);
            int length = data.size() - start;
            if (length > 9999 || start > 99999)
                throw new IllegalArgumentException("field " + f.tag() + " too long for ISO 2709");
            dir.append(f.tag()).append(pad(length, 4)).append(pad(start, 5));
        }
        dir.append((char) FT);
        int base = 24 + dir.length();
        int total = base + data.size() + 1;
        if (total > 99999) throw new IllegalArgumentException("record too long for ISO 2709: " + total + " bytes");
        String l = (record.leader() + "                        ").substring(0, 24);
        String leader = pad(total, 5) + l.substring(5, 9) + 'a' + "22" + pad(base, 5) + l.substring(17, 20) + "4500";
        ByteArrayOutputStream out = new ByteArrayOutputStream(total);
        out.writeBytes(leader.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(dir.toString().getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(data.toByteArray());
        out.write(RT);
        return out.toByteArray();
    }

    /** A copy of the record with another control number (001), for making large inputs from real records. */
    public static MarcRecord withControlNumber(MarcRecord r, String id) {
        java.util.List<Field> fields = new java.util.ArrayList<>(r.fields().size() + 1);
        boolean replaced = false;
        for (Field f : r.fields()) {
            if (f.tag().equals("001")) {
                if (!replaced) fields.add(Field.control("001", id));
                replaced = true;
            } else fields.add(f);
        }
        if (!replaced) fields.add(0, Field.control("001", id));
        return new MarcRecord(r.leader(), fields);
    }

    private static String pad(int n, int width) {
        String s = Integer.toString(n);
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }
}
