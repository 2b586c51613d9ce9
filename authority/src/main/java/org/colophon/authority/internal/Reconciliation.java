package org.colophon.authority.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colophon.authority.Authority;
import org.colophon.authority.AuthorityIndex;
import org.colophon.authority.Candidate;
import org.colophon.authority.Identifiers;
import org.colophon.authority.Kind;
import org.colophon.authority.Query;

/** One reconciliation service: the authorities of some kinds, answered in the shapes of the 0.2 JSON Schemas. */
public final class Reconciliation implements Service {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LIMIT = 100;

    private final String name;
    final String title;
    final Set<Kind> kinds;
    private final AuthorityIndex index;
    private final String url;

    Reconciliation(String name, String title, Set<Kind> kinds, AuthorityIndex index, String url) {
        this.name = name;
        this.title = title;
        this.kinds = kinds;
        this.index = index;
        this.url = url;
    }

    /** The three services, by path segment. */
    public static Map<String, Reconciliation> services(AuthorityIndex index, String publicUrl) {
        String base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        Map<String, Reconciliation> out = new LinkedHashMap<>();
        out.put(
                "agents",
                new Reconciliation(
                        "agents",
                        "Colophon agents (persons, families, organizations, meetings)",
                        EnumSet.of(Kind.PERSON, Kind.FAMILY, Kind.ORGANIZATION, Kind.MEETING),
                        index,
                        base + "agents"));
        out.put(
                "subjects",
                new Reconciliation(
                        "subjects",
                        "Colophon subjects (topics, places, periods, genres)",
                        EnumSet.of(Kind.TOPIC, Kind.PLACE, Kind.TEMPORAL, Kind.GENRE, Kind.COMPLEX),
                        index,
                        base + "subjects"));
        out.put(
                "works",
                new Reconciliation(
                        "works",
                        "Colophon works (name/title and uniform titles)",
                        EnumSet.of(Kind.WORK),
                        index,
                        base + "works"));
        return out;
    }

    /** Properties a query may condition on and extension may fetch. */
    static final Map<String, String> PROPERTIES = properties();

