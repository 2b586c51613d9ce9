package org.colophon.endpoint.internal;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.HashMap;
import java.util.Map;

/**
 * The HTML templates ({@code src/main/jte}, compiled to Java classes by the build, so rendering is plain method calls
 * and HTML escaping is the engine's) and the one layout every page shares.
 */
final class Pages {
    private Pages() {}

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    static String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(8192);
        ENGINE.render(template, params, out);
        return out.toString();
    }

    static String render(String template, Object model) {
        StringOutput out = new StringOutput(8192);
        ENGINE.render(template, model, out);
        return out.toString();
    }

    /** A page in the site's layout; {@code q} fills the header's search box. */
    static String layout(Site site, String title, String q, Content content) {
        Map<String, Object> p = new HashMap<>();
        p.put("siteTitle", site.config().title());
        p.put("title", title);
        p.put("search", site.search() != null);
        p.put("q", q == null ? "" : q);
        p.put("content", content);
        return render("layout.jte", p);
    }
}
