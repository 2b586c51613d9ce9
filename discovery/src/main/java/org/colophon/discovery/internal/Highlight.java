package org.colophon.discovery.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The title with what the query matched in {@code <b>…</b>}, HTML-escaped: {@code 歷史} marks {@code 历史} in a simplified
 * title, {@code dvorak} marks {@code Dvořák}. Text matched only through pinyin is not marked.
 */
final class Highlight {
    private Highlight() {}

    /** The marked title, or {@code null} when nothing in it was matched literally. */
    static String mark(String title, String query) {
        if (title == null || query.isBlank()) return null;
        // fold the title one code point at a time, remembering where each folded char came from
        StringBuilder folded = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        for (int i = 0; i < title.length(); ) {
            int cp = title.codePointAt(i);
            String f = Analysis.fold(new String(Character.toChars(cp)));
            for (int k = 0; k < f.length(); k++) {
                folded.append(f.charAt(k));
                origin.add(i);
            }
            i += Character.charCount(cp);
        }
        boolean[] marked = new boolean[title.length() + 1];
        boolean any = false;
        for (String term : Suggest.clean(Analysis.fold(query)).split(" ")) {
            if (term.isEmpty() || (term.length() < 2 && !Pinyin.hasHan(term))) continue;
            for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
                int from = origin.get(at);
                int lastFolded = at + term.length() - 1;
                int to = lastFolded + 1 < origin.size() ? origin.get(lastFolded + 1) : title.length();
                for (int i = from; i < to; i++) marked[i] = true;
                any = true;
            }
        }
        if (!any) return null;
        StringBuilder out = new StringBuilder();
        boolean open = false;
        for (int i = 0; i < title.length(); i++) {
            if (marked[i] && !open) {
                out.append("<b>");
                open = true;
            } else if (!marked[i] && open) {
                out.append("</b>");
                open = false;
            }
            escape(out, title.charAt(i));
        }
        if (open) out.append("</b>");
        return out.toString();
    }

    private static void escape(StringBuilder out, char c) {
        switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> out.append(c);
        }
    }
}