    private static Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("dates", "Dates (birth-death, or of the heading)");
        p.put("identifier", "Identifier (LCCN, GND, VIAF, ISNI, ORCID, as number or IRI)");
        p.put("variant", "Variant headings (4XX), with their language tags");
        p.put("sameAs", "The same authority elsewhere (id.loc.gov, VIAF, GND, ISNI IRIs)");
        p.put("source", "Where the heading was found (670)");
        p.put("note", "Occupation, field of activity, biographical note");
        p.put("type", "Kind of authority");
        return p;
    }

    @Override
    public ObjectNode manifest() {
        ObjectNode m = JSON.createObjectNode();
        m.putArray("versions").add("0.1").add("0.2");
        m.put("name", title);
        m.put("identifierSpace", "https://w3id.org/colophon/authority");
        m.put("schemaSpace", org.colophon.vocab.MADS.NS);
        m.put("documentation", "https://w3id.org/colophon/docs/authorities");
        m.putObject("view").put("url", "{{id}}");
        m.putObject("feature_view").put("url", url + "/features#{{id}}");
        ArrayNode types = m.putArray("defaultTypes");
        for (Kind k : kinds) types.add(type(k));
        ObjectNode extend = Service.addSharedEndpoints(m, url);
        ArrayNode settings = extend.putArray("property_settings");
        settings.addObject()
                .put("type", "number")
                .put("default", 10)
                .put("label", "Limit")
                .put("name", "limit")
                .put("help_text", "At most this many values per property");
        return m;
    }

    static ObjectNode type(Kind k) {
        return JSON.createObjectNode().put("id", k.label()).put("name", k.label());
    }

    /** Answers a batch: {@code {"q0": {"query": "…", "type": "Person", "limit": 3, "properties": [...]}}}. */
    @Override
    public ObjectNode reconcile(JsonNode batch) {
        return Service.eachQuery(batch, (q, result) -> {
            for (Candidate c : candidates(q)) result.add(candidate(c));
        });
    }

    List<Candidate> candidates(JsonNode q) {
        String text = q.path("query").asText("");
        Set<Kind> wanted = EnumSet.noneOf(Kind.class);
        JsonNode type = q.path("type");
        if (type.isTextual()) addType(wanted, type.asText());
        else if (type.isArray()) for (JsonNode t : type) addType(wanted, t.asText());
        if (wanted.isEmpty()) wanted.addAll(kinds);
        int limit = Math.max(1, Math.min(MAX_LIMIT, q.path("limit").asInt(10)));
        String dates = "";
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode p : q.path("properties")) {
            String pid = p.path("pid").asText(p.path("p").asText(""));
            List<String> values = new ArrayList<>();
            JsonNode v = p.path("v");
            if (v.isArray()) for (JsonNode x : v) values.add(value(x));
            else values.add(value(v));
            switch (pid) {
                case "dates" -> dates = values.isEmpty() ? "" : values.get(0);
                case "identifier", "sameAs" -> {
                    for (String x : values) {
                        String k = Identifiers.key(x);
                        String bare = x.replaceAll("\\s+", "");
                        if (k == null && bare.matches("[a-z]{1,3}[0-9]+")) k = "lccn:" + bare;
                        if (k != null) ids.add(k);
                    }
                }
                default -> {}
            }
        }
        if (text.isBlank() && ids.isEmpty()) return List.of();
        Kind only = wanted.size() == 1 ? wanted.iterator().next() : null;
        return index.candidates(new Query(text, only, dates, ids), wanted, limit);
    }

    private void addType(Set<Kind> wanted, String t) {
        Kind k = Kind.ofLabel(t);
        if (k == null || !kinds.contains(k)) {
            throw new IllegalArgumentException("unknown type '" + t + "' for the " + name + " service; types: "
                    + kinds.stream().map(Kind::label).toList());
        }
        wanted.add(k);
    }

    private static String value(JsonNode v) {
        if (v.isObject()) return v.path("id").asText(v.path("name").asText(""));
        return v.asText("");
    }

    private ObjectNode candidate(Candidate c) {
        Authority a = c.authority();
        ObjectNode o = JSON.createObjectNode();
        o.put("id", a.iri());
        o.put("name", a.label());
        String d = description(a, c);
        if (!d.isEmpty()) o.put("description", d);
        o.put("score", c.score());
        o.put("match", c.match());
        o.putArray("type").add(type(a.kind()));
        ArrayNode features = o.putArray("features");
        for (Map.Entry<String, Double> f : c.features().entrySet()) {
            features.addObject().put("id", f.getKey()).put("value", f.getValue());
        }
        return o;
    }

    static String description(Authority a, Candidate c) {
        List<String> parts = new ArrayList<>();
        if (!c.matchedLabel().equals(a.label())) parts.add("as " + c.matchedLabel());
        if (!a.dates().isEmpty()) parts.add(a.dates());
        if (!a.notes().isEmpty()) parts.add(a.notes().get(0));
        return String.join("; ", parts);
    }

    /** Entities whose heading (or a variant) starts with the prefix, word by word. */
    @Override
    public ObjectNode suggestEntities(String prefix, int limit) {
        String p = Naco.normalize(prefix);
        ObjectNode out = JSON.createObjectNode();
        ArrayNode result = out.putArray("result");
        if (p.isEmpty()) return out;
        int n = 0;
        for (Authority a : index.all()) {
            if (!kinds.contains(a.kind())) continue;
            String hit = null;
            if (startsWordwise(Naco.normalize(a.label()), p)) hit = a.label();
            else {
                for (Authority.Variant v : a.variants()) {
                    if (startsWordwise(Naco.normalize(v.label()), p)) {
                        hit = v.label();
                        break;
                    }
                }
            }
            if (hit == null) continue;
            ObjectNode o = result.addObject();
            o.put("id", a.iri());
            o.put("name", a.label());
            if (!hit.equals(a.label())) o.put("description", "as " + hit);
            o.putArray("notable").add(type(a.kind()));
            if (++n >= limit) break;
        }
        return out;
    }

    private static boolean startsWordwise(String label, String prefix) {
        if (label.startsWith(prefix)) return true;
        int i = label.indexOf(' ');
        while (i >= 0) {
            if (label.startsWith(prefix, i + 1)) return true;
            i = label.indexOf(' ', i + 1);
        }
        return false;
    }

    @Override
    public ObjectNode suggestTypes(String prefix) {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode result = out.putArray("result");
        String p = prefix.strip().toLowerCase(java.util.Locale.ROOT);
        for (Kind k : kinds) if (k.label().toLowerCase(java.util.Locale.ROOT).startsWith(p)) result.add(type(k));
        return out;
    }

    @Override
    public ObjectNode suggestProperties(String prefix) {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode result = out.putArray("result");
        String p = prefix.strip().toLowerCase(java.util.Locale.ROOT);
        for (Map.Entry<String, String> e : PROPERTIES.entrySet()) {
            if (e.getKey().toLowerCase(java.util.Locale.ROOT).startsWith(p)
                    || e.getValue().toLowerCase(java.util.Locale.ROOT).contains(p)) {
                result.addObject().put("id", e.getKey()).put("name", e.getValue());
            }
        }
        return out;
    }

    @Override
    public ObjectNode proposeProperties(String type, int limit) {
        ObjectNode out = JSON.createObjectNode();
        if (type != null) {
            if (Kind.ofLabel(type) == null || !kinds.contains(Kind.ofLabel(type))) {
                throw new IllegalArgumentException("unknown type '" + type + "' for the " + name + " service");
            }
            out.put("type", type);
        }
        out.put("limit", limit);
        ArrayNode props = out.putArray("properties");
        int n = 0;
        for (Map.Entry<String, String> e : PROPERTIES.entrySet()) {
            if (n++ >= limit) break;
            props.addObject().put("id", e.getKey()).put("name", e.getValue());
        }
        return out;
    }

    /** Data extension: {@code {"ids": [...], "properties": [{"id": "dates"}, …]}}. */
    @Override
    public ObjectNode extend(JsonNode q) {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode meta = out.putArray("meta");
        List<String> props = new ArrayList<>();
        Map<String, Integer> limits = new LinkedHashMap<>();
        for (JsonNode p : q.path("properties")) {
            String id = p.path("id").asText("");
            if (!PROPERTIES.containsKey(id)) throw new IllegalArgumentException("unknown property '" + id + "'");
            props.add(id);
            limits.put(id, p.path("settings").path("limit").asInt(10));
            meta.addObject().put("id", id).put("name", PROPERTIES.get(id));
        }
        ObjectNode rows = out.putObject("rows");
        for (JsonNode idNode : q.path("ids")) {
            String id = idNode.asText();
            ObjectNode row = rows.putObject(id);
            Authority a = index.get(id).orElse(null);
            for (String p : props) {
                ArrayNode values = row.putArray(p);
                if (a == null) continue;
                int max = Math.max(0, limits.get(p));
                for (String v : values(a, p)) {
                    if (values.size() >= max) break;
                    values.addObject().put("str", v);
                }
            }
        }
        return out;
    }

    private static List<String> values(Authority a, String p) {
        return switch (p) {
            case "dates" -> a.dates().isEmpty() ? List.of() : List.of(a.dates());
            case "identifier" ->
                a.identifiers().stream()
                        .filter(i -> !i.startsWith("http"))
                        .sorted()
                        .toList();
            case "sameAs" ->
                a.identifiers().stream()
                        .filter(i -> i.startsWith("http"))
                        .sorted()
                        .toList();
            case "variant" ->
                a.variants().stream()
                        .map(v -> v.lang().isEmpty() ? v.label() : v.label() + " @" + v.lang())
                        .toList();
            case "source" -> a.sources();
            case "note" -> a.notes();
            case "type" -> List.of(a.kind().label());
            default -> List.of();
        };
    }

    /** A small HTML card for an entity, or null when it is not one of this service's. */
    @Override
    public String preview(String id) {
        Authority a = index.get(id).orElse(null);
        if (a == null || !kinds.contains(a.kind())) return null;
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(esc(a.label()))
                .append("</title></head><body style=\"font-family:sans-serif;font-size:0.8em;margin:0.5em\">");
        sb.append("<p><a href=\"")
                .append(esc(a.iri()))
                .append("\" target=\"_blank\"><b>")
                .append(esc(a.label()))
                .append("</b></a> <i>")
                .append(esc(a.kind().label()))
                .append("</i></p>");
        if (!a.notes().isEmpty())
            sb.append("<p>").append(esc(String.join("; ", a.notes()))).append("</p>");
        if (!a.variants().isEmpty()) {
            sb.append("<p>Also: ");
            int n = 0;
            for (Authority.Variant v : a.variants()) {
                if (n++ == 8) {
                    sb.append(" …");
                    break;
                }
                if (n > 1) sb.append("; ");
                sb.append("<span");
                if (!v.lang().isEmpty())
                    sb.append(" lang=\"").append(esc(v.lang())).append('"');
                sb.append('>').append(esc(v.label())).append("</span>");
            }
            sb.append("</p>");
        }
        if (!a.sources().isEmpty())
            sb.append("<p>Found in: ").append(esc(a.sources().get(0))).append("</p>");
        return sb.append("</body></html>").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
