package org.colophon.endpoint.internal;

import org.apache.jena.graph.Node;

/** HTML escaping and the one page layout, with its small inline style sheet; pages load nothing from elsewhere. */
final class Html {
    private Html() {}

    static final String CSS =
            """
            :root{--ink:#1d2327;--muted:#5b6770;--line:#e2e6ea;--accent:#8a3b12;--bg:#fbfaf7;--card:#fff}
            *{box-sizing:border-box}
            body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",\
            "Noto Sans","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif}
            header.site{border-bottom:1px solid var(--line);background:var(--card);padding:.7rem 1.5rem;display:flex;\
            gap:1.2rem;align-items:baseline}
            header.site a.brand{font-weight:700;color:var(--accent);text-decoration:none;letter-spacing:.02em}
            header.site nav a{color:var(--muted);margin-right:1rem;text-decoration:none;font-size:.92rem}
            main{max-width:64rem;margin:0 auto;padding:1.5rem}
            h1{font-size:1.7rem;line-height:1.3;margin:.2rem 0 .4rem}
            h2{font-size:1.15rem;margin:0 0 .6rem;display:flex;gap:.6rem;align-items:baseline;flex-wrap:wrap}
            a{color:#0b5cad}
            .iri{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem;color:var(--muted);\
            word-break:break-all}
            .prov{background:#f3efe6;border-left:3px solid var(--accent);padding:.6rem .9rem;margin:1rem 0;\
            font-size:.95rem}
            .formats a{margin-right:.8rem;font-size:.9rem}
            section.entity{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:1rem 1.2rem;\
            margin:1rem 0}
            .type{font-size:.8rem;background:#eef2f6;border-radius:4px;padding:.05rem .45rem;color:var(--muted);\
            font-weight:400}
            dl.props{display:grid;grid-template-columns:minmax(9rem,13rem) 1fr;gap:.35rem 1rem;margin:0}
            dl.props>dt{color:var(--muted);font-size:.88rem;padding-top:.15rem}
            dl.props>dd{margin:0;min-width:0;overflow-wrap:anywhere}
            .node dl.props{grid-template-columns:minmax(7rem,10rem) 1fr}
            .values>.node{flex-basis:100%}
            .sep{color:var(--muted);margin:0 .5rem;font-weight:400}
            .values{display:flex;flex-wrap:wrap;gap:.3rem 1.4rem}
            .lit{white-space:pre-wrap}
            .tag{font-size:.7rem;color:var(--muted);border:1px solid var(--line);border-radius:3px;padding:0 .3rem;\
            margin-left:.35rem;vertical-align:.15em;white-space:nowrap;font-family:ui-monospace,Menlo,Consolas,monospace}
            .node{border-left:2px solid var(--line);padding:.2rem 0 .2rem .8rem;margin:.15rem 0}
            table.stats,table.results{border-collapse:collapse;margin:.5rem 0;font-size:.93rem}
            table.stats td,table.stats th,table.results td,table.results th{border-bottom:1px solid var(--line);\
            padding:.3rem .8rem;text-align:left;vertical-align:top}
            td.num{text-align:right;font-variant-numeric:tabular-nums}
            textarea{width:100%;min-height:11rem;font:14px/1.4 ui-monospace,Menlo,Consolas,monospace;padding:.6rem;\
            border:1px solid var(--line);border-radius:6px}
            button{font:inherit;padding:.35rem .9rem;border-radius:5px;border:1px solid #c9ced4;background:#fff;\
            cursor:pointer;margin:.3rem .4rem .3rem 0}
            button.run{background:var(--accent);color:#fff;border-color:var(--accent)}
            #status{color:var(--muted);font-size:.9rem}
            footer{color:var(--muted);font-size:.85rem;text-align:center;padding:2rem}
            """;

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

    /** A whole page: head with title and style, the site header, the body. */
    static String page(Site site, String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title><style>" + CSS + "</style></head><body>"
                + "<header class=\"site\"><a class=\"brand\" href=\"/\">"
                + escape(site.config().title()) + "</a>"
                + "<nav><a href=\"/#query\">SPARQL</a><a href=\"/void\">VoID</a><a href=\"/health\">Health</a></nav>"
                + "</header><main>" + body + "</main>"
                + "<footer>Published with Colophon · BIBFRAME 2 linked data</footer></body></html>\n";
    }

    /** A literal as text, with its language tag shown and set on the element (and the script direction). */
    static void literal(StringBuilder b, Node v) {
        String lang = v.getLiteralLanguage();
        if (lang.isEmpty()) {
            b.append("<span class=\"lit\" dir=\"auto\">")
                    .append(escape(v.getLiteralLexicalForm()))
                    .append("</span>");
            return;
        }
        b.append("<span class=\"lit\" dir=\"auto\" lang=\"")
                .append(escape(lang))
                .append("\">")
                .append(escape(v.getLiteralLexicalForm()))
                .append("</span><span class=\"tag\">")
                .append(escape(lang))
                .append("</span>");
    }
}
