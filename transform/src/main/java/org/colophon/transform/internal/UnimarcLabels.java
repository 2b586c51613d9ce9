package org.colophon.transform.internal;

import java.util.List;
import org.apache.jena.graph.Node;
import org.colophon.transform.marc.Field;

/**
 * Labels of UNIMARC headings as a cataloguer reads them.
 *
 * <p>{@code fn:nameLabel}: a UNIMARC name field (7XX) as a cataloguer reads it. UNIMARC leaves the punctuation between
 * a name's parts out of the record (the Taiwan CMARC {@code 770 $a Austen $b Jane $f 1775-1817.}), so it is put
 * back as the UNIMARC manual's display examples and the national catalogues show the name: for a person (70X, 77X)
 * {@code $a}, {@code $b} and {@code $f} after a comma ({@code Austen, Jane, 1775-1817}), {@code $d} (roman
 * numerals) and {@code $g} after a space, {@code $c} after a comma unless it is in parentheses; for a corporate
 * body (71X) {@code $b} (subordinate unit) after a full stop, {@code $c} {@code $d} {@code $e} {@code $f} after a
 * space ({@code France. Haut comité de la santé publique}); for a family (72X) {@code $f} after a comma. What the
 * record writes itself is kept: a part that opens with its own punctuation ({@code $b , Mariana} in BNCF's records,
 * {@code $f <1963-    >}) follows without a space, and a part after one that ends with punctuation gets only the
 * space. A Chinese name that Taiwan's CMARC splits into surname and forename (one or two Chinese characters each) is
 * written together, as Chinese names are written ({@code 702 $a 劉 $b 學眞} is {@code 劉學眞}); a Western name in
 * Chinese transcription keeps its comma ({@code 700 $a 奧斯汀 $b 珍}: {@code 奧斯汀, 珍}). BNU's CNMARC records write
 * a Chinese name whole in {@code $a} ({@code 701 #0 $a 叶震}), so nothing is joined there. The result ends without ISBD's final punctuation, as
 * {@code trim} gives it. CNMARC's pinyin (the field's 880 partner the decoder makes) gives the name again, tagged.
 */
final class UnimarcLabels {
    private UnimarcLabels() {}

    static List<Node> name(RecordContext ctx, Scope sc) {
        return Functions.paired(ctx, sc, (f, from, to) -> label(ctx, f, from, to));
    }

