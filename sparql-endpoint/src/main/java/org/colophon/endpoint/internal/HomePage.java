package org.colophon.endpoint.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.colophon.graph.StoreStats;

/** {@code /}: what the dataset holds, and a SPARQL box with example queries that run against {@code /sparql}. */
final class HomePage {
    private HomePage() {}

    private static final Map<String, String> EXAMPLES = Map.of(
            "Works and their titles",
            """
            PREFIX bf: <http://id.loc.gov/ontologies/bibframe/>
            SELECT ?work ?title WHERE {
              ?work a bf:Work ; bf:title/bf:mainTitle ?title .
            } ORDER BY ?title LIMIT 50""",
            "A contributor's works",
            """
            PREFIX bf: <http://id.loc.gov/ontologies/bibframe/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?name ?work ?title WHERE {
              ?work bf:contribution/bf:agent ?agent ; bf:title/bf:mainTitle ?title .
              ?agent rdfs:label ?name .
            } ORDER BY ?name LIMIT 50""",
            "Records per library",
            """
            PREFIX colophon: <https://w3id.org/colophon/ns#>
            SELECT ?library (COUNT(?record) AS ?records) WHERE {
              GRAPH <https://w3id.org/colophon/graph/meta> { ?record colophon:sourceId ?library }
            } GROUP BY ?library ORDER BY ?library""");

    static void serve(Site site, HttpServletResponse resp) throws IOException {
        StoreStats stats = site.store().stats();
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(Html.escape(site.config().title())).append("</h1>");
        if (site.search() != null)
            b.append("<form class=\"home-search\" action=\"/search\" method=\"get\" role=\"search\">")
                    .append("<input type=\"search\" name=\"q\" id=\"home-q\" data-suggest")
                    .append(" placeholder=\"Search titles, names, subjects, ISBN — 简体, 繁體 or pinyin\"")
                    .append(
                            " aria-label=\"Search the catalogue\"><button type=\"submit\" class=\"run\">Search</button>")
                    .append("</form>");
        b.append("<p>A BIBFRAME 2 linked-data graph of library catalogues: ")
                .append(stats.records())
                .append(" records, ")
                .append(stats.triples())
                .append(" triples")
                .append(
                        stats.lastImport() == null
                                ? ""
                                : ", last import "
                                        + Html.escape(stats.lastImport().toString()))
                .append(".</p>");
        b.append("<table class=\"stats\"><tr><th>Library</th><th>Records</th><th>Triples</th></tr>");
        stats.catalogue().forEach((source, s) -> b.append("<tr><td>")
                .append(Html.escape(source))
                .append("</td><td class=\"num\">")
                .append(s.records())
                .append("</td><td class=\"num\">")
                .append(s.triples())
                .append("</td></tr>"));
        b.append("</table>");
        b.append("<h2 id=\"query\">Ask the graph (SPARQL)</h2><div>");
        EXAMPLES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> b.append(
                        "<button class=\"example\" type=\"button\" data-q=\"")
                .append(Html.escape(e.getValue()))
                .append("\">")
                .append(Html.escape(e.getKey()))
                .append("</button>"));
        b.append("</div><textarea id=\"q\" spellcheck=\"false\">")
                .append(Html.escape(EXAMPLES.get("Works and their titles")))
                .append("</textarea><button id=\"run\" class=\"run\" type=\"button\">Run query</button>")
                .append("<span id=\"status\"></span><div id=\"results\" data-base=\"")
                .append(Html.escape(site.base()))
                .append("\"></div>");
        b.append("<p>Endpoints: <a href=\"/sparql\">/sparql</a> (SPARQL 1.1 query), /data?graph=&lt;record IRI&gt;")
                .append(" (Graph Store Protocol, read), <a href=\"/void\">/void</a> (VoID),")
                .append(" <a href=\"/context.jsonld\">/context.jsonld</a> (JSON-LD context).</p>");
        b.append("<script src=\"/assets/home.js\" defer></script>");
        Responses.body(resp, "text/html", Html.page(site, site.config().title(), b.toString()));
    }
}
