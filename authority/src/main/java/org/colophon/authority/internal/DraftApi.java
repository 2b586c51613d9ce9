package org.colophon.authority.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The 1.0 draft of the Reconciliation API over one 0.2 {@link Service}, in the draft's shapes: a manifest with {@code
 * versions: ["1.0-draft"]}, {@code POST /reconcile} with a JSON body of {@code queries} and their {@code
 * conditions}, answered with {@code results[].candidates}; {@code POST /extend} (a JSON body) answered with {@code
 * rows} as a list; {@code GET /extend/propose}. Suggest and preview are the 0.2 routes, which the draft kept. Each
 * draft query is read as the 0.2 query it stands for and answered by the service's own 0.2 code, so both versions
 * give the same candidates, scores and match flags.
 */
public final class DraftApi {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Service svc;
    private final Map<String, String> featureNames;
    private final String idProperty;

    /**
     * @param featureNames a readable name for each feature id the service's candidates carry (the draft requires
     *     one)
     * @param idProperty the 0.2 property an {@code id} condition becomes; null: the service takes none
     */
    public DraftApi(Service svc, Map<String, String> featureNames, String idProperty) {
        this.svc = svc;
        this.featureNames = featureNames;
        this.idProperty = idProperty;
    }

    /** The draft over an authority service: an {@code id} condition names the authority or one of its identifiers. */
    public static DraftApi of(Reconciliation svc) {
        return new DraftApi(svc, AUTHORITY_FEATURES, "identifier");
    }

    /** The draft over the works/instances service: no {@code id} conditions (give an ISBN as the property isbn). */
    public static DraftApi of(RecordReconciliation svc) {
        return new DraftApi(svc, RECORD_FEATURES, null);
    }

    /** The draft manifest: the 0.2 manifest's name and default types, the draft's booleans for what is served. */
    public ObjectNode manifest() {
        ObjectNode old = svc.manifest();
        ObjectNode m = JSON.createObjectNode();
        m.putArray("versions").add("1.0-draft");
        m.put("name", old.path("name").asText());
        m.put("documentation", "https://w3id.org/colophon/docs/authorities");
        m.putObject("view").put("url", "{id}");
        m.set("defaultTypes", old.path("defaultTypes").deepCopy());
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
     * conditions are the 0.2 properties; an {@code id} condition becomes the service's identifier property.
     */
    public ObjectNode reconcile(JsonNode batch) {
        JsonNode queries = batch.path("queries");
        if (!queries.isArray()) throw new IllegalArgumentException("the body needs \"queries\": [ … ]");
        ObjectNode legacyBatch = JSON.createObjectNode();
        int i = 0;
        for (JsonNode q : queries) legacyBatch.set("q" + i, legacy(q, i++));
        ObjectNode answers = svc.reconcile(legacyBatch);
        ObjectNode out = JSON.createObjectNode();
        ArrayNode results = out.putArray("results");
        for (int k = 0; k < i; k++) {
            ArrayNode candidates = results.addObject().putArray("candidates");
            for (JsonNode c : answers.path("q" + k).path("result")) candidates.add(candidate(c));
        }
        return out;
    }

    /** One draft query as the 0.2 query it stands for. */
    private ObjectNode legacy(JsonNode q, int i) {
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
                    for (JsonNode x : v.isArray() ? v : JSON.createArrayNode().add(v)) {
                        if (!text.isEmpty()) text.append(' ');
                        text.append(x.isObject() ? x.path("name").asText("") : x.asText(""));
                    }
                }
                case "id" -> {
                    if (idProperty == null) {
                        throw new IllegalArgumentException(
                                "query " + i + ": this service takes no id conditions; give a name and properties");
                    }
                    props.addObject().put("pid", idProperty).set("v", v);
                }
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
        return legacy;
    }

    /** A 0.2 candidate in the draft's shape: the same fields, each feature with its readable name. */
    private ObjectNode candidate(JsonNode old) {
        ObjectNode o = ((ObjectNode) old).deepCopy();
        ArrayNode features = JSON.createArrayNode();
        for (JsonNode f : old.path("features")) {
            String id = f.path("id").asText();
            features.addObject()
                    .put("id", id)
                    .put("name", featureNames.getOrDefault(id, id))
                    .set("value", f.path("value"));
        }
        o.set("features", features);
        return o;
    }

    private static final Map<String, String> AUTHORITY_FEATURES = Map.of(
            "name", "Name similarity",
            "dates", "Dates agree",
            "type", "Type given and agrees",
            "variant", "Matched a variant heading",
            "script", "Matched across scripts",
            "identifier", "Identifier agrees");

    private static final Map<String, String> RECORD_FEATURES = Map.of(
            "title", "Title similarity",
            "creator", "Creator similarity",
            "date", "Year agrees",
            "isbn", "ISBN agrees");

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
