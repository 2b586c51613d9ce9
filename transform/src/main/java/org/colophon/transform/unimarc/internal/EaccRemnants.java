package org.colophon.transform.unimarc.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.colophon.transform.marc.Field;
import org.colophon.transform.marc.MarcRecord;
import org.colophon.transform.marc.Repair;
import org.marc4j.converter.impl.CodeTableGenerated;

/**
 * MARC-8's East Asian ideographs (EACC) left as ASCII in UTF-8 text. MARC-8 writes a Chinese character as three bytes
 * of 0x21-0x7E between the escapes {@code ESC $ 1} and {@code ESC ( B}; when the escapes are lost and the record is
 * converted to UTF-8 anyway, what could not be placed stays as those bytes: marc4j's own {@code
 * pride-and-prejudice-with-many-errors.mrc} has the Taiwan CMARC records with their ESC bytes lost ({@code
 * $1!:[!T*!N|!YF(B}), and its {@code pride-and-prejudice-fixed.mrc}, marc4j's repair of that file (UTF-8 by its
 * bytes and its leader/09), decodes each run until a code its EACC table lacks and leaves the rest as it is: {@code
 * 200 $g 孫!T*!N|!YF.} where the translator is {@code 孫}, {@code !T*} (0x21542A), {@code 禮} (0x214E7C) and {@code 譯}
 * (0x215946).
 *
 * <p>A run of such triplets, in the first EACC plane ({@code !} = 0x21, the plane of the traditional characters
 * Taiwan's records use), is decoded through marc4j's EACC table (the Library of Congress's) when the record holds
 * Chinese text, at least one of its triplets is a Chinese character or CJK punctuation there, and the run stands
 * beside a Chinese character or is two triplets or more (after a Latin letter, with two of them in the table: {@code
 * 3+B!0-!L,!5.!3,!5E!UN3+C} is {@code 3+B世界古典名著3+C}): {@code 孫!T*禮譯}. A triplet the table does not have is kept
 * as it is: LoC's table gives some characters only their code in EACC's plane 0x27 (the plane of simplified forms:
 * 致 is there as the simplified form of 緻, 面 of 麵, 板 of 闆, 合 of 閤), so their plane-0x21 code, which Taiwan's
 * records use, has no entry, and what it is cannot be read from the bytes ({@code !T*} sits between 0x215429 至 and
 * 0x21542B 臺, and is 致 by EACC's order and the translator's name, 孫致禮, but no table here says so). Text that is
 * not such a run ({@code Help!Me}: one triplet between Latin letters; {@code !!!}, in no table) is left alone.
 */
final class EaccRemnants {
    private EaccRemnants() {}

    /** marc4j's MARC-8 code tables (LoC's), EACC among them: a generated lookup with no state. */
    private static final CodeTableGenerated TABLE = new CodeTableGenerated();

    /** marc4j's name for the EACC graphic set ({@code ESC $ 1}). */
    private static final int EACC = 0x31;

    /**
     * The record with its EACC remnants decoded and {@link Repair#EACC_REMNANT} among its repairs; the record itself
     * when it has none (or no Chinese text).
     */
    static MarcRecord repair(MarcRecord r) {
        List<Field> fields = r.fields();
        List<Field> out = null;
        int han = -1; // whether the record holds Chinese text: looked at once a value has a candidate run
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            Field g = f;
            if (!f.isControl()) {
                String[] values = null;
                for (int k = 0; k < f.size(); k++) {
                    String v = f.value(k);
                    if (v.indexOf('!') < 0) continue;
                    if (han < 0) han = hasHan(r) ? 1 : 0;
                    if (han == 0) return r;
                    String d = decode(v);
                    if (d == v) continue;
                    if (values == null) {
                        values = new String[f.size()];
                        for (int j = 0; j < f.size(); j++) values[j] = f.value(j);
                    }
                    values[k] = d;
                }
                if (values != null) {
                    char[] codes = new char[f.size()];
                    for (int j = 0; j < codes.length; j++) codes[j] = f.code(j);
                    g = Field.data(f.tag(), f.ind1(), f.ind2(), codes, values);
                }
            }
            if (g != f && out == null) out = new ArrayList<>(fields.subList(0, i));
            if (out != null) out.add(g);
        }
        if (out == null) return r;
        Set<Repair> repairs = EnumSet.of(Repair.EACC_REMNANT);
        repairs.addAll(r.repairs());
        return new MarcRecord(r.leader(), out, repairs);
    }

    /** The value with its EACC runs decoded; the same string when it has none. */
    static String decode(String v) {
        StringBuilder sb = null;
        int copied = 0;
        int i = v.indexOf('!');
        while (i >= 0 && i + 3 <= v.length()) {
            int end = i;
            while (end + 3 <= v.length() && triplet(v, end)) end += 3;
            int triplets = (end - i) / 3;
            if (triplets == 0) {
                i = v.indexOf('!', i + 1);
                continue;
            }
            boolean beside = i > 0 && isHan(v.charAt(i - 1)) || end < v.length() && isHan(v.charAt(end));
            boolean afterLatin = i > 0 && isAsciiLetter(v.charAt(i - 1));
            if (beside || triplets >= 2) {
                StringBuilder run = new StringBuilder(end - i);
                int mapped = run(v, i, end, run);
                if (mapped > 0 && (beside || !afterLatin || mapped >= 2)) {
                    if (sb == null) sb = new StringBuilder(v.length());
                    sb.append(v, copied, i).append(run);
                    copied = end;
                }
            }
            i = end < v.length() ? v.indexOf('!', end) : -1;
        }
        if (sb == null) return v;
        return sb.append(v, copied, v.length()).toString();
    }

    /** Writes the run {@code from}-{@code to} decoded into {@code out}, each triplet the table lacks kept; how many it has. */
    private static int run(String v, int from, int to, StringBuilder out) {
        int mapped = 0;
        for (int p = from; p < to; p += 3) {
            int code = (v.charAt(p) << 16) | (v.charAt(p + 1) << 8) | v.charAt(p + 2);
            char c = TABLE.getChar(code, EACC);
            if (c != 0 && cjk(c)) {
                out.append(c);
                mapped++;
            } else {
                out.append(v, p, p + 3);
            }
        }
        return mapped;
    }

    /** {@code !} and two characters of 0x21-0x7E at {@code p}. */
    private static boolean triplet(String v, int p) {
        if (v.charAt(p) != '!') return false;
        char b = v.charAt(p + 1);
        char c = v.charAt(p + 2);
        return b >= 0x21 && b <= 0x7E && c >= 0x21 && c <= 0x7E;
    }

    /** A Chinese character, or CJK punctuation or a full-width form (EACC's 0x2123-0x212B rows). */
    private static boolean cjk(char c) {
        return isHan(c) || c >= '\u3000' && c <= '\u303F' || c >= '\uFF01' && c <= '\uFF5E';
    }

    private static boolean isHan(char c) {
        return c >= '\u3400' && c <= '\u9FFF' || c >= '\uF900' && c <= '\uFAFF';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean hasHan(MarcRecord r) {
        for (Field f : r.fields()) {
            if (f.isControl()) continue;
            for (int k = 0; k < f.size(); k++) {
                String v = f.value(k);
                for (int i = 0; i < v.length(); i++) if (isHan(v.charAt(i))) return true;
            }
        }
        return false;
    }
}
