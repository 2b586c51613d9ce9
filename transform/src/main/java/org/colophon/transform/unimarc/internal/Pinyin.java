package org.colophon.transform.unimarc.internal;

import java.util.ArrayList;
import java.util.List;
import org.colophon.transform.marc.Field;

/**
 * CNMARC gives the pinyin of Chinese text next to it: {@code 200 $a 中国发展报告 $A Zhong Guo Fa Zhan Bao Gao}
 * (an upper-case code is the pinyin of the lower-case one before it), and {@code $9} the pinyin of {@code $a}.
 * The mapping engine already pairs a MARC 21 field with its 880 vernacular partner as parallel literals
 * ({@code @zh-Latn-pinyin} and {@code @zh-Hani}), so a field with pinyin is split the same way: the field keeps
 * every subfield, the pinyin standing in for each text it romanizes, linked by {@code $6 880-nn} to an 880 that
 * holds those Chinese texts. Text with no pinyin stays as it is, tagged by its script; in a subject heading (6XX),
 * read whole, Chinese text with no pinyin goes with the Chinese form only, and the heading's text in neither script
 * (a year: {@code 606 $a 经济发展 $A jing ji fa zhan $y 中国 $z 1995}) with both: {@code 经济发展--中国--1995},
 * {@code jing ji fa zhan--1995}.
 */
final class Pinyin {
    private Pinyin() {}

    /**
     * The fields with pinyin split into a field and its 880 partner; the list as it is when no field has any.
     *
     * @param nine whether {@code $9} is pinyin (CNMARC) rather than a local subfield
     */
    static List<Field> pair(List<Field> fields, boolean nine) {
        List<Field> out = null;
        int occurrence = 0;
        for (int k = 0; k < fields.size(); k++) {
            Field f = fields.get(k);
            int[] twin = f.isControl() || f.tag().equals("880") ? null : twins(f, nine);
            if (twin == null) {
                if (out != null) out.add(f);
                continue;
            }
            if (out == null) out = new ArrayList<>(fields.subList(0, k));
            occurrence++;
            String occ = (occurrence < 10 ? "0" : "") + occurrence;
            List<Character> rc = new ArrayList<>();
            List<String> rv = new ArrayList<>();
            List<Character> pc = new ArrayList<>();
            List<String> pv = new ArrayList<>();
            rc.add('6');
            rv.add("880-" + occ);
            pc.add('6');
            pv.add(f.tag() + "-" + occ + "/$1");
            // a subject heading is read whole (main part and subdivisions): Chinese with no pinyin goes with the
            // Chinese only, so each form of the heading stays in one script; text of the heading that is in
            // neither script (a year, $z 1995) is the same in both, so it goes with both
            boolean heading = f.tag().charAt(0) == '6';
            for (int i = 0; i < f.size(); i++) {
                if (twin[i] == -2) continue; // a pinyin subfield, placed with its text
                if (twin[i] < 0 && heading && hasCjk(f.value(i))) {
                    pc.add(f.code(i));
                    pv.add(f.value(i));
                } else if (twin[i] < 0 && heading && f.code(i) >= 'a' && f.code(i) <= 'z') {
                    rc.add(f.code(i));
                    rv.add(f.value(i));
                    pc.add(f.code(i));
                    pv.add(f.value(i));
                } else if (twin[i] >= 0) {
                    rc.add(f.code(i));
                    rv.add(f.value(twin[i]));
                    pc.add(f.code(i));
                    pv.add(f.value(i));
                } else {
                    rc.add(f.code(i));
                    rv.add(f.value(i));
                }
            }
            out.add(build(f, f.tag(), rc, rv));
            out.add(build(f, "880", pc, pv));
        }
        return out == null ? fields : out;
    }

    /**
     * For each subfield: the index of its pinyin twin, -2 when it is itself a twin, -1 otherwise; {@code null} when
     * the field has no pinyin for Chinese text.
     */
    private static int[] twins(Field f, boolean nine) {
        int[] twin = null;
        for (int i = 0; i < f.size(); i++) {
            char c = f.code(i);
            char text = c >= 'A' && c <= 'Z' ? Character.toLowerCase(c) : nine && c == '9' ? 'a' : 0;
            if (text == 0) continue;
            for (int j = i - 1; j >= 0; j--) {
                if (f.code(j) != text) continue;
                if (twin != null && twin[j] != -1) break;
                if (!hasCjk(f.value(j))) break;
                if (twin == null) {
                    twin = new int[f.size()];
                    java.util.Arrays.fill(twin, -1);
                }
                twin[j] = i;
                twin[i] = -2;
                break;
            }
        }
        return twin;
    }

    static boolean hasCjk(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u2E80' && c <= '\u9FFF' || c >= '\uAC00' && c <= '\uD7AF' || c >= '\uF900' && c <= '\uFAFF')
                return true;
        }
        return false;
    }

    private static Field build(Field like, String tag, List<Character> codes, List<String> values) {
        char[] c = new char[codes.size()];
        for (int i = 0; i < c.length; i++) c[i] = codes.get(i);
        return Field.data(tag, like.ind1(), like.ind2(), c, values.toArray(new String[0]));
    }
}
