package org.colophon.authority.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
}
