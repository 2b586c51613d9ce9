package org.colophon.authority;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.colophon.authority.internal.DraftApi;
import org.colophon.authority.internal.Reconciliation;
import org.colophon.authority.internal.RecordReconciliation;
import org.colophon.authority.internal.Service;
import org.colophon.discovery.DiscoveryIndex;
import org.colophon.graph.GraphStore;

/**
 * The W3C Entity Reconciliation API (version 0.2, what OpenRefine speaks) over the authorities the store holds,
 * mounted at {@code /reconcile/*} with one service per kind of authority:
 *
 * <pre>
 * /reconcile/agents     persons, families, organizations, meetings
 * /reconcile/subjects   topics, places, periods, genres, subject headings with subdivisions
 * /reconcile/works      works (name/title and uniform title authorities)
 * /reconcile/instances  bibliographic records (bf:Instance, bf:Work) by title, creator, date and ISBN
 * </pre>
 *
 * Each answers its manifest (GET without parameters), reconciliation batches ({@code queries=} by GET or form POST),
 * data extension ({@code extend=}), and {@code /suggest/entity}, {@code /suggest/type}, {@code /suggest/property},
 * {@code /preview?id=}, {@code /properties?type=} (property proposals) below it. The 1.0 draft's routes that do not
 * clash are served beside them ({@code POST /reconcile} and {@code POST /extend} with JSON bodies, {@code GET
 * /extend/propose}, {@code cursor} on suggest); its manifest, which would clash with 0.2's, is at {@code
 * /reconcile/agents/1.0-draft}, a service root where every draft route works too (every service, instances
 * included). CORS is open; {@code callback=}
 * wraps the answer as JSONP for old clients.
 */