    private static String label(RecordContext ctx, Field f, int from, int to) {
        if (f == null || f.isControl()) return null;
        char kind = kind(f.tag());
        String codes = kind == 'c' ? "abcdef" : kind == 'f' ? "af" : "abcdfg";
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, from); i < Math.min(to, f.size()); i++) {
            char c = f.code(i);
            if (codes.indexOf(c) < 0) continue;
            String v = f.value(i).strip();
            if (v.isEmpty()) continue;
            ctx.use(f, c);
            if (sb.length() > 0) sb.append(separator(kind, c, sb, v));
            sb.append(v);
        }
        if (sb.length() == 0) return null;
        String t = TextSteps.trimPunctuation(withoutBidiMarks(sb));
        return t.isEmpty() ? null : t;
    }

    /** The text without the left-to-right and right-to-left marks some records end a subfield with. */
    static String withoutBidiMarks(CharSequence s) {
        String t = s.toString();
        return t.indexOf('\u200E') < 0 && t.indexOf('\u200F') < 0
                ? t
                : t.replace("\u200E", "").replace("\u200F", "");
    }

    /** Personal ({@code p}), corporate ({@code c}) or family ({@code f}) name, by the 7XX tag's second digit. */
    private static char kind(String tag) {
        if (tag.length() == 3 && tag.charAt(0) == '7') {
            if (tag.charAt(1) == '1') return 'c';
            if (tag.charAt(1) == '2') return 'f';
        }
        return 'p';
    }

    static String separator(char kind, char code, CharSequence before, String v) {
        char first = v.charAt(0);
        if (first == ',' || first == '.' || first == ';' || first == ':' || first == ')') return "";
        char last = before.charAt(before.length() - 1);
        if (kind == 'p' && code == 'b' && chineseNamePart(before) && chineseNamePart(TextSteps.trimPunctuation(v)))
            return "";
        if (last == ',' || last == ';' || last == ':') return " ";
        if (first == '(' || first == '<' || first == '[') return " ";
        String sep =
                switch (kind) {
                    case 'c' -> code == 'b' ? ". " : " ";
                    case 'f' -> code == 'f' ? ", " : " ";
                    default -> code == 'b' || code == 'c' || code == 'f' ? ", " : " ";
                };
        return last == '.' && sep.charAt(0) == '.' ? " " : sep;
    }

    /**
     * A Chinese surname or forename as Taiwan's CMARC splits a Chinese name ({@code $a 劉 $b 學眞}): one or two Chinese
     * characters (the forename may end with the field's period, {@code $b 學眞.}). A longer {@code $a} is a Western name in transcription ({@code $a 奧斯汀 $b 珍}, Austen, Jane),
     * which keeps its comma: {@code 奧斯汀, 珍}.
     */
    private static boolean chineseNamePart(CharSequence s) {
        if (s.length() == 0 || s.length() > 2) return false;
        for (int i = 0; i < s.length(); i++) if (!isHan(s.charAt(i))) return false;
        return true;
    }

    private static boolean isHan(char c) {
        return c >= '\u3400' && c <= '\u9FFF' || c >= '\uF900' && c <= '\uFAFF';
    }

    /**
     * {@code fn:unimarcSubjectLabel}: {@code fn:subjectLabel}, and a Chinese heading whose subdivisions were keyed
     * into {@code $a} with spaces between them ({@code 606 $a 经济发展 概况 中国 1997} in one of BNU's records, where
     * the library's other records write {@code $a 经济发展 $x 概况 $y 中国 $z 1997}) is given its subdivisions back:
     * {@code 经济发展--概况--中国--1997}. Chinese text has no spaces between words, so a space between two Chinese
     * words (or a Chinese word and a year) in a heading with no subdivision subfields separates subdivisions.
     */
    static List<Node> subject(RecordContext ctx, Scope sc) {
        List<Node> out = isName(sc.field().tag()) ? nameSubject(ctx, sc) : Functions.subjectLabel(ctx, sc);
        for (int i = 0; i < out.size(); i++) {
            Node n = out.get(i);
            String s = n.getLiteralLexicalForm();
            String joined = spacedSubdivisions(s);
            if (joined != null) {
                String lang = n.getLiteralLanguage();
                out.set(i, ctx.literal(joined, lang == null || lang.isEmpty() ? null : lang));
            }
        }
        return out;
    }

    /** 600 person, 601 corporate body, 602 family: headings whose main part is a name. */
    private static boolean isName(String tag) {
        return tag.equals("600") || tag.equals("601") || tag.equals("602");
    }

    /**
     * A name heading (600, 601, 602): the name punctuated as {@code fn:nameLabel} does ({@code France. Cour de
     * cassation}), then its subdivisions ({@code $j} form, {@code $x}, {@code $y}, {@code $z}) after "--".
     */
    private static List<Node> nameSubject(RecordContext ctx, Scope sc) {
        return Functions.paired(ctx, sc, (f, from, to) -> nameHeading(ctx, f));
    }

    private static String nameHeading(RecordContext ctx, Field f) {
        if (f == null || f.isControl()) return null;
        char kind = f.tag().equals("601") ? 'c' : f.tag().equals("602") ? 'f' : 'p';
        String codes = kind == 'c' ? "abcdefgh" : kind == 'f' ? "acdf" : "abcdfg";
        return Functions.heading(
                ctx, f, "jxyz", c -> codes.indexOf(c) >= 0, (c, before, v) -> separator(kind, c, before, v), true);
    }

    /** The heading with "--" for the spaces between its Chinese words, or null when it is not such a heading. */
    static String spacedSubdivisions(String s) {
        if (s.contains("--")) return null;
        String[] tokens = s.strip().split("\\s+");
        if (tokens.length < 2 || !hasHan(tokens[0])) return null;
        for (String t : tokens) {
            if (!hasHan(t) && !t.chars().allMatch(Character::isDigit)) return null;
        }
        return String.join("--", tokens);
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) if (isHan(s.charAt(i))) return true;
        return false;
    }

    /**
     * {@code fn:publicationStatement}: a UNIMARC publication area as ISBD writes it, the punctuation UNIMARC leaves
     * out put back: a place after {@code " ; "}, a publisher after {@code " : "}, the date after {@code ", "}
     * ({@code 210 $a Roma $a Bari $c GLF editori Laterza $d 2014}: {@code Roma ; Bari : GLF editori Laterza, 2014};
     * {@code 北京 : 人民文學出版社, 1993[民82]}). 210 and 214 read {@code $a} place, {@code $c} name, {@code $d} date;
     * a linking field (4XX, its embedded 210 read into standard subfields) {@code $c} place, {@code $n} name,
     * {@code $d} date. A part that opens with punctuation, or follows one that ends with it, gets only a space.
     */
    static List<Node> publication(RecordContext ctx, Scope sc) {
        return Functions.paired(ctx, sc, (f, from, to) -> statement(ctx, f, from, to));
    }

    private static String statement(RecordContext ctx, Field f, int from, int to) {
        if (f == null || f.isControl()) return null;
        boolean link = f.tag().charAt(0) == '4';
        char place = link ? 'c' : 'a';
        char name = link ? 'n' : 'c';
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, from); i < Math.min(to, f.size()); i++) {
            char c = f.code(i);
            if (c != place && c != name && c != 'd') continue;
            String v = TextSteps.trimIsbd(f.value(i).strip());
            if (v.isEmpty()) continue;
            ctx.use(f, c);
            if (sb.length() > 0) {
                char first = v.charAt(0);
                char last = sb.charAt(sb.length() - 1);
                if (first == ',' || first == ';' || first == ':' || first == '.') sb.append("");
                else if (last == ',' || last == ';' || last == ':') sb.append(' ');
                else sb.append(c == place ? " ; " : c == name ? " : " : ", ");
            }
            sb.append(v);
        }
        if (sb.length() == 0) return null;
        String t = TextSteps.trimPunctuation(withoutBidiMarks(sb));
        return t.isEmpty() ? null : t;
    }

    /**
     * {@code fn:seriesStatement} (225) and {@code fn:editionStatement} (205): the statement as ISBD writes it, the
     * punctuation UNIMARC leaves out put back before each part: 225 {@code $e} other title information after
     * {@code " : "}, {@code $f} responsibility after {@code " / "}, {@code $h} part number after {@code ". "},
     * {@code $i} part name after {@code ", "} when it follows a number, else {@code ". "} ({@code Occasional paper /
     * International Monetary Fund}); 205 {@code $b} additional edition statement after {@code ", "}, {@code $d}
     * parallel statement after {@code " = "}, {@code $f} responsibility after {@code " / "}, {@code $g} subsequent
     * responsibility after {@code " ; "}.
     */
    static List<Node> series(RecordContext ctx, Scope sc) {
        return statementLiterals(ctx, sc, "aefi");
    }

    static List<Node> edition(RecordContext ctx, Scope sc) {
        return statementLiterals(ctx, sc, "abdfg");
    }

    /**
     * {@code fn:responsibilityStatement}: a linking field's (4XX) statements of responsibility as ISBD writes them,
     * {@code $f} first, {@code $g} subsequent after {@code " ; "} ({@code a cura di Luciano Violante ; con la
     * collaborazione di Francesca Piazza}). {@code fn:authorResponsibilityStatement} puts the author {@code $a} first,
     * for a link to an Instance whose {@code $t} is the title and whose author no contribution carries.
     */
    static List<Node> responsibility(RecordContext ctx, Scope sc) {
        return statementLiterals(ctx, sc, "fg");
    }

    static List<Node> authorResponsibility(RecordContext ctx, Scope sc) {
        return statementLiterals(ctx, sc, "afg");
    }

    private static List<Node> statementLiterals(RecordContext ctx, Scope sc, String codes) {
        return Functions.paired(ctx, sc, (f, from, to) -> isbd(ctx, f, from, to, codes));
    }

    private static String isbd(RecordContext ctx, Field f, int from, int to, String codes) {
        if (f == null || f.isControl()) return null;
        char kind = f.tag().equals("225") ? 's' : f.tag().charAt(0) == '4' ? 'r' : 'e';
        StringBuilder sb = new StringBuilder();
        char previous = 0;
        for (int i = Math.max(0, from); i < Math.min(to, f.size()); i++) {
            char c = f.code(i);
            if (codes.indexOf(c) < 0) continue;
            String v = TextSteps.trimIsbd(f.value(i).strip());
            if (v.isEmpty()) continue;
            ctx.use(f, c);
            if (sb.length() > 0) {
                char first = v.charAt(0);
                char last = sb.charAt(sb.length() - 1);
                if (first == ',' || first == ';' || first == ':' || first == '.' || first == '=' || first == '/')
                    sb.append(' ');
                else if (last == ',' || last == ';' || last == ':' || last == '.' || last == '=' || last == '/')
                    sb.append(' ');
                else
                    sb.append(
                            switch (kind) {
                                case 's' -> seriesSeparator(c, previous);
                                case 'r' -> " ; "; // statements of responsibility, one after another
                                default -> editionSeparator(c);
                            });
            }
            sb.append(v);
            previous = c;
        }
        if (sb.length() == 0) return null;
        String t = TextSteps.trimPunctuation(withoutBidiMarks(sb));
        return t.isEmpty() ? null : t;
    }

    private static String seriesSeparator(char code, char previous) {
        return switch (code) {
            case 'e' -> " : ";
            case 'f' -> " / ";
            case 'h' -> ". ";
            case 'i' -> previous == 'h' ? ", " : ". ";
            default -> " ";
        };
    }

    private static String editionSeparator(char code) {
        return switch (code) {
            case 'b' -> ", ";
            case 'd' -> " = ";
            case 'f' -> " / ";
            case 'g' -> " ; ";
            default -> " ";
        };
    }
}
