package org.colophon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.colophon.discovery.DiscoveryIndex;
import org.colophon.discovery.Hit;
import org.colophon.discovery.SearchRequest;
import org.colophon.discovery.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code colophon search}: the discovery index from the command line, the same results as the search API. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Search the catalogue: titles, names, subjects, identifiers; 简体, 繁體 and pinyin alike.",
            "Prints one hit a line (or the search API's JSON with --json), then the facets."
        })
final class SearchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "What to look for (default: everything).")
    String query = "";

    @Option(
            names = "--filter",
            paramLabel = "DIM:VALUE",
            description = "Only hits with this facet value (repeatable); authority:IRI keeps the records linked to"
                    + " that authority.")
    List<String> filters = new ArrayList<>();

    @Option(
            names = "--sort",
            defaultValue = "relevance",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    SearchRequest.Sort sort;

    @Option(names = "--page", defaultValue = "1", description = "Page, from 1 (default: ${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--size", defaultValue = "10", description = "Hits per page (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--json", description = "Print the search API's JSON.")
    boolean json;

    @Option(names = "--debug", description = "Show stack traces.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        if (!java.nio.file.Files.isDirectory(store.dataDir().index()))
            throw new Main.UserError(
                    "no search index in " + store.data + " (import records first, or run `colophon" + " reindex`)");
        SearchRequest request;
        try {
            List<SearchRequest.Filter> fs = new ArrayList<>();
            for (String f : filters) fs.add(SearchRequest.Filter.parse(f));
            request = new SearchRequest(query, page, size, sort, fs);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError(e.getMessage());
        }
        SearchResult r;
        try (DiscoveryIndex index = DiscoveryIndex.openReadOnly(store.dataDir().index())) {
            // read-only (it may run beside a server that holds the index): it cannot rebuild an outdated index
            if (index.outdated())
                throw new Main.UserError(
                        "the search index in " + store.dataDir().index() + " is of an older format ("
                                + index.format() + "; this version reads " + DiscoveryIndex.FORMAT
                                + "): run `colophon reindex`, or any command that writes (import, serve), to rebuild it");
            r = index.search(request);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(r));
        } else {
            out.println(r.total() + " found");
            int n = (page - 1) * size;
            for (Hit h : r.hits()) {
                out.println(++n + ". " + h.title() + (h.date() == null ? "" : " (" + h.date() + ")"));
                if (!h.contributors().isEmpty()) out.println("   " + String.join("; ", h.contributors()));
                out.println("   " + h.id() + "  [" + String.join(", ", h.libraries()) + "]");
            }
            for (Map.Entry<String, List<SearchResult.FacetValue>> f : r.facets().entrySet()) {
                if (f.getValue().isEmpty()) continue;
                List<String> vs = new ArrayList<>();
                for (SearchResult.FacetValue v :
                        f.getValue().subList(0, Math.min(5, f.getValue().size())))
                    vs.add(v.value() + " (" + v.count() + ")");
                out.println(f.getKey() + ": " + String.join(", ", vs));
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
