package org.colophon.transform.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits a rule line on white space, keeping {@code 'quoted text'} and {@code <iri>} whole. */
final class Tokenizer {
    private Tokenizer() {}

    static List<String> split(String line, String origin) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) throw new RuleSyntaxException(origin, "unclosed quote");
                i = end + 1;
            } else if (c == '<') {
                int end = line.indexOf('>', i + 1);
                if (end < 0) throw new RuleSyntaxException(origin, "unclosed '<'");
                i = end + 1;
            } else if (c == '[') {
                int end = line.indexOf(']', i + 1);
                if (end < 0) throw new RuleSyntaxException(origin, "'[' without ']'");
                i = end + 1;
                // keep a #Name suffix attached
                while (i < n && !Character.isWhitespace(line.charAt(i))) i++;
            } else if (c == '|') {
                i++;
            } else {
                // in a condition ("ind2=0|1") '|' separates alternatives; elsewhere it starts a transform
                while (i < n
                        && !Character.isWhitespace(line.charAt(i))
                        && (line.charAt(i) != '|' || line.substring(start, i).indexOf('=') >= 0)) {
                    if (line.charAt(i) == '(') {
                        int end = line.indexOf(')', i);
                        if (end < 0) throw new RuleSyntaxException(origin, "'(' without ')'");
                        i = end + 1;
                    } else i++;
                }
            }
            out.add(line.substring(start, i));
        }
        return out;
    }
}
