package org.colophon.authority.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.colophon.discovery.DiscoveryIndex;
import org.colophon.discovery.Hit;
import org.colophon.discovery.SearchRequest;
import org.colophon.graph.GraphStore;
import org.colophon.graph.QueryResult;

/**
 * The works/instances service: bibliographic records matched by title (the query), creator, date and ISBN (property
 * conditions), found through the discovery index and scored feature by feature:
 *
 * <pre>
 * title    0..1  words shared with the best of the record's titles, whole or main title alone (Dice, after NACO
 *                normalisation; Han, kana and hangul by character)
 * creator  0..1  the same, with the best of its names, dates left out (order-insensitive: "Lu, Xun" = "Lu Xun")
 * date     0..1  1 the same year, 0.5 a year apart, 0 otherwise
 * isbn     0/1   1 when the record carries the ISBN asked for, in any form (10 or 13 digits, hyphens or not)
 * score    = 100 × Σ weight × value / Σ weight over the features the query gives (weights: title 50, creator 25,
 *            date 10, isbn 40)
 * match    = score ≥ 85 and at least 10 above the second candidate
 * </pre>
 *
 * Types: {@code bf:Instance} (ids are Instance IRIs, the default) and {@code bf:Work} (ids are the records' Work IRIs).
 */
public final class RecordReconciliation implements Service {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BF = "http://id.loc.gov/ontologies/bibframe/";
    public static final String INSTANCE = BF + "Instance";
    public static final String WORK = BF + "Work";
    private static final Pattern YEAR = Pattern.compile("(1[0-9]{3}|20[0-9]{2})");

    static final double W_TITLE = 50, W_CREATOR = 25, W_DATE = 10, W_ISBN = 40;
    /** A match scores at least this ... */
    public static final double MATCH_SCORE = 85;
    /** ... and this much more than the second candidate. */
    public static final double MATCH_LEAD = 10;

    /** Candidates looked at per search before scoring. */
    private static final int POOL = 30;

    private final DiscoveryIndex search;
    private final GraphStore store;
    private final String url;

    public RecordReconciliation(DiscoveryIndex search, GraphStore store, String url) {
        this.search = search;
        this.store = store;
        this.url = url;
    }

    static final Map<String, String> PROPERTIES = Map.of(
            "creator", "Creator or contributor (a name, in any order, with or without dates)",
            "date", "Date of publication (a year is enough)",
            "isbn", "ISBN (10 or 13 digits, with or without hyphens)",
            "title", "Title (for data extension; reconcile by the query itself)");

    private static final List<String> PROPERTY_ORDER = List.of("title", "creator", "date", "isbn");

    @Override
    public ObjectNode manifest() {
        ObjectNode m = JSON.createObjectNode();
        m.putArray("versions").add("0.1").add("0.2");
        m.put("name", "Colophon works and instances (bibliographic records)");
        m.put("identifierSpace", "https://w3id.org/colophon/record");
        m.put("schemaSpace", BF);
        m.put("documentation", "https://w3id.org/colophon/docs/authorities");
        m.putObject("view").put("url", "{{id}}");
        m.putArray("defaultTypes").add(type(INSTANCE));
        Service.addSharedEndpoints(m, url);
        return m;
    }

    private static ObjectNode type(String iri) {
        return JSON.createObjectNode().put("id", iri).put("name", iri.equals(WORK) ? "Work" : "Instance");
    }

    @Override
    public ObjectNode reconcile(JsonNode batch) {
        return Service.eachQuery(batch, (q, result) -> {
            for (Scored c : candidates(q)) result.add(c.json());
        });
    }

