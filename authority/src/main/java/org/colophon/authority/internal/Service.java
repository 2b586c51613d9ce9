package org.colophon.authority.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BiConsumer;

/** One reconciliation service's answers in the shapes of the W3C Reconciliation API 0.2 JSON Schemas. */
public interface Service {
    ObjectNode manifest();

    /** A batch: {@code {"q0": {"query": "…", "type": "…", "limit": 3, "properties": [...]}}}. */
    ObjectNode reconcile(JsonNode batch);

    /** Data extension: {@code {"ids": [...], "properties": [{"id": "…"}, …]}}. */
    ObjectNode extend(JsonNode q);

    ObjectNode suggestEntities(String prefix, int limit);

    ObjectNode suggestTypes(String prefix);

    ObjectNode suggestProperties(String prefix);

    ObjectNode proposeProperties(String type, int limit);

    /** A small HTML card for an entity, or null when it is not one of this service's. */
    String preview(String id);

    /**
     * Adds the manifest entries every service of ours shares, all under its own {@code url}: suggest (entity, type,
     * property), preview, and data extension's property proposals. Returns the {@code extend} object for more.
     */
    static ObjectNode addSharedEndpoints(ObjectNode manifest, String url) {
        ObjectNode suggest = manifest.putObject("suggest");
        suggest.putObject("entity").put("service_url", url).put("service_path", "/suggest/entity");
        suggest.putObject("type").put("service_url", url).put("service_path", "/suggest/type");
        suggest.putObject("property").put("service_url", url).put("service_path", "/suggest/property");
        manifest.putObject("preview")
                .put("url", url + "/preview?id={{id}}")
                .put("width", 400)
                .put("height", 200);
        ObjectNode extend = manifest.putObject("extend");
        extend.putObject("propose_properties").put("service_url", url).put("service_path", "/properties");
        return extend;
    }

    /**
     * Answers a batch of queries: {@code answer} fills each query's {@code result} array. A query that is not a JSON
     * object is refused with its key.
     */
    static ObjectNode eachQuery(JsonNode batch, BiConsumer<JsonNode, ArrayNode> answer) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> it = batch.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode q = e.getValue();
            if (!q.isObject()) throw new IllegalArgumentException("query " + e.getKey() + " is not an object");
            answer.accept(q, out.putObject(e.getKey()).putArray("result"));
        }
        return out;
    }
}
