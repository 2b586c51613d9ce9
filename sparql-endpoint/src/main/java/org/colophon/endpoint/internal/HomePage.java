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

    private static final String SCRIPT =
            """
            const box=document.getElementById('q'),out=document.getElementById('results'),st=document.getElementById('status');
            document.querySelectorAll('button.example').forEach(b=>b.addEventListener('click',()=>{box.value=b.dataset.q;}));
            function esc(s){return s.replace(/[&<>"']/g,c=>({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c]));}
            function cell(v){if(!v)return'';if(v.type==='uri'){const base=%s;
              const href=v.value.startsWith(base)?'/'+v.value.substring(base.length):v.value;
              return '<a href="'+esc(href)+'">'+esc(v.value)+'</a>';}
              return '<span'+(v['xml:lang']?' lang="'+esc(v['xml:lang'])+'"':'')+'>'+esc(v.value)+'</span>'
              +(v['xml:lang']?'<span class="tag">'+esc(v['xml:lang'])+'</span>':'');}
            async function run(){
              st.textContent='Running…';out.innerHTML='';const t0=performance.now();
              const r=await fetch('/sparql',{method:'POST',headers:{'Content-Type':'application/x-www-form-urlencoded',
                'Accept':'application/sparql-results+json'},body:new URLSearchParams({query:box.value})});
              if(!r.ok){st.textContent='Error '+r.status+': '+await r.text();return;}
              const j=await r.json();const ms=Math.round(performance.now()-t0);
              if(j.boolean!==undefined){st.textContent='Answer: '+j.boolean;return;}
              const vars=j.head.vars,rows=j.results.bindings;
              st.textContent=rows.length+' rows in '+ms+' ms'+(r.headers.get('Colophon-Result-Limit')?' (cut at the result limit)':'');
              out.innerHTML='<table class="results"><tr>'+vars.map(v=>'<th>'+esc(v)+'</th>').join('')+'</tr>'
                +rows.map(b=>'<tr>'+vars.map(v=>'<td>'+cell(b[v])+'</td>').join('')+'</tr>').join('')+'</table>';}
            document.getElementById('run').addEventListener('click',run);
            const ex=new URLSearchParams(location.hash.substring(1)).get('example');
            if(ex!==null){const b=document.querySelectorAll('button.example')[+ex];if(b){box.value=b.dataset.q;run();}}
            """;

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
        stats.sources().forEach((source, s) -> b.append("<tr><td>")
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
                .append("<span id=\"status\"></span><div id=\"results\"></div>");
        b.append("<p>Endpoints: <a href=\"/sparql\">/sparql</a> (SPARQL 1.1 query), /data?graph=&lt;record IRI&gt;")
                .append(" (Graph Store Protocol, read), <a href=\"/void\">/void</a> (VoID),")
                .append(" <a href=\"/context.jsonld\">/context.jsonld</a> (JSON-LD context).</p>");
        b.append("<script>").append(SCRIPT.formatted(jsString(site.base()))).append("</script>");
        Responses.body(resp, "text/html", Html.page(site, site.config().title(), b.toString()));
    }

    private static String jsString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\u003c") + "\"";
    }
}
