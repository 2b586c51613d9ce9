package org.colophon.authority.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import org.colophon.authority.Authority;
import org.colophon.authority.Candidate;
import org.colophon.authority.Kind;

/**
 * The 1.0 draft of the Reconciliation API over one {@link Reconciliation} service, in the draft's shapes: a manifest
 * with {@code versions: ["1.0-draft"]}, {@code POST /reconcile} with a JSON body of {@code queries} and their
 * {@code conditions}, answered with {@code results[].candidates}; {@code POST /extend} (a JSON body) answered with
 * {@code rows} as a list; {@code GET /extend/propose}. Suggest and preview are the 0.2 routes, which the draft kept.
 */
public final class DraftApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Reconciliation svc;

    public DraftApi(Reconciliation svc) {
        this.svc = svc;
    }

    /** The draft manifest; {@code base} is where the draft's routes are ({@code …/reconcile/agents/1.0-draft}). */
    public ObjectNode manifest() {
        ObjectNode m = JSON.createObjectNode();
        m.putArray("versions").add("1.0-draft");
        m.put("name", svc.title);
        m.put("documentation", "https://w3id.org/colophon/docs/authorities");
        m.putObject("view").put("url", "{id}");
        ArrayNode types = m.putArray("defaultTypes");
        for (Kind k : svc.kinds) types.add(Reconciliation.type(k));
        m.putObject("suggest").put("entity", true).put("property", true).put("type", true);
        m.putObject("preview").put("width", 400).put("height", 200);
        ObjectNode extend = m.putObject("extend");
        extend.put("proposeProperties", true);
        extend.putArray("propertySettings")
                .addObject()
                .put("type", "number")
                .put("default", 10)
                .put("id", "limit")
                .put("name", "Limit")
                .put("helpText", "At most this many values per property");
        return m;
    }

    /**
     * A batch: {@code {"queries": [{"type": "Person", "limit": 5, "conditions": [{"matchType": "name",
     * "propertyValue": "Lu Xun"}, {"matchType": "property", "propertyId": "dates", "propertyValue": "1881-1936"}]}]}}.
     * Conditions are read as the 0.2 query and its properties are: the name conditions make the text; property
     * conditions on {@code dates}, {@code identifier} and {@code sameAs} weigh as in 0.2; an {@code id} condition
     * names the authority or one of its identifiers.
     */
    public ObjectNode reconcile(JsonNode batch) {
        JsonNode queries = batch.path("queries");
        if (!queries.isArray()) throw new IllegalArgumentException("the body needs \"queries\": [ … ]");
        ObjectNode out = JSON.createObjectNode();
        ArrayNode results = out.putArray("results");
        int i = 0;
        for (JsonNode q : queries) {
            JsonNode conditions = q.path("conditions");
            if (!conditions.isArray() || conditions.isEmpty()) {
                throw new IllegalArgumentException("query " + i + " has no conditions");
            }
            ObjectNode legacy = JSON.createObjectNode();
            StringBuilder text = new StringBuilder();
            ArrayNode props = legacy.putArray("properties");
            for (JsonNode c : conditions) {
                String match = c.path("matchType").asText("");
                JsonNode v = c.path("propertyValue");
                switch (match) {
                    case "name" -> {
                        for (JsonNode x :
                                v.isArray() ? v : JSON.createArrayNode().add(v)) {
                            if (!text.isEmpty()) text.append(' ');
                            text.append(x.isObject() ? x.path("name").asText("") : x.asText(""));
                        }
                    }
                    case "id" -> props.addObject().put("pid", "identifier").set("v", v);
                    case "property" ->
                        props.addObject()
                                .put("pid", c.path("propertyId").asText(""))
                                .set("v", v);
                    default ->
                        throw new IllegalArgumentException(
                                "query " + i + ": matchType must be name, id or property, not '" + match + "'");
                }
            }
            legacy.put("query", text.toString());
            if (q.has("type")) legacy.set("type", q.get("type"));
            if (q.has("limit")) legacy.set("limit", q.get("limit"));
            ArrayNode candidates = results.addObject().putArray("candidates");
            for (Candidate c : svc.candidates(legacy)) candidates.add(candidate(c));
            i++;
        }
        return out;
    }

    private static ObjectNode candidate(Candidate c) {
        Authority a = c.authority();
        ObjectNode o = JSON.createObjectNode();
        o.put("id", a.iri());
        o.put("name", a.label());
        String d = Reconciliation.description(a, c);
        if (!d.isEmpty()) o.put("description", d);
        o.put("score", c.score());
        o.put("match", c.match());
        o.putArray("type").add(Reconciliation.type(a.kind()));
        ArrayNode features = o.putArray("features");
        for (Map.Entry<String, Double> f : c.features().entrySet()) {
            features.addObject()
                    .put("id", f.getKey())
                    .put("name", FEATURES.getOrDefault(f.getKey(), f.getKey()))
                    .put("value", f.getValue());
        }
        return o;
    }

    private static final Map<String, String> FEATURES = Map.of(
            "name", "Name similarity",
            "dates", "Dates agree",
            "type", "Type given and agrees",
            "variant", "Matched a variant heading",
            "script", "Matched across scripts",
            "identifier", "Identifier agrees");

    /** Data extension: the 0.2 answer, its rows as the draft's list of {@code {id, properties: [{id, values}]}}. */
    public ObjectNode extend(JsonNode query) {
        ObjectNode old = svc.extend(query);
        ObjectNode out = JSON.createObjectNode();
        out.set("meta", old.get("meta"));
        ArrayNode rows = out.putArray("rows");
        Iterator<Map.Entry<String, JsonNode>> it = old.path("rows").properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> row = it.next();
            ObjectNode r = rows.addObject().put("id", row.getKey());
            ArrayNode props = r.putArray("properties");
            Iterator<Map.Entry<String, JsonNode>> ps =
                    row.getValue().properties().iterator();
            while (ps.hasNext()) {
                Map.Entry<String, JsonNode> p = ps.next();
                props.addObject().put("id", p.getKey()).set("values", p.getValue());
            }
        }
        return out;
    }

    /** Property proposals, as the draft has them. */
    public ObjectNode propose(String type, int limit) {
        return svc.proposeProperties(type, limit);
    }
}
