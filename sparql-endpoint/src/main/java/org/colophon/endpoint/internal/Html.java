package org.colophon.endpoint.internal;

/**
 * HTML escaping and the page layout of the pages still built in Java; the style sheet is {@code /assets/colophon.css}
 * (pages load nothing from elsewhere).
 */
final class Html {
    private Html() {}

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A whole page in the site's layout ({@code layout.jte}): head, the header with its search box, the body. */
    static String page(Site site, String title, String body) {
        return Pages.layout(site, title, "", out -> out.writeContent(body));
    }
}
