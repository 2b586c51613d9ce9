package org.colophon.endpoint.internal;

/**
 * HTML escaping and the page layout of the pages still built in Java; the style sheet is {@code /assets/colophon.css}
 * (pages load nothing from elsewhere).
 */
final class Html {
    private Html() {}

    /**
     * Whether an IRI from the data may become a link: only schemes that cannot run script in the reader's browser
     * ({@code http}, {@code https}, {@code mailto}, {@code urn}, {@code doi}, {@code hdl}). A harvested record's
     * {@code javascript:} or {@code data:} "IRI" is shown as text.
     */
    static boolean linkable(String iri) {
        int colon = iri.indexOf(':');
        if (colon <= 0) return false;
        return switch (iri.substring(0, colon).toLowerCase(java.util.Locale.ROOT)) {
            case "http", "https", "mailto", "urn", "doi", "hdl" -> true;
            default -> false;
        };
    }

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
