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
import java.security.MessageDigest;
import java.util.Locale;

/**
 * The review queue over HTTP, mounted at {@code /review/*}: anyone may read it, deciding needs the endpoint's write
 * token ({@code Authorization: Bearer <token>}, the one SPARQL Update needs) — 401 without it or with another, 403
 * when the server has none (it is read-only).
 *
 * <pre>
 * GET  /review                                       {"count": 15, "items": [{"heading", "label", "kind", "candidates": [...]}]}
 * POST /review/accept   heading=IRI&amp;authority=IRI     (form, or a JSON object with the same two members)
 * POST /review/reject   heading=IRI&amp;authority=IRI
 * </pre>
 *
 * A decision is kept in {@code DATA/review/decisions.tsv} and the heading's record is linked again at once, as
 * {@code colophon review accept|reject} does.
 */
public final class ReviewServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient Review review;
    private final String token;

    /**
     * @param review the queue
     * @param token the write token, or null when the server takes no writes
     */
    public ReviewServlet(Review review, String token) {
        this.review = review;
        this.token = token == null || token.isBlank() ? null : token;
    }

    /** While the authorities are still being read at start: 503 with Retry-After. */
    private boolean notReady(HttpServletResponse resp) throws IOException {
        if (review.ready()) return false;
        resp.setHeader("Retry-After", Integer.toString(ReconcileServlet.RETRY_AFTER));
        error(resp, 503, "the authorities are still being read; retry shortly");
        return true;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (notReady(resp)) return;
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (!path.equals("/")) {
            if (path.equals("/accept") || path.equals("/reject")) {
                resp.setHeader("Allow", "POST");
                error(resp, 405, "decide with POST " + req.getRequestURI() + " (heading, authority)");
            } else error(resp, 404, "no such route: /review" + path + "; GET /review lists the queue");
            return;
        }
        ObjectNode out = JSON.createObjectNode();
        ArrayNode items = JSON.createArrayNode();
        for (Review.Item i : review.list()) items.add(item(i));
        out.put("count", items.size());
        out.set("items", items);
        json(resp, 200, out);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (notReady(resp)) return;
        req.setCharacterEncoding("UTF-8");
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        String verdict =
                switch (path) {
                    case "/accept" -> "accept";
                    case "/reject" -> "reject";
                    default -> null;
                };
        if (verdict == null) {
            error(resp, 404, "no such route: POST /review" + path + "; POST /review/accept or /review/reject");
            return;
        }
        if (token == null) {
            error(resp, 403, "This server is read-only: no write token is configured.");
            return;
        }
        String given = bearer(req.getHeader("Authorization"));
        if (given == null
                || !MessageDigest.isEqual(
                        given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            resp.setHeader("WWW-Authenticate", "Bearer realm=\"colophon\"");
            error(resp, 401, given == null ? "Deciding needs 'Authorization: Bearer <token>'." : "Wrong token.");
            return;
        }
        String heading;
        String authority;
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            JsonNode body;
            try {
                body = JSON.readTree(req.getInputStream().readNBytes(1 << 16));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                error(resp, 400, "the body is not JSON: " + e.getOriginalMessage());
                return;
            }
            heading = body == null ? null : text(body.get("heading"));
            authority = body == null ? null : text(body.get("authority"));
        } else {
            heading = req.getParameter("heading");
            authority = req.getParameter("authority");
        }
        if (heading == null || heading.isBlank() || authority == null || authority.isBlank()) {
            error(resp, 400, "give the heading and the authority (heading=IRI&authority=IRI)");
            return;
        }
        Review.Item item;
        try {
            synchronized (review) {
                item = verdict.equals("accept") ? review.accept(heading, authority) : review.reject(heading, authority);
            }
        } catch (IllegalArgumentException e) {
            error(resp, 404, e.getMessage());
            return;
        }
        ObjectNode out = JSON.createObjectNode();
        out.put("status", verdict.equals("accept") ? "accepted" : "rejected");
        out.put("heading", heading);
        out.put("label", item.label());
        out.put("authority", authority);
        json(resp, 200, out);
    }

    private static String text(JsonNode n) {
        return n != null && n.isTextual() ? n.asText() : null;
    }

    private static ObjectNode item(Review.Item i) {
        ObjectNode o = JSON.createObjectNode();
        o.put("heading", i.heading());
        o.put("label", i.label());
        o.put("kind", i.kind() == null ? null : i.kind().label());
        ArrayNode cs = o.putArray("candidates");
        for (Review.Proposal p : i.candidates()) {
            cs.addObject()
                    .put("authority", p.authority())
                    .put("label", p.label())
                    .put("score", p.score());
        }
        return o;
    }

    private static String bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) return null;
        String t = header.substring(7).strip();
        return t.isEmpty() ? null : t;
    }

    private static void error(HttpServletResponse resp, int status, String message) throws IOException {
        ObjectNode e = JSON.createObjectNode();
        e.put("status", "error");
        e.put("message", message);
        json(resp, status, e);
    }

    private static void json(HttpServletResponse resp, int status, JsonNode body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        resp.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
}