public final class ReconcileServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient Map<String, Service> services = new java.util.LinkedHashMap<>();
    private final transient Map<String, DraftApi> drafts = new java.util.LinkedHashMap<>();
    private final transient AuthorityIndex index;

    /**
     * @param index the authorities
     * @param publicUrl the service's own address up to and including {@code /reconcile/}, used in manifests
     */
    public ReconcileServlet(AuthorityIndex index, String publicUrl) {
        this(index, null, null, publicUrl);
    }

    /**
     * With {@code /reconcile/instances} besides, over the bibliographic records of {@code search} (and {@code store},
     * for data extension and previews); both null: the authority services only.
     */
    public ReconcileServlet(AuthorityIndex index, DiscoveryIndex search, GraphStore store, String publicUrl) {
        this.index = index;
        Reconciliation.services(index, publicUrl).forEach((name, svc) -> {
            services.put(name, svc);
            drafts.put(name, DraftApi.of(svc));
        });
        if (search != null && store != null) {
            String base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
            RecordReconciliation records = new RecordReconciliation(search, store, base + INSTANCES);
            services.put(INSTANCES, records);
            drafts.put(INSTANCES, DraftApi.of(records));
        }
    }

    /** The works/instances service's path segment. */
    public static final String INSTANCES = "instances";

    /** Seconds a client is asked to wait while the authorities are still being read at start. */
    static final int RETRY_AFTER = 5;

    /** The 1.0 draft's own service root below each service, where its manifest is; its other routes work at both. */
    static final String DRAFT = "1.0-draft";

    @Override
    protected void doOptions(HttpServletRequest req, HttpServletResponse resp) {
        cors(resp);
        resp.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        resp.setHeader("Access-Control-Allow-Headers", "Content-Type, Authorization");
        resp.setHeader("Access-Control-Max-Age", "86400");
        resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        handle(req, resp);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        req.setCharacterEncoding("UTF-8");
        handle(req, resp);
    }

    private void handle(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        cors(resp);
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        String[] parts = path.substring(1).split("/", 2);
        Service svc = services.get(parts[0]);
        if (svc == null) {
            ObjectNode list = JSON.createObjectNode();
            ArrayNode names = list.putArray("services");
            for (String s : services.keySet()) names.add(s);
            if (parts[0].isEmpty()) json(req, resp, 200, list);
            else error(req, resp, 404, "no reconciliation service '" + parts[0] + "'; services: " + services.keySet());
            return;
        }
        if (!parts[0].equals(INSTANCES) && !index.ready()) {
            resp.setHeader("Retry-After", Integer.toString(RETRY_AFTER));
            error(req, resp, 503, "the authorities are still being read (" + index.size() + " so far); retry shortly");
            return;
        }
        String sub = parts.length > 1 ? parts[1] : "";
        DraftApi draft = drafts.get(parts[0]);
        if (draft == null && (sub.startsWith(DRAFT) || sub.equals("reconcile") || sub.startsWith("extend"))) {
            error(req, resp, 404, "the " + parts[0] + " service speaks the 0.2 API only");
            return;
        }
        boolean draftRoot = sub.equals(DRAFT) || sub.startsWith(DRAFT + "/");
        if (draftRoot) sub = sub.equals(DRAFT) ? "" : sub.substring(DRAFT.length() + 1);
        boolean post = req.getMethod().equals("POST");
        try {
            switch (sub) {
                case "" -> {
                    if (draftRoot) {
                        json(req, resp, 200, draft.manifest());
                        return;
                    }
                    String queries = req.getParameter("queries");
                    String extend = req.getParameter("extend");
                    if (queries != null) json(req, resp, 200, svc.reconcile(parse(queries, "queries")));
                    else if (extend != null) json(req, resp, 200, svc.extend(parse(extend, "extend")));
                    else json(req, resp, 200, svc.manifest());
                }
                case "reconcile", "extend" -> {
                    // the draft's batches: a JSON body by POST
                    if (!post) {
                        resp.setHeader("Allow", "POST");
                        error(req, resp, 405, "POST a JSON body to " + req.getRequestURI());
                        return;
                    }
                    JsonNode body = body(req);
                    json(req, resp, 200, sub.equals("reconcile") ? draft.reconcile(body) : draft.extend(body));
                }
                case "extend/propose" -> json(req, resp, 200, draft.propose(req.getParameter("type"), limit(req)));
                case "suggest/entity" -> {
                    int cursor = cursor(req);
                    json(
                            req,
                            resp,
                            200,
                            skip(
                                    svc.suggestEntities(param(req, "prefix"), Math.min(1000, limit(req) + cursor)),
                                    cursor));
                }
                case "suggest/type" -> json(req, resp, 200, svc.suggestTypes(param(req, "prefix")));
                case "suggest/property" -> json(req, resp, 200, svc.suggestProperties(param(req, "prefix")));
                case "properties" -> json(req, resp, 200, svc.proposeProperties(req.getParameter("type"), limit(req)));
                case "preview" -> {
                    String html = svc.preview(param(req, "id"));
                    if (html == null) {
                        error(req, resp, 404, "no such entity: " + req.getParameter("id"));
                        return;
                    }
                    resp.setContentType("text/html; charset=utf-8");
                    resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
                }
                default -> error(req, resp, 404, "no such route: " + path);
            }
        } catch (IllegalArgumentException e) {
            error(req, resp, 400, e.getMessage());
        }
    }

    /** The draft's {@code cursor}: how many suggestions to skip. */
    private static int cursor(HttpServletRequest req) {
        String c = req.getParameter("cursor");
        try {
            return c == null ? 0 : Math.max(0, Math.min(900, Integer.parseInt(c.strip())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cursor is not a number: " + c);
        }
    }

    private static ObjectNode skip(ObjectNode suggestions, int n) {
        if (n == 0) return suggestions;
        ArrayNode all = (ArrayNode) suggestions.get("result");
        ArrayNode kept = JSON.createArrayNode();
        for (int i = n; i < all.size(); i++) kept.add(all.get(i));
        suggestions.set("result", kept);
        return suggestions;
    }

    /** A JSON object sent as the request body (at most 1 MB). */
    private static JsonNode body(HttpServletRequest req) throws IOException {
        byte[] bytes = req.getInputStream().readNBytes(1 << 20);
        if (bytes.length == 0) throw new IllegalArgumentException("the request has no body; POST a JSON object");
        try {
            JsonNode n = JSON.readTree(bytes);
            if (n == null || !n.isObject()) throw new IllegalArgumentException("the body must be a JSON object");
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static String param(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        if (v == null) throw new IllegalArgumentException("missing parameter '" + name + "'");
        return v;
    }

    private static int limit(HttpServletRequest req) {
        String l = req.getParameter("limit");
        try {
            return l == null ? 10 : Math.max(1, Math.min(100, Integer.parseInt(l.strip())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit is not a number: " + l);
        }
    }

    private static JsonNode parse(String text, String name) {
        try {
            JsonNode n = JSON.readTree(text);
            if (n == null || !n.isObject()) throw new IllegalArgumentException(name + " must be a JSON object");
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(name + " is not JSON: " + e.getOriginalMessage());
        }
    }

    private static void cors(HttpServletResponse resp) {
        resp.setHeader("Access-Control-Allow-Origin", "*");
    }

    private static void error(HttpServletRequest req, HttpServletResponse resp, int status, String message)
            throws IOException {
        ObjectNode e = JSON.createObjectNode();
        e.put("status", "error");
        e.put("message", message);
        json(req, resp, status, e);
    }

    private static void json(HttpServletRequest req, HttpServletResponse resp, int status, JsonNode body)
            throws IOException {
        String callback = req.getParameter("callback");
        byte[] bytes;
        if (callback != null && callback.matches("[A-Za-z_$][\\w$.]{0,100}")) {
            resp.setContentType("text/javascript; charset=utf-8");
            bytes = (callback + "(" + JSON.writeValueAsString(body) + ");").getBytes(StandardCharsets.UTF_8);
        } else {
            resp.setContentType("application/json; charset=utf-8");
            bytes = JSON.writeValueAsBytes(body);
        }
        resp.setStatus(status);
        resp.getOutputStream().write(bytes);
    }
}