    /** One record scored against a query. */
    record Scored(
            String id,
            String name,
            String description,
            String type,
            Map<String, Double> features,
            double score,
            boolean match) {
        ObjectNode json() {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", id);
            o.put("name", name);
            if (!description.isEmpty()) o.put("description", description);
            o.put("score", score);
            o.put("match", match);
            o.putArray("type").add(RecordReconciliation.type(type));
            ArrayNode fs = o.putArray("features");
            features.forEach((k, v) -> fs.addObject().put("id", k).put("value", v));
            return o;
        }

        Scored asMatch(boolean m) {
            return new Scored(id, name, description, type, features, score, m);
        }
    }

    /** The candidates for one query, best first, the first marked a match when it is strong and well ahead. */
    public List<Scored> candidates(JsonNode q) {
        String title = q.path("query").asText("").strip();
        String type = INSTANCE;
        JsonNode t = q.path("type");
        if (t.isArray() && !t.isEmpty()) t = t.get(0);
        if (t.isTextual()) type = typeOf(t.asText());
        int limit = Math.max(1, Math.min(100, q.path("limit").asInt(10)));
        List<String> creators = new ArrayList<>();
        String date = "";
        List<String> isbns = new ArrayList<>();
        for (JsonNode p : q.path("properties")) {
            String pid = p.path("pid").asText(p.path("p").asText(""));
            List<String> values = new ArrayList<>();
            JsonNode v = p.path("v");
            if (v.isArray()) for (JsonNode x : v) values.add(value(x));
            else values.add(value(v));
            values.removeIf(String::isBlank);
            switch (pid) {
                case "creator", "contributor", "author" -> creators.addAll(values);
                case "date", "year" -> date = values.isEmpty() ? "" : values.get(0);
                case "isbn" -> isbns.addAll(values);
                default ->
                    throw new IllegalArgumentException(
                            "unknown property '" + pid + "'; properties: creator, date, isbn");
            }
        }
        if (title.isEmpty() && isbns.isEmpty()) return List.of();

        // the pool: records with every word of the title (and of the creator), and those with the ISBN
        Map<String, Hit> pool = new LinkedHashMap<>();
        Set<String> byIsbn = new LinkedHashSet<>();
        for (String isbn : isbns) {
            String digits = isbn.replaceAll("[^0-9Xx]", "");
            if (digits.isEmpty()) continue;
            for (Hit h : hits(digits)) {
                byIsbn.add(h.id());
                pool.putIfAbsent(h.id(), h);
            }
        }
        if (!title.isEmpty()) {
            for (String c : creators)
                for (Hit h : hits(title + " " + Naco.split(c).name())) pool.putIfAbsent(h.id(), h);
            for (Hit h : hits(title)) pool.putIfAbsent(h.id(), h);
        }
        Integer year = year(date);
        List<Scored> scored = new ArrayList<>();
        for (Hit h : pool.values()) {
            Map<String, Double> f = new LinkedHashMap<>();
            double sum = 0, weights = 0;
            if (!title.isEmpty()) {
                double v = 0;
                List<String> titles = new ArrayList<>();
                for (Hit.Text tt : h.titles()) titles.add(tt.value());
                if (titles.isEmpty()) titles.add(h.title());
                for (String tt : titles) {
                    // the whole title, or its main title alone (a query rarely gives the subtitle)
                    v = Math.max(v, dice(title, tt));
                    int colon = tt.indexOf(" : ");
                    if (colon > 0) v = Math.max(v, dice(title, tt.substring(0, colon)));
                }
                f.put("title", round(v));
                sum += W_TITLE * v;
                weights += W_TITLE;
            }
            if (!creators.isEmpty()) {
                double v = 0;
                for (String c : creators)
                    for (String n : h.contributors())
                        v = Math.max(v, dice(Naco.split(c).name(), Naco.split(n).name()));
                f.put("creator", round(v));
                sum += W_CREATOR * v;
                weights += W_CREATOR;
            }
            if (year != null) {
                Integer y = year(h.date());
                double v = y == null ? 0 : y.equals(year) ? 1 : Math.abs(y - year) == 1 ? 0.5 : 0;
                f.put("date", v);
                sum += W_DATE * v;
                weights += W_DATE;
            }
            if (!isbns.isEmpty()) {
                double v = byIsbn.contains(h.id()) ? 1 : 0;
                f.put("isbn", v);
                sum += W_ISBN * v;
                weights += W_ISBN;
            }
            double score = round(100 * sum / weights);
            String id = type.equals(WORK) ? h.id().replaceFirst("#Instance[^#]*$", "#Work") : h.id();
            List<String> desc = new ArrayList<>();
            if (!h.contributors().isEmpty()) desc.add(String.join("; ", h.contributors()));
            if (h.date() != null) desc.add(h.date());
            scored.add(new Scored(id, h.title(), String.join(", ", desc), type, f, score, false));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id));
        if (scored.size() > limit) scored = new ArrayList<>(scored.subList(0, limit));
        if (!scored.isEmpty()) {
            double top = scored.get(0).score();
            double second = scored.size() > 1 ? scored.get(1).score() : 0;
            if (top >= MATCH_SCORE && top - second >= MATCH_LEAD)
                scored.set(0, scored.get(0).asMatch(true));
        }
        return scored;
    }

    private List<Hit> hits(String q) {
        return search.search(SearchRequest.of(q).withPage(1, POOL)).hits();
    }

    private static String typeOf(String t) {
        return switch (t) {
            case INSTANCE, "Instance", "bf:Instance" -> INSTANCE;
            case WORK, "Work", "bf:Work" -> WORK;
            default ->
                throw new IllegalArgumentException(
                        "unknown type '" + t + "' for the instances service; types: " + INSTANCE + ", " + WORK);
        };
    }

    private static String value(JsonNode v) {
        if (v.isObject()) return v.path("id").asText(v.path("name").asText(""));
        return v.asText("");
    }

    static Integer year(String date) {
        if (date == null) return null;
        Matcher m = YEAR.matcher(date);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    /** Dice coefficient of the two texts' word sets after NACO normalisation; Han, kana and hangul by character. */
    static double dice(String a, String b) {
        Set<String> x = words(a), y = words(b);
        if (x.isEmpty() || y.isEmpty()) return 0;
        int common = 0;
        for (String w : x) if (y.contains(w)) common++;
        return 2.0 * common / (x.size() + y.size());
    }

    private static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        if (s == null) return out;
        for (String w : Naco.normalize(s).split(" ")) {
            if (w.isEmpty()) continue;
            if (w.codePoints().anyMatch(RecordReconciliation::ideographic))
                w.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
            else out.add(w);
        }
        return out;
    }

    private static boolean ideographic(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN
                || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HANGUL;
    }

    @Override
    public ObjectNode suggestEntities(String prefix, int limit) {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode result = out.putArray("result");
        if (prefix.isBlank()) return out;
        for (Hit h : search.search(SearchRequest.of(prefix).withPage(1, Math.min(100, limit)))
                .hits()) {
            ObjectNode o = result.addObject();
            o.put("id", h.id());
            o.put("name", h.title());
            if (!h.contributors().isEmpty()) o.put("description", String.join("; ", h.contributors()));
            o.putArray("notable").add(type(INSTANCE));
        }
        return out;
    }

    @Override
    public ObjectNode suggestTypes(String prefix) {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode result = out.putArray("result");
        String p = prefix.strip().toLowerCase(Locale.ROOT);
        for (String t : List.of(INSTANCE, WORK)) {
            String name = t.equals(WORK) ? "work" : "instance";
            if (name.startsWith(p) || t.toLowerCase(Locale.ROOT).startsWith(p)) result.add(type(t));
        }
        return out;
    }

    @Override
    public ObjectNode suggestProperties(String prefix) {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode result = out.putArray("result");
        String p = prefix.strip().toLowerCase(Locale.ROOT);
        for (String id : PROPERTY_ORDER) {
            if (id.startsWith(p) || PROPERTIES.get(id).toLowerCase(Locale.ROOT).contains(p))
                result.addObject().put("id", id).put("name", PROPERTIES.get(id));
        }
        return out;
    }

    @Override
    public ObjectNode proposeProperties(String type, int limit) {
        ObjectNode out = JSON.createObjectNode();
        if (type != null) out.put("type", typeOf(type));
        out.put("limit", limit);
        ArrayNode props = out.putArray("properties");
        for (String id : PROPERTY_ORDER.subList(0, Math.min(limit, PROPERTY_ORDER.size())))
            props.addObject().put("id", id).put("name", PROPERTIES.get(id));
        return out;
    }

    @Override
    public ObjectNode extend(JsonNode q) {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode meta = out.putArray("meta");
        List<String> props = new ArrayList<>();
        for (JsonNode p : q.path("properties")) {
            String id = p.path("id").asText("");
            if (!PROPERTIES.containsKey(id)) throw new IllegalArgumentException("unknown property '" + id + "'");
            props.add(id);
            meta.addObject().put("id", id).put("name", PROPERTIES.get(id));
        }
        ObjectNode rows = out.putObject("rows");
        for (JsonNode idNode : q.path("ids")) {
            String id = idNode.asText();
            Map<String, List<String>> d = describe(id);
            ObjectNode row = rows.putObject(id);
            for (String p : props) {
                ArrayNode values = row.putArray(p);
                for (String v : d.getOrDefault(p, List.of())) values.addObject().put("str", v);
            }
        }
        return out;
    }

    /** What the store says of an Instance (or a record's Work): titles, creators, dates, ISBNs. */
    private Map<String, List<String>> describe(String id) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (!id.matches("[^<>\"{}|\\\\^`\\s]+#(Instance|Work)[^<>\"\\s]*")) return out;
        String instance = id.endsWith("#Work") ? id.substring(0, id.length() - 5) + "#Instance" : id;
        String q = "PREFIX bf: <" + BF + "> SELECT ?p ?v WHERE { BIND(<" + instance + "> AS ?i) {"
                + " ?i bf:title/bf:mainTitle ?v BIND(\"title\" AS ?p) } UNION {"
                + " ?i bf:instanceOf/bf:contribution/bf:agent/<http://www.w3.org/2000/01/rdf-schema#label> ?v"
                + " BIND(\"creator\" AS ?p) } UNION {"
                + " ?i bf:provisionActivity/<http://id.loc.gov/ontologies/bflc/simpleDate> ?v BIND(\"date\" AS ?p) }"
                + " UNION { ?i bf:identifiedBy ?n . ?n a bf:Isbn ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#value>"
                + " ?v BIND(\"isbn\" AS ?p) } }";
        QueryResult.Select rows = (QueryResult.Select) store.query(q, Duration.ofSeconds(10));
        for (Binding b : rows.rows()) {
            List<String> vs =
                    out.computeIfAbsent(b.get(Var.alloc("p")).getLiteralLexicalForm(), k -> new ArrayList<>());
            String v = b.get(Var.alloc("v")).getLiteralLexicalForm();
            if (!vs.contains(v)) vs.add(v);
        }
        return out;
    }

    @Override
    public String preview(String id) {
        Map<String, List<String>> d = describe(id);
        if (d.isEmpty()) return null;
        String title = d.getOrDefault("title", List.of(id)).get(0);
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(esc(title))
                .append("</title></head><body style=\"font-family:sans-serif;font-size:0.8em;margin:0.5em\">");
        sb.append("<p><a href=\"")
                .append(esc(id))
                .append("\" target=\"_blank\"><b>")
                .append(esc(title))
                .append("</b></a></p>");
        for (String p : List.of("creator", "date", "isbn")) {
            List<String> vs = d.get(p);
            if (vs != null)
                sb.append("<p>")
                        .append(p)
                        .append(": ")
                        .append(esc(String.join("; ", vs)))
                        .append("</p>");
        }
        return sb.append("</body></html>").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
